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
    for (const char* cell : {"", " ", "—", "–", "-", "n/a", "N/A", "NA", "..."}) {
        BOOST_TEST((read(cell).status == ParsedValue::Status::Missing), cell);
    }
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
