#include "EtsStart.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mixshift {

namespace {

// The history with each gap bridged by a straight line between its neighbours (held flat before the first and
// after the last value).
std::vector<double> bridged(const std::vector<double>& history)
{
    std::vector<double> y = history;
    const auto n = std::ptrdiff_t(y.size());
    std::ptrdiff_t previous = -1;
    for (std::ptrdiff_t t = 0; t < n; ++t) {
        if (std::isnan(y[std::size_t(t)]))
            continue;
        for (std::ptrdiff_t g = previous + 1; g < t; ++g)
            y[std::size_t(g)] = previous < 0 ? y[std::size_t(t)]
                                             : y[std::size_t(previous)]
                                                   + (y[std::size_t(t)] - y[std::size_t(previous)]) * double(g - previous)
                                                         / double(t - previous);
        previous = t;
    }
    for (std::ptrdiff_t g = previous + 1; previous >= 0 && g < n; ++g)
        y[std::size_t(g)] = y[std::size_t(previous)];
    return y;
}

// The seasonal figure of a classical decomposition: a centred moving average over one season (2×m for an even
// m) as the trend, the values' ratio to it (or difference) averaged by position, normalised to mean 1 (or 0).
std::vector<double> seasonalFigure(const std::vector<double>& y, int m, bool multiplicative)
{
    const int n = int(y.size());
    const int half = m / 2;
    std::vector<double> sum(std::size_t(m), 0.0);
    std::vector<int> count(std::size_t(m), 0);
    for (int t = half; t + half < n; ++t) {
        double trend = 0;
        for (int k = -half; k <= half; ++k) {
            const double weight = (m % 2 == 0 && (k == -half || k == half)) ? 0.5 : 1.0;
            trend += weight * y[std::size_t(t + k)];
        }
        trend /= m;
        sum[std::size_t(t % m)] += multiplicative ? y[std::size_t(t)] / trend : y[std::size_t(t)] - trend;
        ++count[std::size_t(t % m)];
    }
    std::vector<double> figure(static_cast<std::size_t>(m));
    for (int i = 0; i < m; ++i)
        figure[std::size_t(i)] = sum[std::size_t(i)] / count[std::size_t(i)];
    const double mean = std::accumulate(figure.begin(), figure.end(), 0.0) / m;
    for (double& f : figure)
        f = multiplicative ? f / mean : f - mean;
    return figure;
}

} // namespace

EtsStates etsStartingStates(const EtsModel& model, const std::vector<double>& history, int period)
{
    std::vector<double> adjusted = bridged(history);
    EtsStates states;
    if (model.seasonal()) {
        const int m = period;
        const bool multiplicative = model.season == EtsModel::Season::Multiplicative;
        const std::vector<double> figure = seasonalFigure(adjusted, m, multiplicative);
        // The newest index first: the season before the history's first period is figure[m − 1].
        states.seasons.resize(std::size_t(m));
        for (int j = 0; j + 1 < m; ++j)
            states.seasons[std::size_t(j)] = figure[std::size_t(m - 1 - j)];
        if (multiplicative) {
            double sum = 0;
            for (int j = 0; j + 1 < m; ++j) {
                states.seasons[std::size_t(j)] = std::max(states.seasons[std::size_t(j)], 0.01);
                sum += states.seasons[std::size_t(j)];
            }
            if (sum > m)
                for (int j = 0; j + 1 < m; ++j)
                    states.seasons[std::size_t(j)] /= sum + 0.01 * (m - 1);
        }
        double others = 0;
        for (int j = 0; j + 1 < m; ++j)
            others += states.seasons[std::size_t(j)];
        states.seasons[std::size_t(m - 1)] = (multiplicative ? m : 0) - others;
        for (std::size_t t = 0; t < adjusted.size(); ++t) {
            const double f = figure[t % std::size_t(m)];
            adjusted[t] = multiplicative ? adjusted[t] / std::max(f, 0.01) : adjusted[t] - f;
        }
    }
    const int fitted = std::min(std::max(10, model.seasonal() ? 2 * period : 2), int(adjusted.size()));
    if (!model.hasTrend()) {
        states.level = std::accumulate(adjusted.begin(), adjusted.begin() + fitted, 0.0) / fitted;
        return states;
    }
    // Least squares through (1, y1) … (fitted, y_fitted): the level is the line at 0, the trend its slope.
    const double meanT = (fitted + 1) / 2.0;
    const double meanY = std::accumulate(adjusted.begin(), adjusted.begin() + fitted, 0.0) / fitted;
    double covariance = 0;
    double variance = 0;
    for (int t = 1; t <= fitted; ++t) {
        covariance += (t - meanT) * (adjusted[std::size_t(t - 1)] - meanY);
        variance += (t - meanT) * (t - meanT);
    }
    states.trend = variance > 0 ? covariance / variance : 0;
    states.level = meanY - states.trend * meanT;
    if (std::abs(states.level + states.trend) < 1e-8) {
        // A multiplicative error divides by the first forecast: keep it off zero.
        states.level *= 1 + 1e-3;
        states.trend *= 1 - 1e-3;
    }
    return states;
}

EtsParameters etsStartingParameters(const EtsModel& model, int period)
{
    const int m = model.seasonal() ? period : 1;
    constexpr double low = EtsBounds::smoothingLow;
    constexpr double high = EtsBounds::smoothingHigh;
    EtsParameters p;
    p.alpha = low + 0.2 * (high - low) / m;
    if (model.hasTrend())
        p.beta = low + 0.1 * (std::min(high, p.alpha) - low);
    if (model.seasonal())
        p.gamma = low + 0.05 * (std::min(high, 1 - p.alpha) - low);
    if (model.trend == EtsModel::Trend::Damped)
        p.phi = EtsBounds::phiLow + 0.99 * (EtsBounds::phiHigh - EtsBounds::phiLow);
    return p;
}

} // namespace mixshift
