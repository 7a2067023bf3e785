#include "scenario/Calibration.h"
#include "scenario/MixModel.h"

#include "Error.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace mixshift;

namespace {

// The article's year-ago quarter (implied by +2% and +44%) with no conversion, AI uplift or leverage.
MixLevers workedExample()
{
    MixLevers l;
    l.baseRevenue = 271.06;
    l.baseEbita = 9.78;
    l.projectShare = 0.30;
    l.projectMargin = -0.05;
    l.conversion = 0;
    l.aiUplift = 0;
    l.leverage = 0;
    l.horizon = 4;
    return l;
}

} // namespace

BOOST_AUTO_TEST_SUITE(mix_model)

BOOST_AUTO_TEST_CASE(two_quarters_worked_by_hand)
{
    MixLevers l;
    l.baseRevenue = 100;
    l.baseEbita.reset();
    l.projectShare = 0.4;
    l.projectMargin = -0.1;
    l.publicMargin = 0.2;
    l.windDown = 0.1;
    l.conversion = 0.5;
    l.conversionLag = 0;
    l.organicGrowth = 0.21; // q = 1.21^(1/4) − 1 = 0.048809
    l.aiUplift = 0;
    l.leverage = 0;
    l.horizon = 2;
    const MixResult r = MixModel::run(l);
    const double q = std::pow(1.21, 0.25) - 1;
    // t = 1: P = 40·0.9 = 36; C = 60·(1+q) + 0.5·0.1·40 = 62.92856 + 2 = 64.92856
    BOOST_TEST(std::abs(r.quarters[1].projectRevenue - 36) < 1e-12);
    BOOST_TEST(std::abs(r.quarters[1].publicRevenue - (60 * (1 + q) + 2)) < 1e-12);
    BOOST_TEST(std::abs(r.quarters[1].ebita - (-0.1 * 36 + 0.2 * (60 * (1 + q) + 2))) < 1e-12);
    // t = 2: P = 32.4; C = C1·(1+q) + 0.5·0.1·36
    const double c1 = 60 * (1 + q) + 2;
    const double c2 = c1 * (1 + q) + 1.8;
    BOOST_TEST(std::abs(r.quarters[2].projectRevenue - 32.4) < 1e-12);
    BOOST_TEST(std::abs(r.quarters[2].publicRevenue - c2) < 1e-12);
    BOOST_TEST(std::abs(r.quarters[2].revenue - (32.4 + c2)) < 1e-12);
    BOOST_TEST(std::abs(r.quarters[2].margin - (-0.1 * 32.4 + 0.2 * c2) / (32.4 + c2)) < 1e-12);
    // Status quo: no wind-down, no conversion.
    BOOST_TEST(std::abs(r.quarters[2].statusQuoRevenue - (40 + 60 * (1 + q) * (1 + q))) < 1e-12);
    BOOST_TEST(std::abs(r.revenueForegone - ((40 + 60 * (1 + q)) - (36 + c1) + (40 + 60 * (1 + q) * (1 + q)) - (32.4 + c2))) < 1e-9);
    BOOST_TEST(!r.quarters[2].revenueYoy, "no YoY before the fourth quarter");
}

BOOST_AUTO_TEST_CASE(status_quo_equals_the_path_without_wind_down)
{
    MixLevers l;
    l.windDown = 0;
    const MixResult r = MixModel::run(l);
    for (const MixQuarter& q : r.quarters) {
        BOOST_TEST(q.revenue == q.statusQuoRevenue);
        BOOST_TEST(q.ebita == q.statusQuoEbita);
    }
    BOOST_TEST(r.revenueForegone == 0);
}

BOOST_AUTO_TEST_CASE(bridge_adds_up_exactly)
{
    MixLevers l;
    l.horizon = 12;
    const MixResult r = MixModel::run(l);
    const MixBridge& b = r.bridge;
    BOOST_TEST(std::abs(b.start + b.windDown + b.conversion + b.organic + b.aiUplift - b.end) <= 1e-6 * b.end);
    BOOST_TEST(std::abs(b.end - r.quarters.back().revenue) <= 1e-6 * b.end);
    BOOST_TEST(b.windDown < 0);
    BOOST_TEST(b.conversion > 0);
}

