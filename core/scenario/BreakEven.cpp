#include "BreakEven.h"

#include <cmath>

namespace mixshift {

namespace {

// Scan points across the range: enough to find a first crossing of the smooth outputs and the recovery
// quarter's steps; bisection then narrows it to the double's precision.
constexpr int scanPoints = 256;
constexpr int bisections = 80;

} // namespace

BreakEven BreakEven::solve(const MixLevers& base, SensitivityOutput output, const QString& lever, double target,
                           std::optional<double> low, std::optional<double> high)
{
    const LeverInfo& info = knownLever(lever);
    BreakEven result;
    result.lever = lever;
    result.target = target;
    result.low = low.value_or(info.low);
    result.high = high.value_or(info.high);
    MixLevers levers = base;
    const auto gap = [&](double value) {
        setLever(levers, lever, value);
        return Sensitivity::output(levers, output) - target;
    };
    double previousValue = result.low;
    double previousGap = gap(previousValue);
    result.outputAtLow = previousGap + target;
    result.outputAtHigh = gap(result.high) + target;
    if (previousGap == 0) {
        result.value = previousValue;
        return result;
    }
    for (int i = 1; i <= scanPoints; ++i) {
        const double value = i == scanPoints ? result.high
                                             : result.low + (result.high - result.low) * i / scanPoints;
        const double g = gap(value);
        if (g == 0) {
            result.value = value;
            return result;
        }
        if ((g > 0) != (previousGap > 0)) {
            // The crossing lies in (previousValue, value]: bisect, keeping the side that has not reached it.
            double a = previousValue;
            double b = value;
            for (int k = 0; k < bisections && a != b; ++k) {
                const double mid = a + (b - a) / 2;
                if (mid == a || mid == b)
                    break;
                if ((gap(mid) > 0) == (previousGap > 0))
                    a = mid;
                else
                    b = mid;
            }
            result.value = b;
            return result;
        }
        previousValue = value;
        previousGap = g;
    }
    return result;
}

} // namespace mixshift
