#include "Sensitivity.h"

#include "MixModel.h"

#include <algorithm>
#include <cmath>

namespace mixshift::Sensitivity {

double output(const MixLevers& levers, SensitivityOutput which)
{
    return mixOutput(which).valueOf(MixModel::run(levers));
}

QVector<LeverSwing> tornado(const MixLevers& base, SensitivityOutput which, const QStringList& levers)
{
    QVector<LeverSwing> swings;
    for (const LeverInfo& info : mixLeverInfo()) {
        const QString name = QString::fromLatin1(info.name);
        if (!info.isAssumption())
            continue;
        if (!levers.isEmpty() && !levers.contains(name))
            continue;
        if (name == QLatin1String("public_margin") && base.baseEbita)
            continue; // implied by the base quarter, so swinging it changes nothing
        LeverSwing swing{name, info.low, info.high, 0, 0};
        MixLevers low = base;
        info.set(low, info.low);
        MixLevers high = base;
        info.set(high, info.high);
        swing.outputAtLow = output(low, which);
        swing.outputAtHigh = output(high, which);
        swings.append(swing);
    }
    std::stable_sort(swings.begin(), swings.end(), [](const LeverSwing& a, const LeverSwing& b) {
        return std::abs(a.outputAtHigh - a.outputAtLow) > std::abs(b.outputAtHigh - b.outputAtLow);
    });
    return swings;
}

} // namespace mixshift::Sensitivity
