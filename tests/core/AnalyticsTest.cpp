#include "analytics/Analytics.h"
#include "QtPrinting.h"
#include "domain/Period.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace mixshift;

namespace {

SeriesPoint quarter(int year, int q, double value, const char* source = "s")
{
    const Period p = Period::calendarQuarter(year, q);
    return {p.start(), p.end(), value, {QString::fromUtf8(source)}};
}

SeriesPoint alibabaQuarter(int fiscalYear, int q, double value)
{
    const Period p = Period::fiscalQuarter(fiscalYear, q, 3);
    return {p.start(), p.end(), value, {QStringLiteral("release")}};
}

bool close(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

BOOST_AUTO_TEST_SUITE(analytics)

BOOST_AUTO_TEST_CASE(the_articles_margin_and_implied_figures)
{
    // Alibaba Cloud FY2024 Q2: adjusted EBITA 14.09 億元 on revenue 276.48 億元.
    const PointSeries ebita{alibabaQuarter(2024, 2, 14.09e8)};
    const PointSeries revenue{alibabaQuarter(2024, 2, 276.48e8)};
    const PointSeries margin = Analytics::ratio(ebita, revenue);
    BOOST_REQUIRE_EQUAL(margin.size(), 1);
    BOOST_TEST(close(std::round(margin[0].value * 10000) / 100, 5.10), margin[0].value);
    BOOST_TEST(margin[0].sources.size() == 1, "one source, named once");
    // +2% revenue growth implies 271.06 億元 a year earlier; +44% EBITA growth, 9.78 億元; +264% QoQ, 3.87 億元.
    BOOST_TEST(close(std::round(Analytics::impliedEarlier(276.48, 0.02) * 100) / 100, 271.06));
    BOOST_TEST(close(std::round(Analytics::impliedEarlier(14.09, 0.44) * 100) / 100, 9.78));
    BOOST_TEST(close(std::round(Analytics::impliedEarlier(14.09, 2.64) * 100) / 100, 3.87));
    // AWS FY2022: profit 22.8 bn USD on revenue 80.1 bn USD: 28.5%; Azure (as the article names it) 40.0%.
    BOOST_TEST(close(std::round(22.8 / 80.1 * 1000) / 10, 28.5));
    const PointSeries aws = Analytics::ratio({quarter(2022, 1, 22.8e9)}, {quarter(2022, 1, 80.1e9)});
    BOOST_TEST(close(std::round(aws[0].value * 1000) / 10, 28.5));
}

BOOST_AUTO_TEST_CASE(year_on_year_and_quarter_on_quarter_keep_gaps)
{
    const PointSeries revenue{quarter(2022, 3, 100, "a"), quarter(2022, 4, 110, "a"), quarter(2023, 3, 102, "b"),
                              quarter(2023, 4, 0, "b"), quarter(2024, 4, 50, "c")};
    const PointSeries yoy = Analytics::yearOnYear(revenue);
    BOOST_REQUIRE_EQUAL(yoy.size(), 2);
    BOOST_TEST(yoy[0].start == QDate(2023, 7, 1));
    BOOST_TEST(close(yoy[0].value, 0.02));
    BOOST_TEST(yoy[0].sources == (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    BOOST_TEST(close(yoy[1].value, -1.0), "2023 Q4 against 2022 Q4");
    // 2024 Q4 against a zero: no growth, and 2023 Q1 is missing rather than zero.
    const PointSeries qoq = Analytics::quarterOnQuarter(revenue);
    BOOST_REQUIRE_EQUAL(qoq.size(), 2);
    BOOST_TEST(close(qoq[0].value, 0.1));
    BOOST_TEST(qoq[1].start == QDate(2023, 10, 1));
}

BOOST_AUTO_TEST_CASE(cagr_ttm_and_index)
{
    const PointSeries yearly{{QDate(2020, 1, 1), QDate(2020, 12, 31), 64.286, {}},
                             {QDate(2023, 1, 1), QDate(2023, 12, 31), 139.999, {}}};
    const auto growth = Analytics::cagr(yearly, QDate(2020, 1, 1), QDate(2023, 1, 1));
    BOOST_REQUIRE(growth);
    BOOST_TEST(close(*growth, std::pow(139.999 / 64.286, 1.0 / (QDate(2020, 1, 1).daysTo(QDate(2023, 1, 1)) / 365.25)) - 1));
    BOOST_TEST(*growth > 0.29);
    BOOST_TEST(*growth < 0.30);

    const PointSeries quarters{quarter(2023, 1, 1), quarter(2023, 2, 2), quarter(2023, 3, 3), quarter(2023, 4, 4),
                               quarter(2024, 1, 5), quarter(2024, 3, 7)};
    const PointSeries ttm = Analytics::trailingTwelveMonths(quarters);
    BOOST_REQUIRE_EQUAL(ttm.size(), 2);
    BOOST_TEST(close(ttm[0].value, 10));
    BOOST_TEST(ttm[0].start == QDate(2023, 1, 1));
    BOOST_TEST(ttm[0].end == QDate(2023, 12, 31));
    BOOST_TEST(close(ttm[1].value, 14));

    const PointSeries indexed = Analytics::index(quarters, QDate(2023, 4, 1));
    BOOST_TEST(close(indexed[0].value, 50));
    BOOST_TEST(close(indexed[4].value, 250));
    BOOST_TEST(Analytics::index(quarters, QDate(2022, 1, 1)).isEmpty());
}

BOOST_AUTO_TEST_CASE(ratios_and_conversion_leave_out_what_cannot_be_computed)
{
    const PointSeries part{quarter(2023, 1, 1), quarter(2023, 2, 2), quarter(2023, 3, 3)};
    const PointSeries total{quarter(2023, 1, 4), quarter(2023, 2, 0)};
    const PointSeries share = Analytics::ratio(part, total);
    BOOST_REQUIRE_EQUAL(share.size(), 1);
    BOOST_TEST(close(share[0].value, 0.25));

    const PointSeries usd = Analytics::convert(part, [](const QDate& start, const QDate&) -> std::optional<double> {
        if (start == QDate(2023, 4, 1))
            return 0.14;
        return std::nullopt;
    });
    BOOST_REQUIRE_EQUAL(usd.size(), 1);
    BOOST_TEST(close(usd[0].value, 0.28));
}

BOOST_AUTO_TEST_CASE(herfindahl_and_concentration_of_the_2022_iaas_market)
{
    // Gartner 2022 as the article gives it: AWS 39.99%, Azure 21%, Alibaba 7.71%, the rest as one block.
    const QVector<double> shares{0.3999, 0.21, 0.0771, 1 - 0.3999 - 0.21 - 0.0771};
    // 39.99² + 21² + 7.71² + 31.30² = 1599.2001 + 441 + 59.4441 + 979.69 = 3079.3342
    BOOST_TEST(close(Analytics::herfindahl(shares), 3079.3342, 1e-6));
    BOOST_TEST(close(Analytics::concentration(shares, 3), 0.3999 + 0.313 + 0.21, 1e-12));
    BOOST_TEST(close(Analytics::concentration(shares, 5), 1.0, 1e-12));
}

BOOST_AUTO_TEST_CASE(calendarising_fiscal_quarters)
{
    // Alibaba's fiscal quarters coincide with calendar quarters: FY2024 Q2 is 2023 Q3, values unchanged.
    const PointSeries alibaba{alibabaQuarter(2024, 1, 234.0), alibabaQuarter(2024, 2, 276.48)};
    const PointSeries calendar = Analytics::calendarize(alibaba, true);
    BOOST_REQUIRE_EQUAL(calendar.size(), 2);
    BOOST_TEST(calendar[1].start == QDate(2023, 7, 1));
    BOOST_TEST(calendar[1].value == 276.48);

    // A fiscal year ending in January: quarters Feb–Apr, May–Jul, … are shared out by month.
    const auto febApril = [](int year, double v) {
        return SeriesPoint{QDate(year, 2, 1), QDate(year, 4, 30), v, {QStringLiteral("r")}};
    };
    const auto mayJuly = [](int year, double v) {
        return SeriesPoint{QDate(year, 5, 1), QDate(year, 7, 31), v, {QStringLiteral("r")}};
    };
    const PointSeries retail{{QDate(2022, 11, 1), QDate(2023, 1, 31), 90, {}}, febApril(2023, 30), mayJuly(2023, 60)};
    const PointSeries shared = Analytics::calendarize(retail, true);
    // 2023 Q1 = January (90/3) + February and March (2 × 30/3) = 50; 2023 Q2 = April (10) + May, June (40) = 50.
    BOOST_REQUIRE_EQUAL(shared.size(), 2);
    BOOST_TEST(shared[0].start == QDate(2023, 1, 1));
    BOOST_TEST(close(shared[0].value, 50));
    BOOST_TEST(close(shared[1].value, 50));
    // Levels are not shared out: the quarter covering most months gives its value.
    const PointSeries levels = Analytics::calendarize(retail, false);
    BOOST_TEST(close(levels[0].value, 30));
}

BOOST_AUTO_TEST_SUITE_END()