BOOST_AUTO_TEST_CASE(the_base_quarter_implies_the_public_cloud_margin)
{
    // 9.78 / 271.06 = 3.608%; (3.608% + 5% × 0.30) / 0.70 = 7.30%.
    BOOST_TEST(std::round(workedExample().effectivePublicMargin() * 10000) / 100 == 7.30);
    const MixResult r = MixModel::run(workedExample());
    BOOST_TEST(std::abs(r.quarters[0].ebita - 9.78) < 1e-9, "the base quarter reproduces its own EBITA");
}

BOOST_AUTO_TEST_CASE(calibration_reproduces_the_articles_quarter)
{
    const QVector<CalibrationTarget> targets{CalibrationTarget::parse(QStringLiteral("revenue_growth@4=0.02")),
                                             CalibrationTarget::parse(QStringLiteral("ebita_growth@4=0.44"))};
    const CalibrationResult c =
        Calibration::solve(workedExample(), {QStringLiteral("wind_down"), QStringLiteral("organic_growth")}, targets);
    BOOST_TEST_INFO(c.message.toStdString());
    BOOST_REQUIRE((c.status == CalibrationResult::Status::Solved));
    BOOST_TEST(std::abs(c.levers.windDown - 0.1165) < 0.0005, c.levers.windDown);
    BOOST_TEST(std::abs(c.levers.organicGrowth - 0.196) < 0.0005, c.levers.organicGrowth);
    const MixResult r = MixModel::run(c.levers);
    BOOST_TEST(std::abs(*r.quarters[4].revenueYoy - 0.02) < 0.0005, "within 0.05 percentage points");
    BOOST_TEST(std::abs(*r.quarters[4].ebitaYoy - 0.44) < 0.0005);
    // The year-on quarter: 276.48 and 14.08 億元 (14.09 rounds the article's +44%).
    BOOST_TEST(std::abs(r.quarters[4].revenue - 276.48) < 0.01);
}

BOOST_AUTO_TEST_CASE(calibration_says_when_it_cannot)
{
    // EBITA growth of +500% in a year is out of reach with wind-down and growth within their bounds.
    const CalibrationResult impossible = Calibration::solve(
        workedExample(), {QStringLiteral("wind_down"), QStringLiteral("organic_growth")},
        {CalibrationTarget::parse(QStringLiteral("revenue_growth@4=-0.6")), CalibrationTarget::parse(QStringLiteral("ebita_growth@4=5"))});
    BOOST_TEST((impossible.status == CalibrationResult::Status::NoSolutionWithinBounds), impossible.message.toStdString());
    // With no AI uplift in the model's reach, organic growth and AI uplift move revenue alike.
    MixLevers l = workedExample();
    const CalibrationResult alike = Calibration::solve(
        l, {QStringLiteral("organic_growth"), QStringLiteral("ai_uplift")},
        {CalibrationTarget::parse(QStringLiteral("revenue_growth@4=0.05")), CalibrationTarget::parse(QStringLiteral("revenue@4=280"))});
    BOOST_TEST((alike.status == CalibrationResult::Status::NotUnique), alike.message.toStdString());
    BOOST_CHECK_THROW(CalibrationTarget::parse(QStringLiteral("profit@4=1")), Error);
    BOOST_CHECK_THROW(CalibrationTarget::parse(QStringLiteral("revenue_growth@2=0.1")), Error);
}

BOOST_AUTO_TEST_CASE(levers_are_named_and_bounded)
{
    MixLevers l;
    setLever(l, QStringLiteral("wind_down"), 0.2);
    BOOST_TEST(l.windDown == 0.2);
    BOOST_CHECK_EXCEPTION(setLever(l, QStringLiteral("wind_down"), 0.9), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("outside its bounds"));
    });
    BOOST_CHECK_EXCEPTION(setLever(l, QStringLiteral("windown"), 0.1), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("base_revenue base_ebita project_share"));
    });
    BOOST_TEST(mixLeverNames().size() == 13);
}

