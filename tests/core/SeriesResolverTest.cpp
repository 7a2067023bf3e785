#include "QtPrinting.h"
#include "analytics/ChartDefinition.h"
#include "analytics/ChartDocument.h"
#include "analytics/SeriesResolver.h"
#include "forecast/SeriesForecast.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include "Error.h"

#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace mixshift;

namespace {

struct Sample
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    SeriesResolver resolver{project->db()};

    const SeriesPoint* at(const ChartSeries& s, const QDate& start)
    {
        for (const SeriesPoint& p : s.points)
            if (p.start == start)
                return &p;
        return nullptr;
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(series_resolver)

// The article: FY2024 Q2 revenue 276.48 億元, +2% YoY; adjusted EBITA 14.09 億元, +44% YoY and +264% QoQ.
BOOST_AUTO_TEST_CASE(implied_levels_are_the_articles_year_ago_and_prior_quarter_figures)
{
    Sample s;
    const ChartSeries revenue = s.resolver.resolve(QStringLiteral("Alibaba Cloud/revenue:implied"));
    const SeriesPoint* yearAgo = s.at(revenue, QDate(2022, 7, 1));
    BOOST_REQUIRE(yearAgo);
    BOOST_TEST(yearAgo->end == QDate(2022, 9, 30));
    BOOST_TEST(revenue.displayUnit().toDisplay(yearAgo->value) == 271.06, boost::test_tools::tolerance(0.005 / 271.06));
    BOOST_TEST(yearAgo->sources.front().toStdString() == "derived: 276.48 億元 in FY2024 Q2 ÷ (1 + 2.00% YoY)");
    BOOST_TEST(revenue.derivedFrom.contains(QStringLiteral("implied by stated growth")), "marked as derived");

    const ChartSeries ebita = s.resolver.resolve(QStringLiteral("阿里雲/adjusted_ebita:implied"));
    const SeriesPoint* ebitaYearAgo = s.at(ebita, QDate(2022, 7, 1));
    const SeriesPoint* priorQuarter = s.at(ebita, QDate(2023, 4, 1));
    BOOST_REQUIRE(ebitaYearAgo);
    BOOST_REQUIRE(priorQuarter);
    BOOST_TEST(ebita.displayUnit().toDisplay(ebitaYearAgo->value) == 9.78, boost::test_tools::tolerance(0.005 / 9.78));
    BOOST_TEST(ebita.displayUnit().toDisplay(priorQuarter->value) == 3.87, boost::test_tools::tolerance(0.005 / 3.87));
    BOOST_TEST(priorQuarter->sources.front().contains(QStringLiteral("264.00% QoQ")));
    // The sample's FY2023 EBITA "≈ 14.09" is an approximation: nothing is implied from it.
    for (const SeriesPoint& p : ebita.points)
        BOOST_TEST(p.months() == 3);

    BOOST_CHECK_EXCEPTION(s.resolver.resolve(QStringLiteral("AWS/operating_income:implied")), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("no stated growth")) &&
               e.message().contains(QStringLiteral("operating_income_growth_yoy"));
    });
}

BOOST_AUTO_TEST_CASE(margin_of_the_articles_quarter)
{
    Sample s;
    const ChartSeries margin = s.resolver.resolve(QStringLiteral("Alibaba Cloud/adjusted_ebita:margin"));
    const SeriesPoint* q = s.at(margin, QDate(2023, 7, 1));
    BOOST_REQUIRE(q);
    BOOST_TEST(std::round(q->value * 10000) / 100 == 5.10);
    BOOST_TEST(margin.metricKind.toStdString() == "percent");
    BOOST_TEST(margin.derivedFrom.contains(QStringLiteral("margin on revenue")));
    BOOST_TEST(q->sources.join(QLatin1Char(' ')).contains(QStringLiteral("阿里雲重新定調")));
}

BOOST_AUTO_TEST_CASE(aliases_imply_market_and_segment)
{
    Sample s;
    const ChartSeries share = s.resolver.resolve(QStringLiteral("亞馬遜/gartner_iaas_share"));
    BOOST_TEST(share.label.contains(QStringLiteral("Worldwide IaaS")));
    BOOST_TEST(share.points.size() == 4);
    const ChartSeries azure = s.resolver.resolve(QStringLiteral("Microsoft/intelligent_cloud_revenue"));
    BOOST_TEST(azure.label.contains(QStringLiteral("Intelligent Cloud")));
    BOOST_TEST(azure.points.size() > 8);
}

