#pragma once

#include "MixLevers.h"
#include "Sensitivity.h"

#include <QString>

#include <optional>

namespace mixshift {

/// The value of one lever at which an output of the mix model reaches a target by the horizon — the wind-down
/// rate at which the margin reaches 10% in 12 quarters — the other levers at base. The lever is scanned across
/// its bounds (or the range given) and the first crossing, from the low end, is narrowed by bisection; when the
/// output does not reach the target anywhere in the range, there is no value and the output at both ends says
/// how far it is.
struct BreakEven
{
    QString lever;
    double target = 0;
    double low = 0;
    double high = 0;
    double outputAtLow = 0;
    double outputAtHigh = 0;
    /// The lever's value; nullopt: not reachable within [low, high].
    std::optional<double> value;

    /// Throws Error for an unknown lever or a range outside its bounds.
    static BreakEven solve(const MixLevers& base, SensitivityOutput output, const QString& lever, double target,
                           std::optional<double> low = std::nullopt, std::optional<double> high = std::nullopt);
};

} // namespace mixshift
