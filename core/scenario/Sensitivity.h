#pragma once

#include "MixLevers.h"
#include "domain/Unit.h"

#include <QString>
#include <QVector>

namespace mixshift {

/// The outputs a tornado can rank levers by.
enum class SensitivityOutput { EbitaAtHorizon, CumulativeRevenue, MarginAtHorizon, RecoveryQuarter };

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

double output(const MixLevers& levers, SensitivityOutput output);
/// An output's value as a person reads it: money as a number in `money` (276.48) or with its unit (276.48 億元),
/// the margin as a percentage, the recovery quarter a number.
QString outputText(SensitivityOutput output, double value, const DisplayUnit& money, bool withUnit);
QVector<LeverSwing> tornado(const MixLevers& base, SensitivityOutput output, const QStringList& levers = {});

} // namespace Sensitivity

} // namespace mixshift