BOOST_AUTO_TEST_CASE(levers_have_names_in_words_and_values_as_people_read_them)
{
    const auto format = [](const char* name, double value) { return findLever(QLatin1String(name))->format(value).toStdString(); };
    BOOST_TEST(findLever(QStringLiteral("project_share"))->titleText().toStdString() == "Project-based share of revenue");
    BOOST_TEST(findLever(QStringLiteral("wind_down"))->titleText().toStdString() == "Quarterly wind-down of project revenue");
    for (const LeverInfo& info : mixLeverInfo())
        BOOST_TEST(!info.titleText().contains(QLatin1Char('_')), info.name);
    BOOST_TEST(format("project_share", 0.30) == "30%");
    BOOST_TEST(format("project_margin", -0.05) == "\u22125%");
    BOOST_TEST(format("public_margin", 0.09375) == "9.38%");
    BOOST_TEST(format("wind_down", 0.116) == "11.6% a quarter");
    BOOST_TEST(format("organic_growth", 0.15) == "15% a year");
    BOOST_TEST(format("leverage", 0.02) == "2 points per doubling");
    BOOST_TEST(format("conversion_lag", 2) == "2 quarters");
    BOOST_TEST(format("horizon", 1) == "1 quarter");
    BOOST_TEST(format("base_revenue", 276.48e8) == "276.48 億元");
    BOOST_TEST(findLever(QStringLiteral("base_revenue"))->format(90.0e9, QStringLiteral("USD")).toStdString() == "90 bn USD");
    BOOST_TEST(format("project_margin", -0.0) == "0%");
}

BOOST_AUTO_TEST_SUITE_END()

#include "scenario/MonteCarlo.h"
#include "scenario/Sensitivity.h"

BOOST_AUTO_TEST_SUITE(monte_carlo)

BOOST_AUTO_TEST_CASE(vary_entries_name_a_lever_and_a_distribution)
{
    const auto vary = MonteCarlo::parseVary({QStringLiteral("wind_down=uniform(0.02,0.15)"),
                                             QStringLiteral("organic_growth = triangular(0.05, 0.15, 0.3)")});
    BOOST_REQUIRE_EQUAL(vary.size(), 2);
    BOOST_TEST((vary[QStringLiteral("wind_down")].kind == Distribution::Kind::Uniform));
    BOOST_TEST(vary[QStringLiteral("wind_down")].b == 0.15);
    BOOST_TEST(vary[QStringLiteral("organic_growth")].c == 0.3);
    BOOST_CHECK_EXCEPTION(MonteCarlo::parseVary({QStringLiteral("speed=uniform(0,1)")}), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("'speed'")) && e.message().contains(QStringLiteral("wind_down"));
    });
    BOOST_CHECK_EXCEPTION(MonteCarlo::parseVary({QStringLiteral("uniform(0,1)")}), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("LEVER=DISTRIBUTION")); });
}

