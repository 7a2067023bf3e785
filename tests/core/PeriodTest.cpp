#include "domain/PeriodParser.h"

#include <boost/test/unit_test.hpp>

using mixshift::Period;
namespace PeriodParser = mixshift::PeriodParser;

namespace {
constexpr int alibaba = 3;
constexpr int microsoft = 6;
constexpr int calendar = 12;

std::string range(const Period& p)
{
    return (p.start().toString(Qt::ISODate) + QStringLiteral("..") + p.end().toString(Qt::ISODate)).toStdString();
}
} // namespace

BOOST_AUTO_TEST_SUITE(period)

BOOST_AUTO_TEST_CASE(alibaba_fiscal_quarter_maps_to_calendar_q3)
{
    const auto p = PeriodParser::parse(QStringLiteral("FY2024 Q2"), alibaba);
    BOOST_REQUIRE(p);
    BOOST_TEST(range(*p) == "2023-07-01..2023-09-30");
    BOOST_TEST(p->label().toStdString() == "FY2024 Q2");
    BOOST_TEST(p->calendarLabel().toStdString() == "2023 Q3");

    const auto back = Period::fromRange(QDate(2023, 7, 1), QDate(2023, 9, 30), alibaba);
    BOOST_REQUIRE(back);
    BOOST_TEST(back->label().toStdString() == "FY2024 Q2");
}

BOOST_AUTO_TEST_CASE(microsoft_fiscal_quarter_maps_to_the_same_months)
{
    const auto p = PeriodParser::parse(QStringLiteral("FY2024Q1"), microsoft);
    BOOST_REQUIRE(p);
    BOOST_TEST(range(*p) == "2023-07-01..2023-09-30");
    const auto back = Period::fromRange(QDate(2023, 7, 1), QDate(2023, 9, 30), microsoft);
    BOOST_REQUIRE(back);
    BOOST_TEST(back->label().toStdString() == "FY2024 Q1");
    // Microsoft's fourth fiscal quarter is April to June.
    BOOST_TEST(range(*PeriodParser::parse(QStringLiteral("FY2022 Q4"), microsoft)) == "2022-04-01..2022-06-30");
}

BOOST_AUTO_TEST_CASE(fiscal_years)
{
    BOOST_TEST(range(*PeriodParser::parse(QStringLiteral("FY2023"), alibaba)) == "2022-04-01..2023-03-31");
    BOOST_TEST(range(*PeriodParser::parse(QStringLiteral("FY2022"), microsoft)) == "2021-07-01..2022-06-30");
    BOOST_TEST(Period::fromRange(QDate(2021, 7, 1), QDate(2022, 6, 30), microsoft)->label().toStdString() == "FY2022");
    // A calendar year of a fiscal-year provider (a Gartner figure for Microsoft) stays a calendar year.
    BOOST_TEST(Period::fromRange(QDate(2022, 1, 1), QDate(2022, 12, 31), microsoft)->label().toStdString() == "2022");
}

BOOST_AUTO_TEST_CASE(calendar_provider_labels_are_calendar)
{
    const auto year = PeriodParser::parse(QStringLiteral("2022"), calendar);
    BOOST_REQUIRE(year);
    BOOST_TEST(range(*year) == "2022-01-01..2022-12-31");
    BOOST_TEST(year->label().toStdString() == "2022");
    BOOST_TEST(Period::fromRange(QDate(2022, 1, 1), QDate(2022, 12, 31), calendar)->label().toStdString() == "2022");

    const auto quarter = PeriodParser::parse(QStringLiteral("2023Q3"), calendar);
    BOOST_TEST(range(*quarter) == "2023-07-01..2023-09-30");
    BOOST_TEST(Period::fromRange(QDate(2023, 7, 1), QDate(2023, 9, 30), calendar)->label().toStdString() ==
               "2023 Q3");
    // For a December year end, "FY2023 Q3" is the calendar quarter.
    BOOST_TEST(range(*PeriodParser::parse(QStringLiteral("FY2023 Q3"), calendar)) == "2023-07-01..2023-09-30");
}