BOOST_AUTO_TEST_CASE(share_of_the_market_total_and_yoy_from_levels)
{
    Sample s;
    // AWS's 2023 IaaS revenue over the market total, both Gartner July 2024: 54,648 / 139,999.
    const ChartSeries share = s.resolver.resolve(QStringLiteral("AWS/gartner_iaas_revenue:share"));
    const SeriesPoint* y2023 = s.at(share, QDate(2023, 1, 1));
    BOOST_REQUIRE(y2023);
    BOOST_TEST(std::abs(y2023->value - 54648.0 / 139999.0) < 1e-12);
    const ChartSeries growth = s.resolver.resolve(QStringLiteral("AWS/gartner_iaas_revenue:yoy"));
    const SeriesPoint* g2023 = s.at(growth, QDate(2023, 1, 1));
    BOOST_REQUIRE(g2023);
    BOOST_TEST(std::abs(g2023->value - (54648.0 / 48123.0 - 1)) < 1e-12);
}

BOOST_AUTO_TEST_CASE(usd_conversion_uses_the_releases_rates_and_leaves_gaps)
{
    Sample s;
    const ChartSeries usd = s.resolver.resolve(QStringLiteral("Alibaba Cloud/revenue:usd"));
    BOOST_TEST(usd.currency.toStdString() == "USD");
    // FY2021 Q4: 167.61億 CNY × 0.152616 = 2.558 bn USD; quarters without a rate are left out.
    const SeriesPoint* q = s.at(usd, QDate(2021, 1, 1));
    BOOST_REQUIRE(q);
    BOOST_TEST(std::abs(q->value - 167.61e8 * 0.152616) < 1);
    BOOST_TEST(usd.points.size() == 3);
    BOOST_TEST(!s.at(usd, QDate(2023, 7, 1)), "FY2024 Q2 has no published rate: a gap, not a guess");
}

BOOST_AUTO_TEST_CASE(bad_specs_say_what_is_wrong)
{
    Sample s;
    BOOST_CHECK_EXCEPTION(s.resolver.resolve(QStringLiteral("Oracle/revenue")), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("no provider")); });
    BOOST_CHECK_EXCEPTION(s.resolver.resolve(QStringLiteral("AWS/revenue:cagr")), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("yoy qoq ttm")); });
    BOOST_CHECK_EXCEPTION(s.resolver.resolve(QStringLiteral("AWS revenue")), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("PROVIDER/METRIC")); });
}

BOOST_AUTO_TEST_CASE(saved_charts_and_chart_csv)
{
    Sample s;
    SavedCharts charts(s.project->db());
    BOOST_TEST(charts.names().size() == 7);
    const auto shares = charts.load(QStringLiteral("Worldwide IaaS shares (Gartner) — 100% bars"));
    BOOST_REQUIRE(shares);
    BOOST_TEST((shares->kind == ChartKind::Stacked100));
    BOOST_TEST(shares->specs.size() == 6);
    const QString csv = chartCsv({s.resolver.resolve(QStringLiteral("Alibaba Cloud/revenue"))});
    BOOST_TEST(csv.startsWith(QStringLiteral("series,period,start,end,value,unit,source\n")));
    BOOST_TEST(csv.contains(QStringLiteral("FY2024 Q2,2023-07-01,2023-09-30,276.48,億元,")));
}

