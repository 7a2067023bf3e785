#include "Sensitivity.h"

#include "MixModel.h"

#include <algorithm>
#include <cmath>

namespace mixshift::Sensitivity {

double output(const MixLevers& levers, SensitivityOutput which)
{
    const MixResult r = MixModel::run(levers);
    switch (which) {
    case SensitivityOutput::EbitaAtHorizon:
        return r.quarters.back().ebita;
    case SensitivityOutput::CumulativeRevenue: {
        double sum = 0;
        for (const MixQuarter& q : r.quarters)
            if (q.t > 0)
                sum += q.revenue;
        return sum;
    }
    case SensitivityOutput::MarginAtHorizon:
        return r.quarters.back().margin;
    case SensitivityOutput::RecoveryQuarter:
        // Never recovering within the horizon counts as one quarter beyond it.
        return r.recoveryQuarter.value_or(levers.horizon + 1);
    }
    return 0;
}

QString outputText(SensitivityOutput output, double value, const DisplayUnit& money, bool withUnit)
{
    if (output == SensitivityOutput::MarginAtHorizon)
        return formatPercent(value);
    if (output == SensitivityOutput::RecoveryQuarter)
        return QString::number(value, 'g', 10);
    return withUnit ? money.formatWithUnit(value) : money.format(value);
}

QVector<LeverSwing> tornado(const MixLevers& base, SensitivityOutput which, const QStringList& levers)
{
    QVector<LeverSwing> swings;
    for (const LeverInfo& info : mixLeverInfo()) {
        const QString name = QString::fromLatin1(info.name);
        // The base quarter is data, not a lever to swing; the horizon changes what "at H" means.
        if (name.startsWith(QLatin1String("base_")) || name == QLatin1String("horizon"))
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
