#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

namespace mixshift {

/// A status quo given as a forecast of the provider's revenue (product.md §6.5): each quarter's revenue after the
/// base quarter as a multiple of the base quarter's (t = 1, 2, …), and the model that made it ("ETS(M,A,N)").
struct ForecastStatusQuo
{
    QString model;
    /// What it was made from: "5 quarters to FY2024 Q2, 6 missing".
    QString basis;
    QVector<double> growth;
};

/// The levers of the revenue-mix model (product.md §6.1). Fractions are decimals (0.3 = 30%); growth rates are
/// annual and applied quarterly as (1+x)^(1/4) − 1; wind-down is per quarter.
struct MixLevers
{
    /// Every lever at its default, as mixLeverInfo() gives it (the one place defaults are written).
    MixLevers();

    double baseRevenue = 0;
    /// The base quarter's EBITA; when set, it implies the public-cloud margin (publicMargin is then ignored).
    std::optional<double> baseEbita;
    double projectShare = 0;
    double projectMargin = 0;
    double publicMargin = 0;
    double windDown = 0;
    double conversion = 0;
    int conversionLag = 0;
    double organicGrowth = 0;
    double aiUplift = 0;
    double leverage = 0;
    double marginCap = 0;
    int horizon = 0;
    /// What the path is measured against: none for the model's own path without wind-down (d = 0).
    std::optional<ForecastStatusQuo> statusQuo;

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
    /// An assumption the analyst makes — what a tornado swings, a grid spans and a break-even solves for — not the
    /// base quarter's figures (data) nor the horizon (the question's "by when").
    bool isAssumption() const;
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