// `:forecast(H)`: the stored quarters, then H projected ones from the next quarter on, the model chosen by AICc with
// its 80% and 95% intervals — the figures `mixshift forecast` prints, from the same SeriesForecast.
BOOST_AUTO_TEST_CASE(a_forecast_continues_the_history_with_its_intervals)
{
    Sample s;
    const ChartSeries stored = s.resolver.resolve(QStringLiteral("AWS/revenue"));
    const ChartSeries c = s.resolver.resolve(QStringLiteral("AWS/revenue:forecast(4)"));
    BOOST_TEST(c.spec == QStringLiteral("AWS/revenue:forecast(4)"));
    BOOST_REQUIRE_EQUAL(c.points.size(), stored.points.size());
    BOOST_TEST(c.points.back().value == stored.points.back().value);
    const Projection& f = c.projection;
    BOOST_REQUIRE_EQUAL(f.points.size(), 4);
    BOOST_TEST(f.points.front().start == stored.points.back().end.addDays(1));
    BOOST_TEST(f.points.back().end == QDate(2025, 12, 31));
    BOOST_TEST(f.model == QStringLiteral("ETS(M,A,N)"));
    BOOST_TEST((f.levels == QVector<double>{80, 95}));
    const SeriesForecast direct = SeriesForecast::of(stored, 4);
    for (int k = 0; k < 4; ++k) {
        BOOST_TEST(f.points[k].value == direct.periods[k].forecast);
        BOOST_TEST(f.lower[1][k] < f.lower[0][k]);
        BOOST_TEST(f.lower[0][k] < f.points[k].value);
        BOOST_TEST(f.points[k].value < f.upper[0][k]);
        BOOST_TEST(f.upper[0][k] < f.upper[1][k]);
        BOOST_TEST(f.points[k].sources.isEmpty());
    }
    // Growing revenue goes on growing, and the intervals widen with the horizon.
    BOOST_TEST(f.points[0].value > stored.points.back().value);
    BOOST_TEST(f.upper[1][3] - f.lower[1][3] > f.upper[1][0] - f.lower[1][0]);

    const ChartDocument document({}, {c});
    BOOST_TEST(document.notes().join(u'|').contains(
        QStringLiteral("Projected from 2025 Q1 by ETS(M,A,N) (dashed; shaded: 80%, 95% prediction intervals)")));
    const ValueTable table = document.valueTable();
    BOOST_REQUIRE_EQUAL(table.rows.size(), stored.points.size() + 4);
    BOOST_TEST(table.rows.back().period == QStringLiteral("2025 Q4 (projected)"));
    BOOST_TEST(table.rows.back().cells[0].value == f.points[3].value);
    const QStringList csv = chartCsv({c}).split(u'\n', Qt::SkipEmptyParts);
    BOOST_TEST(csv.front() == QStringLiteral("series,period,start,end,value,unit,source,lo80,hi80,lo95,hi95"));
    BOOST_TEST(csv.back().contains(QStringLiteral(",2025 Q4,2025-10-01,2025-12-31,")));
    BOOST_TEST(csv.back().contains(QStringLiteral("forecast: ETS(M,A,N)")));
    BOOST_TEST(csv[1].endsWith(QStringLiteral(",,,,")));
    // A series that cannot be forecast says why.
    try {
        s.resolver.resolve(QStringLiteral("Huawei Cloud/revenue_growth_yoy:forecast(4)"));
        BOOST_ERROR("two values forecast");
    } catch (const Error& e) {
        BOOST_TEST(e.message().endsWith(QStringLiteral(": ETS(A,N,N) needs at least 4 values; the series has 3")),
                   e.message().toStdString());
        BOOST_TEST(e.message().startsWith(QStringLiteral("Huawei Cloud")));
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(series_specs)

BOOST_AUTO_TEST_CASE(a_spec_can_name_a_series_exactly)
{
    Sample s;
    const ChartSeries usd = s.resolver.resolve(QStringLiteral("Alibaba Cloud/revenue$USD"));
    BOOST_TEST(usd.currency.toStdString() == "USD");
    const ChartSeries cny = s.resolver.resolve(QStringLiteral("Alibaba Cloud/revenue"));
    BOOST_TEST(cny.currency.toStdString() == "CNY", "the provider's own currency by default");
    const ChartSeries segment = s.resolver.resolve(QStringLiteral("Microsoft Azure/revenue_growth_yoy#Azure and other cloud services:qoq"));
    BOOST_TEST(segment.label.contains(QStringLiteral("Azure and other cloud services")));
    const ChartSeries gartner = s.resolver.resolve(QStringLiteral("AWS/revenue@gartner_iaas_ww$USD"));
    BOOST_TEST(gartner.points.size() == 4);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(source_specs)

BOOST_AUTO_TEST_CASE(the_articles_figures_stay_visible_as_the_articles)
{
    Sample s;
    const ChartSeries article = s.resolver.resolve(QStringLiteral("AWS/gartner_iaas_share~article"));
    BOOST_REQUIRE_EQUAL(article.points.size(), 1);
    BOOST_TEST(std::abs(article.points.front().value - 0.3999) < 1e-12);
    BOOST_TEST(article.onlySource.toStdString() == "阿里雲重新定調");
    const ChartSeries current = s.resolver.resolve(QStringLiteral("AWS/gartner_iaas_share"));
    BOOST_TEST(std::abs(s.at(current, QDate(2022, 1, 1))->value - 0.399) < 1e-12, "Gartner's July 2024 table is current");
}

BOOST_AUTO_TEST_SUITE_END()
