#include "ForecastAccuracy.h"

#include <cmath>

namespace mixshift {

ForecastAccuracy ForecastAccuracy::of(const std::vector<double>& history, const std::vector<double>& fitted,
                                      int period)
{
    double absolute = 0;
    double squared = 0;
    double percentage = 0;
    int count = 0;
    for (std::size_t t = 0; t < history.size() && t < fitted.size(); ++t) {
        if (std::isnan(history[t]))
            continue;
        const double error = history[t] - fitted[t];
        absolute += std::abs(error);
        squared += error * error;
        percentage += std::abs(100 * error / history[t]);
        ++count;
    }
    const std::size_t lag = std::size_t(period > 1 ? period : 1);
    double naive = 0;
    int naiveCount = 0;
    for (std::size_t t = lag; t < history.size(); ++t) {
        if (std::isnan(history[t]) || std::isnan(history[t - lag]))
            continue;
        naive += std::abs(history[t] - history[t - lag]);
        ++naiveCount;
    }
    ForecastAccuracy a;
    a.mae = absolute / count;
    a.rmse = std::sqrt(squared / count);
    a.mape = std::isfinite(percentage) ? percentage / count : std::nan("");
    a.mase = naiveCount > 0 && naive > 0 ? a.mae / (naive / naiveCount) : std::nan("");
    return a;
}

} // namespace mixshift