BOOST_AUTO_TEST_CASE(months)
{
    const auto p = PeriodParser::parse(QStringLiteral("2023-09"), calendar);
    BOOST_REQUIRE(p);
    BOOST_TEST(range(*p) == "2023-09-01..2023-09-30");
    BOOST_TEST(Period::fromRange(QDate(2024, 2, 1), QDate(2024, 2, 29), alibaba)->label().toStdString() == "2024-02");
}

BOOST_AUTO_TEST_CASE(every_alibaba_quarter_round_trips)
{
    for (int fy = 2015; fy <= 2026; ++fy) {
        for (int q = 1; q <= 4; ++q) {
            const Period p = Period::fiscalQuarter(fy, q, alibaba);
            const auto back = Period::fromRange(p.start(), p.end(), alibaba);
            BOOST_REQUIRE(back);
            BOOST_TEST(back->label().toStdString() == p.label().toStdString());
            BOOST_TEST(p.start().month() == ((q - 1) * 3 + 4 - 1) % 12 + 1);
        }
    }
}

BOOST_AUTO_TEST_CASE(every_spelling_analysts_use)
{
    struct Case
    {
        const char* label;
        int fiscalYearEnd;
        const char* range;
    };
    const Case cases[] = {
        {"2023Q3", calendar, "2023-07-01..2023-09-30"},
        {"Q3 2023", calendar, "2023-07-01..2023-09-30"},
        {"3Q23", calendar, "2023-07-01..2023-09-30"},
        {"2023-Q3", calendar, "2023-07-01..2023-09-30"},
        {"2023-09-30", calendar, "2023-07-01..2023-09-30"},
        {"2023/9/30", calendar, "2023-07-01..2023-09-30"},
        {"2001-03-27", calendar, "2001-03-01..2001-03-31"},
        {"2023", calendar, "2023-01-01..2023-12-31"},
        {"2023年", calendar, "2023-01-01..2023-12-31"},
        {"FY2024 Q2", alibaba, "2023-07-01..2023-09-30"},
        {"FY24Q2", alibaba, "2023-07-01..2023-09-30"},
        {"Q2 FY2024", alibaba, "2023-07-01..2023-09-30"},
        {"fy24 q2", alibaba, "2023-07-01..2023-09-30"},
        {"2024財年第二財季", alibaba, "2023-07-01..2023-09-30"},
        {"2024财年第二财季", alibaba, "2023-07-01..2023-09-30"},
        {"2024財年Q2", alibaba, "2023-07-01..2023-09-30"},
        {"2024財年", alibaba, "2023-04-01..2024-03-31"},
        {"FY24", microsoft, "2023-07-01..2024-06-30"},
        {"2023年第三季度", calendar, "2023-07-01..2023-09-30"},
        {"2023年第3季度", calendar, "2023-07-01..2023-09-30"},
        {"2023年Q3", calendar, "2023-07-01..2023-09-30"},
        {"2023年9月", calendar, "2023-09-01..2023-09-30"},
        {"２０２３Ｑ３", calendar, ""},
    };
    for (const Case& c : cases) {
        const auto p = PeriodParser::parse(QString::fromUtf8(c.label), c.fiscalYearEnd);
        if (*c.range == 0) {
            BOOST_TEST(!p, c.label << " (full-width text is normalised by the importer, not here)");
            continue;
        }
        BOOST_REQUIRE_MESSAGE(p, c.label);
        BOOST_TEST(range(*p) == c.range, c.label);
    }
}

BOOST_AUTO_TEST_CASE(refuses_what_is_not_a_period)
{
    for (const char* text : {"", "2023Q5", "FY", "Q3", "23", "2023-13", "2023 Q3 x", "2023-02-30", "2023年第五季度"})
        BOOST_TEST(!PeriodParser::parse(QString::fromUtf8(text), calendar), text);
    BOOST_TEST(!Period::fromRange(QDate(2023, 7, 2), QDate(2023, 9, 30), calendar));
    BOOST_TEST(!Period::fromRange(QDate(2023, 7, 1), QDate(2023, 10, 31), calendar));
}

BOOST_AUTO_TEST_SUITE_END()
