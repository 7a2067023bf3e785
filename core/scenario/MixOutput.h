#pragma once

#include "MixModel.h"
#include "domain/Unit.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mixshift {

/// The outputs of a mix run that the tornado, the grid, the heat map and the break-even speak of.
enum class SensitivityOutput { EbitaAtHorizon, CumulativeRevenue, MarginAtHorizon, RecoveryQuarter };

/// One output as every view presents it — the key a command line types, its title, its scale — written once for
/// the command line, the workspace and the report.
struct MixOutputInfo
{
    enum class Scale { Money, Fraction, Quarter };

    SensitivityOutput output;
    /// "ebita", as `--output` and `--tornado` take it.
    const char* key;
    /// "EBITA at the horizon".
    const char* title;
    Scale scale;

    QString keyText() const { return QString::fromLatin1(key); }
    QString titleText() const;
    /// The output's value in `result`; never recovering within the horizon counts as one quarter beyond it.
    double valueOf(const MixResult& result) const;
    /// The unit a person reads the output in: the money's display unit (億元), "%" or "quarters".
    QString unitText(const DisplayUnit& money) const;
    /// The title with its unit, for an axis or a colour scale: "EBITA at the horizon (億元)".
    QString axisTitle(const DisplayUnit& money) const;
    /// A value as an axis, a spin box or a colour scale shows it (money in the display unit, a fraction in
    /// percent), and back.
    double toShown(double value, const DisplayUnit& money) const;
    double fromShown(double shown, const DisplayUnit& money) const;
    /// As a person reads it: money as a number in `money` (276.48) or with its unit (276.48 億元), the margin as a
    /// percentage, the recovery quarter a number.
    QString text(double value, const DisplayUnit& money, bool withUnit) const;
};

const std::vector<MixOutputInfo>& mixOutputs();
const MixOutputInfo& mixOutput(SensitivityOutput output);
/// The output a key names, or nothing.
const MixOutputInfo* findMixOutput(const QString& key);
QStringList mixOutputKeys();

} // namespace mixshift
