// Speed of ETS fitting: the automatic choice among all fifteen models and one model's fit, on a 40-quarter series
// smooth and noisy and on 144 months, against one pass of the likelihood's recursion over the same series (the
// unit every optimiser step pays). See bench/README.md.
#include "forecast/EtsFit.h"
#include "forecast/EtsForecast.h"

#include <benchmark/benchmark.h>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>

#include <cmath>
#include <vector>

using namespace mixshift;

namespace {

// Revenue-like: growing 3% a quarter with a ±8% season; noisy adds 5% multiplicative noise (seeded).
std::vector<double> series(int length, int period, bool noisy)
{
    boost::random::mt19937 generator(7);
    boost::random::normal_distribution<double> noise(0, 0.05);
    std::vector<double> y;
    for (int t = 0; t < length; ++t) {
        double value = 100 * std::pow(1.03, t) * (1 + 0.08 * std::sin(2 * M_PI * t / period));
        if (noisy)
            value *= 1 + noise(generator);
        y.push_back(value);
    }
    return y;
}

void chooseAll(benchmark::State& state, int length, int period, bool noisy)
{
    const std::vector<double> y = series(length, period, noisy);
    for (auto _ : state)
        benchmark::DoNotOptimize(chooseEts(y, period));
}

void fitOne(benchmark::State& state, int length, int period, bool noisy)
{
    const std::vector<double> y = series(length, period, noisy);
    const EtsModel mam = *EtsModel::parse(QStringLiteral("MAM"));
    for (auto _ : state)
        benchmark::DoNotOptimize(EtsForecast::of(fitEts(mam, y, period), 8));
}

void onePass(benchmark::State& state, int length, int period, bool noisy)
{
    const std::vector<double> y = series(length, period, noisy);
    const EtsFit fit = fitEts(*EtsModel::parse(QStringLiteral("MAM")), y, period);
    for (auto _ : state)
        benchmark::DoNotOptimize(etsFilter(fit.model, fit.parameters, fit.initial, y));
}

} // namespace

BENCHMARK_CAPTURE(chooseAll, smooth40q, 40, 4, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(chooseAll, noisy40q, 40, 4, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(chooseAll, noisy144m, 144, 12, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(fitOne, noisy40q, 40, 4, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(onePass, smooth40q, 40, 4, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(onePass, noisy40q, 40, 4, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(onePass, noisy144m, 144, 12, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