BOOST_AUTO_TEST_CASE(percentiles_interpolate_between_order_statistics)
{
    // Type 7 on 4, 1, 3, 2: positions 0.15, 0.75, 1.5, 2.25, 2.85 of the sorted 1, 2, 3, 4.
    std::vector<double> values{4, 1, 3, 2};
    const Percentiles p = MonteCarlo::percentiles(values);
    BOOST_TEST(p.p5 == 1.15, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(p.p25 == 1.75, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(p.p50 == 2.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(p.p75 == 3.25, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(p.p95 == 3.85, boost::test_tools::tolerance(1e-12));
    std::vector<double> one{7};
    BOOST_TEST(MonteCarlo::percentiles(one).p95 == 7);
}

BOOST_AUTO_TEST_CASE(the_same_seed_gives_the_same_percentiles)
{
    MonteCarloSettings settings;
    settings.draws = 2000;
    settings.seed = 42;
    settings.vary.insert(QStringLiteral("wind_down"), Distribution::parse(QStringLiteral("uniform(0.02,0.15)")));
    settings.vary.insert(QStringLiteral("organic_growth"), Distribution::parse(QStringLiteral("triangular(0.05,0.15,0.30)")));
    settings.vary.insert(QStringLiteral("project_margin"), Distribution::parse(QStringLiteral("normal(-0.05,0.03)")));
    settings.vary.insert(QStringLiteral("ai_uplift"), Distribution::parse(QStringLiteral("lognormal(-3,0.5)")));
    const MixLevers base;
    const MonteCarloResult first = MonteCarlo::run(base, settings);
    const MonteCarloResult second = MonteCarlo::run(base, settings);
    BOOST_REQUIRE_EQUAL(first.revenue.size(), base.horizon + 1);
    for (int t = 0; t <= base.horizon; ++t) {
        BOOST_TEST(first.revenue[t].p50 == second.revenue[t].p50);
        BOOST_TEST(first.ebita[t].p5 == second.ebita[t].p5);
        BOOST_TEST(first.revenue[t].p5 <= first.revenue[t].p25);
        BOOST_TEST(first.revenue[t].p25 <= first.revenue[t].p50);
        BOOST_TEST(first.revenue[t].p50 <= first.revenue[t].p75);
        BOOST_TEST(first.revenue[t].p75 <= first.revenue[t].p95);
    }
    BOOST_TEST(first.revenue.back().p95 > first.revenue.back().p5, "varied levers spread the outcomes");
    BOOST_TEST(first.probabilityRevenueAtLeastBase == second.probabilityRevenueAtLeastBase);
    settings.seed = 43;
    BOOST_TEST(MonteCarlo::run(base, settings).revenue.back().p50 != first.revenue.back().p50);
}

BOOST_AUTO_TEST_CASE(fixed_levers_give_zero_width_bands_on_the_deterministic_path)
{
    MonteCarloSettings settings;
    settings.draws = 100;
    const MixLevers base;
    const MonteCarloResult r = MonteCarlo::run(base, settings);
    const MixResult path = MixModel::run(base);
    for (int t = 0; t <= base.horizon; ++t) {
        BOOST_TEST(r.revenue[t].p5 == path.quarters[t].revenue);
        BOOST_TEST(r.revenue[t].p95 == path.quarters[t].revenue);
        BOOST_TEST(r.ebita[t].p50 == path.quarters[t].ebita);
    }
    BOOST_TEST(r.probabilityRevenueAtLeastBase == (path.quarters.back().revenue >= path.quarters.front().revenue ? 1.0 : 0.0));
}

BOOST_AUTO_TEST_CASE(distributions_and_cancel)
{
    BOOST_CHECK_THROW(Distribution::parse(QStringLiteral("beta(1,2)")), Error);
    BOOST_CHECK_THROW(Distribution::parse(QStringLiteral("uniform(0.3,0.1)")), Error);
    BOOST_CHECK_THROW(Distribution::parse(QStringLiteral("triangular(0.1,0.5)")), Error);
    MonteCarloSettings settings;
    settings.draws = 100000;
    settings.vary.insert(QStringLiteral("wind_down"), Distribution::parse(QStringLiteral("uniform(0.02,0.15)")));
    const MonteCarloResult cancelled = MonteCarlo::run(MixLevers(), settings, [] { return true; });
    BOOST_TEST(cancelled.cancelled);
    BOOST_TEST(cancelled.revenue.isEmpty());
}

BOOST_AUTO_TEST_CASE(the_default_spread_around_levers_at_zero_is_no_spread_and_ends)
{
    // wind_down = 0 makes the default uniform(0, 0) and organic_growth = 0 a triangular(0, 0, 0): once, a
    // uniform draw of no width never returned and the workspace's fan hung.
    MixLevers levers;
    levers.windDown = 0;
    levers.organicGrowth = 0;
    MonteCarloSettings settings;
    settings.draws = 200;
    settings.vary = MonteCarlo::defaultVary(levers);
    const MonteCarloResult r = MonteCarlo::run(levers, settings);
    BOOST_REQUIRE_EQUAL(r.revenue.size(), levers.horizon + 1);
    const MixResult path = MixModel::run(levers);
    BOOST_TEST(r.revenue.back().p5 == path.quarters.back().revenue, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(r.revenue.back().p95 == path.quarters.back().revenue, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(tornado_ranks_levers_by_their_effect)
{
    const QVector<LeverSwing> swings = Sensitivity::tornado(MixLevers(), SensitivityOutput::EbitaAtHorizon);
    BOOST_REQUIRE(swings.size() >= 8);
    for (int i = 1; i < swings.size(); ++i)
        BOOST_TEST(std::abs(swings[i - 1].outputAtHigh - swings[i - 1].outputAtLow) >=
                   std::abs(swings[i].outputAtHigh - swings[i].outputAtLow));
    for (const LeverSwing& s : swings)
        BOOST_TEST(!s.lever.startsWith(QStringLiteral("base_")));
    // Wind-down at its high bound cuts the loss-making project revenue faster: more EBITA at H.
    for (const LeverSwing& s : swings)
        if (s.lever == QStringLiteral("wind_down"))
            BOOST_TEST(s.outputAtHigh > s.outputAtLow);
}

BOOST_AUTO_TEST_SUITE_END()
