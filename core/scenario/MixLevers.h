#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mixshift {

/// The levers of the revenue-mix model (product.md §6.1). Fractions are decimals (0.3 = 30%); growth rates are
/// annual and applied quarterly as (1+x)^(1/4) − 1; wind-down is per quarter.
struct MixLevers
{
    double baseRevenue = 276.48e8;
    /// The base quarter's EBITA; when set, it implies the public-cloud margin (publicMargin is then ignored).
    std::optional<double> baseEbita = 14.09e8;
    double projectShare = 0.30;
    double projectMargin = -0.05;
    double publicMargin = 0.08;
    double windDown = 0.05;
    double conversion = 0.30;
    int conversionLag = 2;
    double organicGrowth = 0.15;
    double aiUplift = 0.05;
    double leverage = 0.02;
    double marginCap = 0.35;
    int horizon = 12;

    /// The public-cloud margin the model uses: implied by the base EBITA when there is one.
    double effectivePublicMargin() const;
};

/// One lever as the command line and the scenario panel know it: the key a user types, its name in words,
/// bounds, default and why that default.
struct LeverInfo
{
    const char* name;
    /// "Project-based share of revenue".
    const char* title;
    double low;
    double high;
    double defaultValue;
    const char* unit;
    const char* reason;
    double (*get)(const MixLevers&);
    void (*set)(MixLevers&, double);

    /// The title and the reason in the language of the interface.
    QString titleText() const { return QCoreApplication::translate("MixLevers", title); }
    QString reasonText() const { return QCoreApplication::translate("MixLevers", reason); }
    /// A fraction, a fraction per period or a margin change: read by people as a percentage.
    bool isPercent() const;
    /// What a rate lever's percentage is per, in words: "a quarter", "a year", "points per doubling"; empty for
    /// a plain fraction and for levers that are not percentages.
    QString rateText() const;
    /// `value` as a person reads it: "30%", "−5%", "5% a quarter", "15% a year", "2 points per doubling",
    /// "2 quarters", or money in `currency`'s display unit ("276.48 億元").
    QString format(double value, const QString& currency = QStringLiteral("CNY")) const;
};

/// Every lever with its bounds and the reasoning behind its default — the one place they are written down.
const std::vector<LeverInfo>& mixLeverInfo();
const LeverInfo* findLever(const QString& name);
/// The same for a name that must be a lever: throws Error for an unknown one, listing the valid ones.
const LeverInfo& knownLever(const QString& name);
QStringList mixLeverNames();

/// Reads or sets a lever by name (base_ebita accepts NaN for "not given"). Set throws Error for an unknown name
/// or a value outside the lever's bounds, listing the valid ones.
double leverValue(const MixLevers& levers, const QString& name);
void setLever(MixLevers& levers, const QString& name, double value);

} // namespace mixshift
