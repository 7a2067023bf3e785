// Scenario inputs stay in their domains (issue 8, item 13): NaN and infinities, targets beyond the horizon, and
// shares, growth and years out of range are refused with a reason.
#include "Error.h"
#include "scenario/Calibration.h"
#include "scenario/MonteCarlo.h"
#include "scenario/ShareModel.h"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

using namespace mixshift;

namespace {

bool says(const Error& error, const char* words)
{
    return error.message().contains(QString::fromUtf8(words));
}

ShareInputs twoProviders()
{
    ShareInputs in;
    in.baseShares = {{QStringLiteral("A"), 0.6}, {QStringLiteral("B"), 0.4}};
    in.years = 3;
    return in;
}

} // namespace

BOOST_AUTO_TEST_SUITE(scenario_inputs)

BOOST_AUTO_TEST_CASE(distributions_take_finite_numbers_only)
{
    for (const char* text : {"normal(nan,0.1)", "normal(0.1,inf)", "uniform(0,inf)", "uniform(-inf,0.1)", "lognormal(nan,1)",
                             "triangular(0,0.1,inf)", "uniform(0,1e999)"}) {
        BOOST_TEST_INFO(text);
        BOOST_CHECK_EXCEPTION(Distribution::parse(QString::fromLatin1(text)), Error,
                              [](const Error& e) { return says(e, "is not a finite number"); });
    }
    BOOST_TEST(Distribution::parse(QStringLiteral("normal(0.1,0.02)")).b == 0.02);
    BOOST_CHECK_THROW(MonteCarlo::parseVary({QStringLiteral("wind_down=normal(nan,1)")}), Error);
}

BOOST_AUTO_TEST_CASE(calibration_targets_are_finite_and_within_the_horizon)
{
    BOOST_CHECK_EXCEPTION(CalibrationTarget::parse(QStringLiteral("margin@4=1e999")), Error,
                          [](const Error& e) { return says(e, "not a finite number"); });
    BOOST_CHECK_EXCEPTION(CalibrationTarget::parse(QStringLiteral("margin@4=.")), Error,
                          [](const Error& e) { return says(e, "not a finite number"); });
    BOOST_CHECK_EXCEPTION(CalibrationTarget::parse(QStringLiteral("margin@99999999999=0.1")), Error,
                          [](const Error& e) { return says(e, "the quarter must be from 0 to 40"); });

    MixLevers levers;
    levers.horizon = 8;
    const QVector<CalibrationTarget> beyond{CalibrationTarget::parse(QStringLiteral("margin@12=0.1"))};
    BOOST_CHECK_EXCEPTION(Calibration::solve(levers, {QStringLiteral("wind_down")}, beyond), Error,
                          [](const Error& e) { return says(e, "beyond the horizon of 8 quarters"); });
    const QVector<CalibrationTarget> within{CalibrationTarget::parse(QStringLiteral("margin@8=0.06"))};
    BOOST_TEST(Calibration::solve(levers, {QStringLiteral("wind_down")}, within).levers.horizon == 8,
               "the horizon is not stretched to a target");
}

BOOST_AUTO_TEST_CASE(share_model_inputs_stay_in_their_domains)
{
    BOOST_CHECK_NO_THROW(ShareModel::check(twoProviders()));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<std::pair<std::function<void(ShareInputs&)>, const char*>> cases{
        {[](ShareInputs& in) { in.marketGrowth = -1; }, "above -1"},
        {[nan](ShareInputs& in) { in.marketGrowth = nan; }, "market growth"},
        {[inf](ShareInputs& in) { in.providerGrowth.insert(QStringLiteral("A"), inf); }, "the growth of A"},
        {[](ShareInputs& in) { in.years = -1; }, "years must be a whole number"},
        {[](ShareInputs& in) { in.years = 1000; }, "years must be a whole number"},
        {[](ShareInputs& in) { in.baseYear = 0; }, "the base year must be from 1800"},
        {[](ShareInputs& in) { in.baseShares[0].second = 1.2; }, "the share of A must be from 0 to 1"},
        {[](ShareInputs& in) { in.transfers = {{2023, QStringLiteral("A"), QStringLiteral("B"), -0.1}}; }, "points are a fraction"},
        {[nan](ShareInputs& in) { in.transfers = {{2023, QStringLiteral("A"), QStringLiteral("B"), nan}}; }, "points are a fraction"},
        {[](ShareInputs& in) { in.transfers = {{2040, QStringLiteral("A"), QStringLiteral("B"), 0.1}}; }, "the year must be after"},
        {[](ShareInputs& in) { in.transfers = {{2022, QStringLiteral("A"), QStringLiteral("B"), 0.1}}; }, "the year must be after"},
    };
    for (const auto& [change, words] : cases) {
        ShareInputs in = twoProviders();
        change(in);
        BOOST_TEST_INFO(words);
        BOOST_CHECK_EXCEPTION(ShareModel::run(in), Error, [words = words](const Error& e) { return says(e, words); });
    }
}

BOOST_AUTO_TEST_CASE(penetration_inputs_stay_in_their_domains)
{
    BOOST_CHECK_NO_THROW(ShareModel::penetration(2023, 0.28, 0.5, 5, 1000, 0.1));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_EXCEPTION(ShareModel::penetration(2023, 1.2, 0.5, 5, 1000, 0.1), Error, [](const Error& e) { return says(e, "start_share"); });
    BOOST_CHECK_EXCEPTION(ShareModel::penetration(2023, 0.2, nan, 5, 1000, 0.1), Error, [](const Error& e) { return says(e, "target_share"); });
    BOOST_CHECK_EXCEPTION(ShareModel::penetration(2023, 0.2, 0.5, 0, 1000, 0.1), Error, [](const Error& e) { return says(e, "1 to 50 years"); });
    BOOST_CHECK_EXCEPTION(ShareModel::penetration(2023, 0.2, 0.5, 5, -1, 0.1), Error, [](const Error& e) { return says(e, "compute_market"); });
    BOOST_CHECK_EXCEPTION(ShareModel::penetration(2023, 0.2, 0.5, 5, 1000, -1), Error, [](const Error& e) { return says(e, "compute_growth"); });
    BOOST_CHECK_EXCEPTION(ShareModel::penetration(99999, 0.2, 0.5, 5, 1000, 0), Error, [](const Error& e) { return says(e, "start year"); });
}

BOOST_AUTO_TEST_SUITE_END()
