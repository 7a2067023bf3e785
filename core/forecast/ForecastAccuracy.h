#pragma once

#include <vector>

namespace mixshift {

/// How well a model's one-step forecasts fitted the history it was fitted to (R's accuracy() on the training
/// set): mean absolute and root mean squared error in the series' unit, mean absolute percentage error, and the
/// mean absolute error scaled by that of the seasonal naive forecast (the value one season earlier; the last
/// value for a series without a season). Gaps count in none of them. NaN where a figure is undefined (MAPE with
/// a zero value, MASE for a history without two values a season apart).
struct ForecastAccuracy
{
    double mae = 0;
    double rmse = 0;
    double mape = 0;
    double mase = 0;

    static ForecastAccuracy of(const std::vector<double>& history, const std::vector<double>& fitted, int period);
};

} // namespace mixshift
