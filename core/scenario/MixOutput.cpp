#include "MixOutput.h"

#include <QCoreApplication>

namespace mixshift {

const std::vector<MixOutputInfo>& mixOutputs()
{
    using Scale = MixOutputInfo::Scale;
    static const std::vector<MixOutputInfo> outputs{
        {SensitivityOutput::EbitaAtHorizon, "ebita", QT_TRANSLATE_NOOP("MixOutput", "EBITA at the horizon"), Scale::Money},
        {SensitivityOutput::CumulativeRevenue, "revenue",
         QT_TRANSLATE_NOOP("MixOutput", "Cumulative revenue over the horizon"), Scale::Money},
        {SensitivityOutput::MarginAtHorizon, "margin", QT_TRANSLATE_NOOP("MixOutput", "Margin at the horizon"),
         Scale::Fraction},
        {SensitivityOutput::RecoveryQuarter, "recovery",
         QT_TRANSLATE_NOOP("MixOutput", "Quarter revenue is back at the status quo"), Scale::Quarter},
    };
    return outputs;
}

const MixOutputInfo& mixOutput(SensitivityOutput output)
{
    for (const MixOutputInfo& info : mixOutputs())
        if (info.output == output)
            return info;
    return mixOutputs().front();
}

const MixOutputInfo* findMixOutput(const QString& key)
{
    for (const MixOutputInfo& info : mixOutputs())
        if (info.keyText() == key)
            return &info;
    return nullptr;
}

QStringList mixOutputKeys()
{
    QStringList keys;
    for (const MixOutputInfo& info : mixOutputs())
        keys << info.keyText();
    keys.sort(); // as a usage line lists choices
    return keys;
}

QString MixOutputInfo::titleText() const
{
    return QCoreApplication::translate("MixOutput", title);
}

double MixOutputInfo::valueOf(const MixResult& r) const
{
    switch (output) {
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
        return r.recoveryQuarter.value_or(static_cast<int>(r.quarters.size()));
    }
    return 0;
}

QString MixOutputInfo::unitText(const DisplayUnit& money) const
{
    switch (scale) {
    case Scale::Money:
        return money.label;
    case Scale::Fraction:
        return QStringLiteral("%");
    case Scale::Quarter:
        return QCoreApplication::translate("MixOutput", "quarters");
    }
    return {};
}

QString MixOutputInfo::axisTitle(const DisplayUnit& money) const
{
    return scale == Scale::Quarter ? titleText() : QStringLiteral("%1 (%2)").arg(titleText(), unitText(money));
}

double MixOutputInfo::toShown(double value, const DisplayUnit& money) const
{
    switch (scale) {
    case Scale::Money:
        return money.toDisplay(value);
    case Scale::Fraction:
        return value * 100;
    case Scale::Quarter:
        return value;
    }
    return value;
}

double MixOutputInfo::fromShown(double shown, const DisplayUnit& money) const
{
    switch (scale) {
    case Scale::Money:
        return shown * money.scale;
    case Scale::Fraction:
        return shown / 100;
    case Scale::Quarter:
        return shown;
    }
    return shown;
}

QString MixOutputInfo::text(double value, const DisplayUnit& money, bool withUnit) const
{
    switch (scale) {
    case Scale::Money:
        return withUnit ? money.formatWithUnit(value) : money.format(value);
    case Scale::Fraction:
        return formatPercent(value);
    case Scale::Quarter:
        return QString::number(value, 'g', 10);
    }
    return {};
}

} // namespace mixshift
