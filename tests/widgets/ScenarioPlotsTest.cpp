#include "scenario/ScenarioPlots.h"

#include "scenario/MixModel.h"
#include "scenario/MonteCarlo.h"

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

BaseQuarter articleBase()
{
    BaseQuarter base;
    base.provider = QStringLiteral("Alibaba Cloud");
    base.fiscalYearEndMonth = 3;
    base.start = QDate(2023, 7, 1);
    base.end = QDate(2023, 9, 30);
    base.revenue = 276.48e8;
    base.ebita = 14.09e8;
    base.currency = QStringLiteral("CNY");
    return base;
}

} // namespace

BOOST_AUTO_TEST_SUITE(scenario_plots)

BOOST_AUTO_TEST_CASE(projected_paths_are_dashed_from_a_stated_mark_with_their_bands_shaded)
{
    const MixLevers levers;
    const MixResult result = MixModel::run(levers);
    const DisplayUnit unit = DisplayUnit::forValue(QStringLiteral("money"), QStringLiteral("CNY"), {});
    QCustomPlot plot;
    ScenarioPlots::drawPaths(&plot, articleBase(), result, unit);
    const auto named = [&plot](const QString& name) -> QCPGraph* {
        for (int i = 0; i < plot.graphCount(); ++i)
            if (plot.graph(i)->name() == name)
                return plot.graph(i);
        return nullptr;
    };
    BOOST_REQUIRE(named(QStringLiteral("Revenue, projected")));
    BOOST_TEST(named(QStringLiteral("Revenue, projected"))->pen().style() == Qt::DashLine);
    BOOST_TEST(named(QStringLiteral("Revenue, status quo"))->pen().style() == Qt::DotLine);
    QCPGraph* stated = named(QStringLiteral("Stated, FY2024 Q2"));
    BOOST_REQUIRE(stated);
    BOOST_TEST(stated->data()->size() == 2);
    BOOST_TEST(stated->data()->constBegin()->value == 276.48, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(!named(QStringLiteral("Revenue P5–P95")), "no band without a Monte Carlo");

    MonteCarloSettings settings;
    settings.draws = 500;
    settings.vary = MonteCarlo::defaultVary(levers);
    const MonteCarloResult bands = MonteCarlo::run(levers, settings);
    ScenarioPlots::drawPaths(&plot, articleBase(), result, unit, &bands);
    QCPGraph* band = named(QStringLiteral("Revenue P5–P95"));
    BOOST_REQUIRE(band);
    BOOST_REQUIRE(band->channelFillGraph());
    BOOST_TEST(band->brush().style() != Qt::NoBrush);
    // The band's upper edge at the horizon is the P95 of revenue there, above the lower edge's P5.
    BOOST_TEST((band->data()->constEnd() - 1)->value == unit.toDisplay(bands.revenue.back().p95), boost::test_tools::tolerance(1e-9));
    BOOST_TEST((band->data()->constEnd() - 1)->value > (band->channelFillGraph()->data()->constEnd() - 1)->value);
    BOOST_TEST(named(QStringLiteral("EBITA P5–P95")));
}

BOOST_AUTO_TEST_SUITE_END()
