#pragma once

#include "MixLevers.h"
#include "MixOutput.h"

#include <QString>
#include <QVector>

namespace mixshift {

struct LeverSwing
{
    QString lever;
    double low = 0;
    double high = 0;
    /// The output with the lever at its low and at its high bound, the others at base.
    double outputAtLow = 0;
    double outputAtHigh = 0;
};

/// One-at-a-time sensitivity for a tornado chart: each continuous lever swung across its bounds (or the range
/// given for it), sorted by the width of its effect on the chosen output, widest first.
namespace Sensitivity {

/// The output of a plain run with these levers.
double output(const MixLevers& levers, SensitivityOutput output);
QVector<LeverSwing> tornado(const MixLevers& base, SensitivityOutput output, const QStringList& levers = {});

} // namespace Sensitivity

} // namespace mixshift
