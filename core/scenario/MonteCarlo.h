#pragma once

#include "MixLevers.h"

#include <QMap>
#include <QString>
#include <QVector>

#include <cstdint>
#include <functional>
#include <vector>

namespace mixshift {

/// How a lever varies across draws: `uniform(a,b)`, `triangular(a,mode,b)`, `normal(mean,sd)` (truncated to the
/// lever's bounds) or `lognormal(mu,sigma)` (of the underlying normal).
struct Distribution
{
    enum class Kind { Uniform, Triangular, Normal, Lognormal };
    Kind kind = Kind::Uniform;
    double a = 0;
    double b = 0;
    double c = 0;

    /// Throws Error naming the forms it accepts.
    static Distribution parse(const QString& text);
};

/// P5, P25, P50, P75, P95 of one quarter.
struct Percentiles
{
    double p5 = 0;
    double p25 = 0;
    double p50 = 0;
    double p75 = 0;
    double p95 = 0;
};

struct MonteCarloSettings
{
    int draws = 10000;
    std::uint64_t seed = 1;
    QMap<QString, Distribution> vary;
    /// For P(margin at H ≥ target).
    double marginTarget = 0.10;

    /// The fan every view draws unless the analyst says otherwise — the workspace, the report and `scenario run
    /// --monte-carlo`: 10,000 draws, seed 1, MonteCarlo::defaultVary.
    static MonteCarloSettings defaults(const MixLevers& levers);
};

struct MonteCarloResult
{
    QVector<Percentiles> revenue;
    QVector<Percentiles> ebita;
    double probabilityRevenueAtLeastBase = 0;
    double probabilityMarginAtLeastTarget = 0;
    int draws = 0;
    bool cancelled = false;
};

/// Draws the varied levers N times (Boost.Random's Mersenne twister and distributions, the same on every
/// platform), runs the mix model for each, and summarises every quarter's revenue and EBITA by percentiles.
/// The draws fall into fixed chunks, each with its own stream from the seed, spread over the machine's cores:
/// the same seed gives the same result whatever the number of threads.
namespace MonteCarlo {

/// The most draws a run takes (each keeps every quarter's revenue and EBITA until the percentiles are taken).
constexpr int maxDraws = 10000000;

MonteCarloResult run(const MixLevers& base, const MonteCarloSettings& settings,
                     const std::function<bool()>& cancelled = {});

/// "LEVER=DIST" entries, as `--vary` takes them, into what varies. Throws Error naming the entry, an unknown lever
/// (listing the valid ones) or a distribution it cannot read.
QMap<QString, Distribution> parseVary(const QStringList& entries);

/// The uncertainty a fan shows unless the analyst says otherwise: the two levers analysts argue about most, each
/// ±50% around its setting (wind-down uniform, organic growth triangular).
QMap<QString, Distribution> defaultVary(const MixLevers& levers);
/// defaultVary in words.
QString defaultVaryText();

/// Type-7 P5, P25, P50, P75 and P95 (linear between order statistics) of `values`, which it reorders.
Percentiles percentiles(std::vector<double>& values);

} // namespace MonteCarlo

} // namespace mixshift
