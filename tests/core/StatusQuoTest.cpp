#include "forecast/SeriesForecast.h"
#include "sample/SampleDataset.h"
#include "scenario/MixModel.h"
#include "scenario/MixQuarterTable.h"
#include "scenario/MonteCarlo.h"
#include "scenario/ScenarioStore.h"
#include "scenario/StatusQuoForecast.h"
#include "store/Project.h"

#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

struct SampleProject
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    BaseQuarter base = BaseQuarter::find(project->db(), QStringLiteral("Alibaba Cloud"));
};

} // namespace

BOOST_AUTO_TEST_SUITE(status_quo)

BOOST_AUTO_TEST_CASE(a_forecast_status_quo_is_the_forecast_revenue_at_the_model_margin_without_wind_down)
{
    MixLevers levers;
    levers.horizon = 3;
    const MixResult path = MixModel::run(levers);
    levers.statusQuo = ForecastStatusQuo{QStringLiteral("ETS(A,N,N)"), QStringLiteral("test"), {0.5, 1.0, 2.0}};
    const MixResult forecast = MixModel::run(levers);
    BOOST_TEST(forecast.statusQuoModel.toStdString() == "ETS(A,N,N)");
    BOOST_TEST(forecast.quarters[0].statusQuoRevenue == levers.baseRevenue);
    BOOST_TEST(forecast.quarters[0].statusQuoEbita == *levers.baseEbita, boost::test_tools::tolerance(1e-12));
    const double growth[]{0.5, 1.0, 2.0};
    for (int t = 1; t <= 3; ++t) {
        const MixQuarter& q = forecast.quarters[t];
        const MixQuarter& noWindDown = path.quarters[t];
        BOOST_TEST(q.statusQuoRevenue == levers.baseRevenue * growth[t - 1], boost::test_tools::tolerance(1e-12));
        // The same margin as the path without wind-down.
        BOOST_TEST(q.statusQuoEbita / q.statusQuoRevenue == noWindDown.statusQuoEbita / noWindDown.statusQuoRevenue,
                   boost::test_tools::tolerance(1e-12));
        // The path itself does not depend on what it is measured against.
        BOOST_TEST(q.revenue == noWindDown.revenue);
    }
    // Half the base revenue in quarter 1: the path is above the status quo from then on.
    BOOST_REQUIRE(forecast.recoveryQuarter.has_value());
    BOOST_TEST(*forecast.recoveryQuarter == 1);
    double foregone = 0;
    for (int t = 1; t <= 3; ++t)
        foregone += forecast.quarters[t].statusQuoRevenue - forecast.quarters[t].revenue;
    BOOST_TEST(forecast.revenueForegone == foregone, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(the_forecast_is_ets_of_the_provider_revenue_up_to_the_base_quarter)
{
    SampleProject s;
    const PointSeries history = s.base.revenueHistory(s.project->db());
    BOOST_REQUIRE(!history.isEmpty());
    BOOST_TEST((history.back().start == s.base.start));
    BOOST_TEST(history.back().value == s.base.revenue);
    for (const SeriesPoint& p : history)
        BOOST_TEST(p.months() == 3);

    const ForecastStatusQuo statusQuo = StatusQuoForecast::of(s.project->db(), s.base);
    ChartSeries series;
    series.points = history;
    const SeriesForecast direct = SeriesForecast::of(series, 40, std::nullopt, {});
    BOOST_TEST(statusQuo.model == direct.fit.model.name());
    BOOST_REQUIRE(statusQuo.growth.size() == 40);
    BOOST_TEST(statusQuo.growth[0] * s.base.revenue == direct.periods[0].forecast, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(statusQuo.basis.contains(s.base.label(0)));

    // The scenario's choice is kept with it and the forecast made again when it runs.
    SavedScenario scenario;
    scenario.name = QStringLiteral("against the forecast");
    scenario.provider = s.base.provider;
    scenario.statusQuo = StatusQuoChoice::Forecast;
    ScenarioStore store(s.project->db());
    store.save(scenario);
    const auto loaded = store.load(scenario.name);
    BOOST_REQUIRE(loaded.has_value());
    BOOST_TEST((loaded->statusQuo == StatusQuoChoice::Forecast));
    const MixLevers levers = StatusQuoForecast::levers(s.project->db(), s.base, *loaded);
    BOOST_REQUIRE(levers.statusQuo.has_value());
    BOOST_TEST((levers.statusQuo->growth == statusQuo.growth));
    scenario.statusQuo = StatusQuoChoice::NoWindDown;
    store.save(scenario);
    BOOST_TEST(!StatusQuoForecast::levers(s.project->db(), s.base, *store.load(scenario.name)).statusQuo.has_value());
}

BOOST_AUTO_TEST_CASE(lever_defaults_are_the_lever_table_s)
{
    const MixLevers levers;
    for (const LeverInfo& info : mixLeverInfo())
        BOOST_TEST(info.get(levers) == info.defaultValue, info.name);
    BOOST_TEST(!levers.statusQuo.has_value());
}

BOOST_AUTO_TEST_CASE(monte_carlo_defaults_are_one_setting_for_every_view)
{
    const MixLevers levers;
    const MonteCarloSettings settings = MonteCarloSettings::defaults(levers);
    BOOST_TEST(settings.draws == 10000);
    BOOST_TEST(settings.seed == 1u);
    BOOST_TEST((settings.vary.keys() == MonteCarlo::defaultVary(levers).keys()));
}

BOOST_AUTO_TEST_CASE(the_quarter_table_shows_and_writes_the_same_quarters)
{
    MixLevers levers;
    levers.horizon = 4;
    const MixResult r = MixModel::run(levers);
    BaseQuarter base;
    base.provider = QStringLiteral("Alibaba Cloud");
    base.fiscalYearEndMonth = 3;
    base.start = QDate(2023, 7, 1);
    base.end = QDate(2023, 9, 30);
    const DisplayUnit money = DisplayUnit::forValue(QStringLiteral("money"), QStringLiteral("CNY"), {});
    const MixQuarterTable::Shown shown = MixQuarterTable::shown(base, r, money);
    BOOST_TEST(shown.headings.join(QLatin1Char('|')).toStdString() ==
               "t|Period|Revenue|EBITA|Margin|Revenue YoY|EBITA YoY|Status-quo revenue|Status-quo EBITA");
    BOOST_REQUIRE(shown.rows.size() == 5);
    BOOST_TEST(shown.rows[0].join(QLatin1Char('|')).toStdString() == "0|FY2024 Q2|276.48|14.09|5.10%|—|—|276.48|14.09");
    BOOST_TEST(!shown.numeric[1]);
    BOOST_TEST(shown.numeric[2]);

    const ExportTable data = MixQuarterTable::data(base, r);
    BOOST_TEST(data.header().join(QLatin1Char(',')).toStdString() ==
               "quarter,period,project_revenue,public_revenue,revenue,ebita,margin,revenue_yoy,ebita_yoy,"
               "status_quo_revenue,status_quo_ebita");
    BOOST_TEST((data.columns[6].format == ColumnFormat::Percent));
    BOOST_TEST(*data.rows[4][4].number == r.quarters[4].revenue);
    BOOST_TEST(*data.rows[4][7].number == *r.quarters[4].revenueYoy);
    BOOST_TEST(data.rows[3][7].text.isEmpty()); // no year-ago quarter yet

    MonteCarloSettings settings = MonteCarloSettings::defaults(levers);
    settings.draws = 200;
    const MonteCarloResult mc = MonteCarlo::run(levers, settings);
    BOOST_TEST(MixQuarterTable::shown(base, r, money, &mc).headings.back().toStdString() == "Revenue P5 … P95");
    const ExportTable withBands = MixQuarterTable::data(base, r, &mc);
    BOOST_TEST(withBands.columns.size() == 21);
    BOOST_TEST(*withBands.rows[2][11].number == mc.revenue[2].p5);
    BOOST_TEST(*withBands.rows[2][20].number == mc.ebita[2].p95);
}

BOOST_AUTO_TEST_SUITE_END()
