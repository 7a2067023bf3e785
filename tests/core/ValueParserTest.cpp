#include "import/ValueParser.h"

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

ParsedValue read(const char* cell, NumberFormat format = {})
{
    return ValueParser(format).parse(QString::fromUtf8(cell));
}

bool isNumber(const ParsedValue& v, double number)
{
    return v.status == ParsedValue::Status::Number && std::abs(v.number - number) < 1e-9 * std::max(1.0, std::abs(number));
}

} // namespace

BOOST_AUTO_TEST_SUITE(value_parser)

BOOST_AUTO_TEST_CASE(locale_numbers)
{
    BOOST_TEST(isNumber(read("1,234.56"), 1234.56));
    BOOST_TEST(isNumber(read("54,648"), 54648));
    BOOST_TEST(isNumber(read("1.234,56", {QLatin1Char(','), QLatin1Char('.')}), 1234.56));
    BOOST_TEST(isNumber(read("1 234,56", {QLatin1Char(','), QChar()}), 1234.56));
    BOOST_TEST(isNumber(read("1\u00a0234,5", {QLatin1Char(','), QLatin1Char('.')}), 1234.5));
    BOOST_TEST(isNumber(read("1 234,5"), 1234.5), "a lone comma before one digit is a decimal comma");
    BOOST_TEST(isNumber(read("8.411", {QLatin1Char(','), QLatin1Char('.')}), 8411));
    BOOST_TEST(isNumber(read("-931"), -931));
    BOOST_TEST(isNumber(read("(1,234)"), -1234));
    BOOST_TEST(isNumber(read("２７６．４８"), 276.48));
    BOOST_TEST(isNumber(read("4.990"), 4.99));
}

BOOST_AUTO_TEST_CASE(percent_footnotes_and_qualifiers)
{
    const ParsedValue percent = read("12%¹");
    BOOST_TEST(isNumber(percent, 12));
    BOOST_TEST(percent.unit.percent);
    BOOST_TEST(percent.unit.scale == 0.01);
    BOOST_TEST(isNumber(read("276.48*"), 276.48));
    BOOST_TEST(isNumber(read("-2%"), -2));
    BOOST_TEST(isNumber(read("12,3 %", {QLatin1Char(','), QLatin1Char('.')}), 12.3));
    const ParsedValue over = read("超過100%");
    BOOST_TEST(isNumber(over, 100));
    BOOST_TEST(over.qualifier.toStdString() == ">");
    BOOST_TEST(read("≈14.09").qualifier.toStdString() == "≈");
    BOOST_TEST(read(">= 1000").qualifier.toStdString() == "≥");
}

BOOST_AUTO_TEST_CASE(units_in_the_cell)
{
    const ParsedValue cny = read("276.48億元");
    BOOST_TEST(isNumber(cny, 276.48));
    BOOST_TEST(cny.unit.scale == 1e8);
    BOOST_TEST(cny.unit.currency.toStdString() == "CNY");
    BOOST_TEST(cny.unitText.toStdString() == "億元");
    const ParsedValue usd = read("US$ 8.4bn");
    BOOST_TEST(isNumber(usd, 8.4));
    BOOST_TEST(usd.unit.scale == 1e9);
    BOOST_TEST(usd.unit.currency.toStdString() == "USD");
    const ParsedValue dollars = read("$1,234m");
    BOOST_TEST(isNumber(dollars, 1234));
    BOOST_TEST(dollars.unit.scale == 1e6);
    BOOST_TEST(!read("276.48").unit.scaled);
}

BOOST_AUTO_TEST_CASE(missing_markers_are_missing_not_zero)
{
    for (const char* cell : {"", " ", "—", "–", "-", "n/a", "N/A", "NA", "...", "None", "NaN", "nan", "null", "NULL",
                             "--", "——", "－－", "#N/A"}) {
        BOOST_TEST((read(cell).status == ParsedValue::Status::Missing), cell);
    }
}

BOOST_AUTO_TEST_CASE(scientific_notation)
{
    BOOST_TEST(isNumber(read("1.30605736424e+11"), 1.30605736424e11));
    BOOST_TEST(isNumber(read("1.2E-3"), 0.0012));
    BOOST_TEST(isNumber(read("-4.5e6"), -4.5e6));
    BOOST_TEST(isNumber(read("1,2E-3", {QLatin1Char(','), QLatin1Char('.')}), 0.0012));
    BOOST_TEST(isNumber(read("1,234e3"), 1234e3), "grouping is judged before the exponent");
    BOOST_TEST(isNumber(read("(1.2e3)"), -1200));
    const ParsedValue percent = read("5e-1%");
    BOOST_TEST(isNumber(percent, 0.5));
    BOOST_TEST(percent.unit.percent);
    const ParsedValue range = read("1e5-2e5");
    BOOST_TEST((range.status == ParsedValue::Status::Range));
    BOOST_TEST(range.high == 2e5);
    BOOST_TEST((read("1e400").status == ParsedValue::Status::Invalid), "beyond a double");
}

