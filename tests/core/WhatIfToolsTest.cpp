#include "scenario/BreakEven.h"
#include "scenario/MixModel.h"
#include "scenario/TwoWayGrid.h"

#include "Error.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace mixshift;

namespace {

MixLevers withLevers(MixLevers levers, const char* x, double xValue, const char* y, double yValue)
{
    setLever(levers, QString::fromLatin1(x), xValue);
    setLever(levers, QString::fromLatin1(y), yValue);
    return levers;
}

} // namespace

BOOST_AUTO_TEST_SUITE(what_if_tools)

BOOST_AUTO_TEST_CASE(every_grid_cell_is_a_plain_run_with_its_two_levers)
{
    const MixLevers base;
    const TwoWayGrid grid = TwoWayGrid::compute(base, SensitivityOutput::MarginAtHorizon,
                                                {QStringLiteral("wind_down"), 0, 0.3, 7},
                                                {QStringLiteral("organic_growth"), 0, 0.4, 5});
    BOOST_REQUIRE_EQUAL(grid.xValues.size(), 7);
    BOOST_REQUIRE_EQUAL(grid.yValues.size(), 5);
    BOOST_REQUIRE_EQUAL(grid.cells.size(), 35);
    BOOST_TEST(grid.xValues[3] == 0.15, boost::test_tools::tolerance(1e-15));
    BOOST_TEST(grid.xValues.back() == 0.3);
    BOOST_TEST(grid.yValues[1] == 0.1, boost::test_tools::tolerance(1e-15));
    for (int j = 0; j < 5; ++j)
        for (int i = 0; i < 7; ++i) {
            const MixLevers run = withLevers(base, "wind_down", grid.xValues[i], "organic_growth", grid.yValues[j]);
            BOOST_TEST(grid.at(i, j) == MixModel::run(run).quarters.back().margin);
        }
    // Both levers held at their base values: the cell is the base run's output.
    const TwoWayGrid atBase = TwoWayGrid::compute(base, SensitivityOutput::EbitaAtHorizon,
                                                  {QStringLiteral("wind_down"), 0.05, 0.05, 2},
                                                  {QStringLiteral("organic_growth"), 0.15, 0.15, 2});
    BOOST_TEST(atBase.at(0, 0) == MixModel::run(base).quarters.back().ebita);
}

BOOST_AUTO_TEST_CASE(a_grid_refuses_what_it_cannot_compute)
{
    const MixLevers base;
    const auto message = [&](const LeverRange& x, const LeverRange& y) {
        try {
            TwoWayGrid::compute(base, SensitivityOutput::EbitaAtHorizon, x, y);
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    BOOST_TEST(message({QStringLiteral("wind_down"), 0, 0.3, 3}, {QStringLiteral("wind_down"), 0, 0.3, 3})
                   .contains(QStringLiteral("two different levers")));
    BOOST_TEST(message({QStringLiteral("wind_down"), 0, 0.3, 1}, {QStringLiteral("conversion"), 0, 1, 3})
                   .contains(QStringLiteral("from 2 to 1001 steps")));
    BOOST_TEST(message({QStringLiteral("wind_down"), 0, 0.9, 3}, {QStringLiteral("conversion"), 0, 1, 3})
                   .contains(QStringLiteral("outside its bounds")));
    BOOST_TEST(message({QStringLiteral("speed"), 0, 1, 3}, {QStringLiteral("conversion"), 0, 1, 3})
                   .contains(QStringLiteral("unknown lever 'speed'")));
}

BOOST_AUTO_TEST_CASE(break_even_finds_the_wind_down_that_reaches_a_margin)
{
    const MixLevers base;
    MixLevers at = base;
    setLever(at, QStringLiteral("wind_down"), 0.2);
    const double target = MixModel::run(at).quarters.back().margin;
    const BreakEven b = BreakEven::solve(base, SensitivityOutput::MarginAtHorizon, QStringLiteral("wind_down"), target);
    BOOST_REQUIRE(b.value);
    BOOST_TEST(*b.value == 0.2, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(b.low == 0);
    BOOST_TEST(b.high == 0.5);
    // The first crossing from the low end: just below it the margin has not reached the target.
    MixLevers below = base;
    setLever(below, QStringLiteral("wind_down"), *b.value - 1e-6);
    BOOST_TEST(MixModel::run(below).quarters.back().margin < target);
}

BOOST_AUTO_TEST_CASE(the_article_question_margin_ten_percent_in_twelve_quarters)
{
    // With the defaults (Alibaba Cloud FY2024 Q2, 30% projects at −5%): the wind-down at which the margin at
    // quarter 12 reaches 10%.
    const MixLevers base;
    const BreakEven b = BreakEven::solve(base, SensitivityOutput::MarginAtHorizon, QStringLiteral("wind_down"), 0.10);
    // No wind-down leaves the margin at 7.9%; the bound, 50% a quarter, takes it to 11.3%.
    BOOST_TEST(b.outputAtLow == 0.0789, boost::test_tools::tolerance(1e-3));
    BOOST_TEST(b.outputAtHigh == 0.1133, boost::test_tools::tolerance(1e-3));
    BOOST_REQUIRE(b.value);
    BOOST_TEST(*b.value > 0.08);
    BOOST_TEST(*b.value < 0.09); // 8.5% a quarter
    MixLevers solved = base;
    setLever(solved, QStringLiteral("wind_down"), *b.value);
    BOOST_TEST(MixModel::run(solved).quarters.back().margin == 0.10, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(an_unreachable_target_says_so_with_the_range_it_spans)
{
    const BreakEven b =
        BreakEven::solve(MixLevers(), SensitivityOutput::MarginAtHorizon, QStringLiteral("wind_down"), 0.9);
    BOOST_TEST(!b.value.has_value());
    BOOST_TEST(b.outputAtLow < 0.9);
    BOOST_TEST(b.outputAtHigh < 0.9);
    // A narrower range than the lever's bounds, checked against them.
    BOOST_CHECK_THROW(BreakEven::solve(MixLevers(), SensitivityOutput::MarginAtHorizon, QStringLiteral("wind_down"),
                                       0.1, 0.0, 0.9),
                      Error);
}

BOOST_AUTO_TEST_SUITE_END()
