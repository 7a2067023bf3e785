#pragma once

#include "EtsFit.h"

#include <vector>

namespace mixshift {

/// One prediction interval: its level (80 for 80%) and bounds per period ahead.
struct PredictionInterval
{
    double level = 0;
    std::vector<double> lower;
    std::vector<double> upper;
};

/// A fitted model's forecast: the mean and variance per period ahead (1 … horizon) and the intervals asked
/// for, normal around the mean. The variance is exact for the linear models (additive error and components,
/// Hyndman et al. 2008 §6.1), exact for a multiplicative error with additive components (§6.2), and the
/// book's second-order approximation for a multiplicative error and season (§6.3) — so every model of
/// EtsModel::all() has analytic intervals and none needs simulating. For a damped trend the approximation
/// damps the trend it carries (R's forecast 8.20 does not, so its mean there is a hair above its own point
/// forecast).
struct EtsForecast
{
    std::vector<double> mean;
    std::vector<double> variance;
    std::vector<PredictionInterval> intervals;

    /// Throws Error for a horizon below 1 or a level outside (0, 100).
    static EtsForecast of(const EtsFit& fit, int horizon, const std::vector<double>& levels = {80, 95});
};

} // namespace mixshift