BOOST_AUTO_TEST_CASE(unit_words_beginning_with_e_are_still_unit_words)
{
    const ParsedValue bn = read("8.4bn");
    BOOST_TEST(isNumber(bn, 8.4));
    BOOST_TEST(bn.unit.scale == 1e9);
    const ParsedValue m = read("3 m");
    BOOST_TEST(isNumber(m, 3));
    BOOST_TEST(m.unit.scale == 1e6);
    const ParsedValue employees = read("5 employees");
    BOOST_TEST(isNumber(employees, 5));
    BOOST_TEST(!employees.unit.scaled);
    BOOST_TEST(employees.unitText.toStdString() == "employees");
    BOOST_TEST(read("12 EUR").unit.currency.toStdString() == "EUR");
    BOOST_TEST(read("2.5e").unitText.toStdString() == "e", "no digits: no exponent");
    BOOST_TEST((read("5 e5").status == ParsedValue::Status::Invalid), "an exponent follows its digits directly");
}

BOOST_AUTO_TEST_CASE(excel_text_apostrophe)
{
    const ParsedValue code = read("'002352");
    BOOST_TEST(isNumber(code, 2352));
    BOOST_TEST(code.unitText.isEmpty(), "the apostrophe is not a unit");
    BOOST_TEST(!code.unit.scaled);
    BOOST_TEST(isNumber(read("'12.5"), 12.5));
    BOOST_TEST(isNumber(read("'-0.5"), -0.5));
    BOOST_TEST(isNumber(read("'1.234,5", {QLatin1Char(','), QLatin1Char('.')}), 1234.5));
    BOOST_TEST((read("'").status == ParsedValue::Status::Invalid));
    BOOST_TEST((read("'abc").status == ParsedValue::Status::Invalid));
}

BOOST_AUTO_TEST_CASE(chinese_scale_words_after_the_number)
{
    const ParsedValue yi = read("12.3亿");
    BOOST_TEST(isNumber(yi, 12.3));
    BOOST_TEST(yi.unit.scale == 1e8);
    BOOST_TEST(yi.unit.currency.isEmpty());
    const ParsedValue yuan = read("12.3億元");
    BOOST_TEST(isNumber(yuan, 12.3));
    BOOST_TEST(yuan.unit.scale == 1e8);
    BOOST_TEST(yuan.unit.currency.toStdString() == "CNY");
    const ParsedValue wan = read("-3.5万");
    BOOST_TEST(isNumber(wan, -3.5));
    BOOST_TEST(wan.unit.scale == 1e4);
    BOOST_TEST(isNumber(read("1.2e3万"), 1200), "an exponent before a scale word");
}

BOOST_AUTO_TEST_CASE(thousands_and_decimal_marks_with_long_numbers)
{
    BOOST_TEST(isNumber(read("1,234,567.89"), 1234567.89));
    BOOST_TEST(isNumber(read("1.234.567,89", {QLatin1Char(','), QLatin1Char('.')}), 1234567.89));
    BOOST_TEST(isNumber(read("1 234 567,89", {QLatin1Char(','), QChar()}), 1234567.89));
    BOOST_TEST(isNumber(read("130605736424"), 130605736424.0));
    BOOST_TEST(isNumber(read("-0.0012"), -0.0012));
}

BOOST_AUTO_TEST_CASE(refusals_say_why)
{
    const ParsedValue range = read("32-34");
    BOOST_TEST((range.status == ParsedValue::Status::Range));
    BOOST_TEST(range.number == 32);
    BOOST_TEST(range.high == 34);
    BOOST_TEST(range.reason.contains(QStringLiteral("range")));
    BOOST_TEST(read("32–34%").unit.percent);
    BOOST_TEST((read("twenty-one").status == ParsedValue::Status::Invalid));
    BOOST_TEST((read("1.2.3").status == ParsedValue::Status::Invalid));
    BOOST_TEST((read("12 34 %x 5").status == ParsedValue::Status::Invalid));
}

BOOST_AUTO_TEST_SUITE_END()
