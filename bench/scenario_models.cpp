// Speed of the scenario models: one deterministic run, Monte Carlo through the library, and a tight single-threaded
// loop of the same arithmetic as the lower bound Monte Carlo is measured against. See bench/README.md.
#include "scenario/MixModel.h"
#include "scenario/MonteCarlo.h"
#include "scenario/TwoWayGrid.h"

#include <benchmark/benchmark.h>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/triangle_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace mixshift;

namespace {

constexpr int draws = 10000;

MixLevers levers(int horizon)
{
    MixLevers l;
    l.baseEbita = 14.09e8;
    l.horizon = horizon;
    return l;
}

MonteCarloSettings varied()
{
    MonteCarloSettings s;
    s.draws = draws;
    s.seed = 42;
    s.vary.insert(QStringLiteral("wind_down"), Distribution::parse(QStringLiteral("uniform(0.02,0.15)")));
    s.vary.insert(QStringLiteral("organic_growth"), Distribution::parse(QStringLiteral("triangular(0.05,0.15,0.3)")));
    s.vary.insert(QStringLiteral("project_margin"), Distribution::parse(QStringLiteral("normal(-0.05,0.02)")));
    return s;
}

void deterministic12Quarters(benchmark::State& state)
{
    const MixLevers l = levers(12);
    for (auto _ : state)
        benchmark::DoNotOptimize(MixModel::run(l));
}

void monteCarlo(benchmark::State& state)
{
    const MixLevers l = levers(40);
    const MonteCarloSettings s = varied();
    for (auto _ : state)
        benchmark::DoNotOptimize(MonteCarlo::run(l, s));
}

// The least any implementation must do: draw three levers, run the path's recurrence with no status quo, bridge or
// year-on-year figures, write revenue and EBITA, then take each quarter's percentiles — on one thread.
void tightLoop(benchmark::State& state)
{
    const MixLevers base = levers(40);
    const int quarters = base.horizon + 1;
    std::vector<double> revenue(static_cast<std::size_t>(draws) * quarters);
    std::vector<double> ebita(revenue.size());
    std::vector<double> column(draws);
    for (auto _ : state) {
        boost::random::mt19937 generator(42);
        boost::random::uniform_real_distribution<double> windDownDraw(0.02, 0.15);
        boost::random::triangle_distribution<double> growthDraw(0.05, 0.15, 0.3);
        boost::random::normal_distribution<double> marginDraw(-0.05, 0.02);
        for (int i = 0; i < draws; ++i) {
            MixLevers l = base;
            const double d = windDownDraw(generator);
            l.organicGrowth = growthDraw(generator);
            l.projectMargin = std::clamp(marginDraw(generator), -1.0, 1.0);
            const double g = std::pow(1.0 + l.organicGrowth, 0.25) - 1.0 + std::pow(1.0 + l.aiUplift, 0.25) - 1.0;
            const double mC = l.effectivePublicMargin();
            double* rev = &revenue[static_cast<std::size_t>(i) * quarters];
            double* eb = &ebita[static_cast<std::size_t>(i) * quarters];
            double project[64];
            double publicCloud = (1.0 - l.projectShare) * l.baseRevenue;
            const double publicCloud0 = publicCloud;
            project[0] = l.projectShare * l.baseRevenue;
            for (int t = 0; t < quarters; ++t) {
                if (t > 0) {
                    project[t] = project[t - 1] * (1.0 - d);
                    const int from = t - 1 - l.conversionLag;
                    publicCloud += publicCloud * g + (from >= 0 ? l.conversion * d * project[from] : 0.0);
                }
                const double margin = std::min(mC + l.leverage * std::log2(publicCloud / publicCloud0), std::max(mC, l.marginCap));
                rev[t] = project[t] + publicCloud;
                eb[t] = l.projectMargin * project[t] + margin * publicCloud;
            }
        }
        for (const std::vector<double>* values : {&revenue, &ebita}) {
            for (int t = 0; t < quarters; ++t) {
                for (int i = 0; i < draws; ++i)
                    column[i] = (*values)[static_cast<std::size_t>(i) * quarters + t];
                benchmark::DoNotOptimize(MonteCarlo::percentiles(column));
            }
        }
        benchmark::ClobberMemory();
    }
}

} // namespace

// A 41 × 41 grid of the margin at the horizon (issue 13's goal: under 50 ms): 1,681 runs of the model.
void grid41x41(benchmark::State& state)
{
    const mixshift::MixLevers base;
    for (auto _ : state) {
        const auto grid = mixshift::TwoWayGrid::compute(base, mixshift::SensitivityOutput::MarginAtHorizon,
                                                        {QStringLiteral("wind_down"), 0, 0.4, 41},
                                                        {QStringLiteral("organic_growth"), 0, 0.8, 41});
        benchmark::DoNotOptimize(grid.cells.data());
    }
}

BENCHMARK(deterministic12Quarters)->Unit(benchmark::kMicrosecond);
BENCHMARK(grid41x41)->Unit(benchmark::kMillisecond);
BENCHMARK(monteCarlo)->Name("monteCarlo10000x40")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(tightLoop)->Name("tightLoop10000x40")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
