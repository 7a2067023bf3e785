#include "MixLevers.h"

#include "Error.h"
#include "domain/Unit.h"

#include <QCoreApplication>

#include <cmath>

namespace mixshift {

MixLevers::MixLevers()
{
    for (const LeverInfo& info : mixLeverInfo())
        info.set(*this, info.defaultValue);
}

double MixLevers::effectivePublicMargin() const
{
    if (!baseEbita || baseRevenue <= 0 || projectShare >= 1)
        return publicMargin;
    // The base quarter agrees with itself: E0/R0 = mP·s0 + mC·(1 − s0).
    return (*baseEbita / baseRevenue - projectMargin * projectShare) / (1.0 - projectShare);
}

// Each lever: name, bounds, default, unit, the reasoning behind the default, and how to read and write it.
const std::vector<LeverInfo>& mixLeverInfo()
{
    static const std::vector<LeverInfo> levers{
        {"base_revenue", QT_TRANSLATE_NOOP("MixLevers", "Base-quarter revenue"), 0, 1e13, 276.48e8, "CNY",
         QT_TRANSLATE_NOOP("MixLevers", "Alibaba Cloud's FY2024 Q2 revenue, 276.48 億元 (the article); replaced by the project's base quarter"),
         [](const MixLevers& m) { return m.baseRevenue; }, [](MixLevers& m, double v) { m.baseRevenue = v; }},
        {"base_ebita", QT_TRANSLATE_NOOP("MixLevers", "Base-quarter adjusted EBITA"), -1e13, 1e13, 14.09e8, "CNY",
         QT_TRANSLATE_NOOP("MixLevers", "Alibaba Cloud's FY2024 Q2 adjusted EBITA, 14.09 億元 (the article); it fixes the public-cloud margin"),
         [](const MixLevers& m) { return m.baseEbita.value_or(std::nan("")); },
         [](MixLevers& m, double v) { m.baseEbita = std::isnan(v) ? std::optional<double>() : v; }},
        {"project_share", QT_TRANSLATE_NOOP("MixLevers", "Project-based share of revenue"), 0, 0.95, 0.30, "fraction",
         QT_TRANSLATE_NOOP("MixLevers", "not disclosed; 30% is a round assumption for a provider known for large integration projects"),
         [](const MixLevers& m) { return m.projectShare; }, [](MixLevers& m, double v) { m.projectShare = v; }},
        {"project_margin", QT_TRANSLATE_NOOP("MixLevers", "Margin on project revenue"), -0.5, 0.5, -0.05, "fraction",
         QT_TRANSLATE_NOOP("MixLevers", "integration work carries custom effort and hardware resale (the article's 增收不增利): a 5% loss is assumed"),
         [](const MixLevers& m) { return m.projectMargin; }, [](MixLevers& m, double v) { m.projectMargin = v; }},
        {"public_margin", QT_TRANSLATE_NOOP("MixLevers", "Margin on public-cloud revenue"), -0.5, 0.8, 0.08, "fraction",
         QT_TRANSLATE_NOOP("MixLevers", "used only without a base EBITA; with the article's base quarter it is implied (about 9.4%)"),
         [](const MixLevers& m) { return m.publicMargin; }, [](MixLevers& m, double v) { m.publicMargin = v; }},
        {"wind_down", QT_TRANSLATE_NOOP("MixLevers", "Quarterly wind-down of project revenue"), 0, 0.5, 0.05, "fraction per quarter",
         QT_TRANSLATE_NOOP("MixLevers", "the article's 減少項目制銷售訂單: a twentieth of project revenue dropped each quarter"),
         [](const MixLevers& m) { return m.windDown; }, [](MixLevers& m, double v) { m.windDown = v; }},
        {"conversion", QT_TRANSLATE_NOOP("MixLevers", "Dropped project revenue won back as public cloud"), 0, 1, 0.30, "fraction",
         QT_TRANSLATE_NOOP("MixLevers", "share of dropped project revenue that customers bring back as public-cloud use; an assumption"),
         [](const MixLevers& m) { return m.conversion; }, [](MixLevers& m, double v) { m.conversion = v; }},
        {"conversion_lag", QT_TRANSLATE_NOOP("MixLevers", "Delay before it comes back"), 0, 8, 2, "quarters", QT_TRANSLATE_NOOP("MixLevers", "migrations take about half a year"),
         [](const MixLevers& m) { return double(m.conversionLag); },
         [](MixLevers& m, double v) { m.conversionLag = static_cast<int>(std::lround(v)); }},
        {"organic_growth", QT_TRANSLATE_NOOP("MixLevers", "Organic public-cloud growth"), -0.5, 2, 0.15, "annual",
         QT_TRANSLATE_NOOP("MixLevers", "public-cloud growth between AWS's 12% and Azure's 29% (2023 Q3, the article)"),
         [](const MixLevers& m) { return m.organicGrowth; }, [](MixLevers& m, double v) { m.organicGrowth = v; }},
        {"ai_uplift", QT_TRANSLATE_NOOP("MixLevers", "Extra growth from AI workloads"), 0, 1, 0.05, "annual",
         QT_TRANSLATE_NOOP("MixLevers", "extra public-cloud growth from AI workloads; China's AI public cloud grew 80.6% in 2022 (IDC, the article) "
         "from a small base"),
         [](const MixLevers& m) { return m.aiUplift; }, [](MixLevers& m, double v) { m.aiUplift = v; }},
        {"leverage", QT_TRANSLATE_NOOP("MixLevers", "Margin gain per doubling of public cloud"), 0, 0.2, 0.02, "margin per doubling",
         QT_TRANSLATE_NOOP("MixLevers", "standardised services spread fixed costs: two margin points per doubling of public-cloud revenue"),
         [](const MixLevers& m) { return m.leverage; }, [](MixLevers& m, double v) { m.leverage = v; }},
        {"margin_cap", QT_TRANSLATE_NOOP("MixLevers", "Ceiling on the public-cloud margin"), 0, 0.8, 0.35, "fraction", QT_TRANSLATE_NOOP("MixLevers", "AWS's FY2022 margin was 28.5% (the article); 35% caps the leverage"),
         [](const MixLevers& m) { return m.marginCap; }, [](MixLevers& m, double v) { m.marginCap = v; }},
        {"horizon", QT_TRANSLATE_NOOP("MixLevers", "Quarters projected"), 1, 40, 12, "quarters", QT_TRANSLATE_NOOP("MixLevers", "three years, as product.md §6.1 suggests"),
         [](const MixLevers& m) { return double(m.horizon); },
         [](MixLevers& m, double v) { m.horizon = static_cast<int>(std::lround(v)); }},
    };
    return levers;
}

bool LeverInfo::isPercent() const
{
    const QByteArray kind(unit);
    return kind.startsWith("fraction") || kind == "annual" || kind == "margin per doubling";
}

bool LeverInfo::isAssumption() const
{
    const QByteArray key(name);
    return !key.startsWith("base_") && key != "horizon";
}

QString LeverInfo::format(double value, const QString& currency) const
{
    const QByteArray kind(unit);
    if (std::isnan(value))
        return QStringLiteral("—");
    if (kind == "quarters")
        return value == 1 ? QCoreApplication::translate("MixLevers", "1 quarter") : QCoreApplication::translate("MixLevers", "%1 quarters").arg(value);
    if (!isPercent())
        return DisplayUnit::forValue(QStringLiteral("money"), currency, {}).formatWithUnit(value);
    // Up to two decimals, none that are zero; a minus sign, not a hyphen.
    const double percent = std::abs(value) < 0.00005 ? 0.0 : value * 100;
    QString number = QString::number(percent, 'f', 2);
    while (number.contains(QLatin1Char('.')) && (number.endsWith(QLatin1Char('0')) || number.endsWith(QLatin1Char('.'))))
        number.chop(1);
    if (number.startsWith(QLatin1Char('-')))
        number.replace(0, 1, QChar(0x2212));
    // The whole of each phrase is translated, so that a translation may put the number elsewhere.
    if (kind == "margin per doubling")
        return QCoreApplication::translate("MixLevers", "%1 points per doubling").arg(number);
    if (kind == "fraction per quarter")
        return QCoreApplication::translate("MixLevers", "%1% a quarter").arg(number);
    if (kind == "annual")
        return QCoreApplication::translate("MixLevers", "%1% a year").arg(number);
    return number + QLatin1Char('%');
}

QString LeverInfo::rateText() const
{
    const QByteArray kind(unit);
    if (kind == "fraction per quarter")
        return QCoreApplication::translate("MixLevers", "a quarter");
    if (kind == "annual")
        return QCoreApplication::translate("MixLevers", "a year");
    if (kind == "margin per doubling")
        return QCoreApplication::translate("MixLevers", "points per doubling");
    return {};
}

const LeverInfo* findLever(const QString& name)
{
    for (const LeverInfo& lever : mixLeverInfo())
        if (name == QLatin1String(lever.name))
            return &lever;
    return nullptr;
}

QStringList mixLeverNames()
{
    QStringList names;
    for (const LeverInfo& lever : mixLeverInfo())
        names << QString::fromLatin1(lever.name);
    return names;
}

const LeverInfo& knownLever(const QString& name)
{
    const LeverInfo* info = findLever(name);
    if (!info)
        throw Error(QCoreApplication::translate("MixLevers", "unknown lever '%1' (levers: %2)").arg(name, mixLeverNames().join(QLatin1Char(' '))));
    return *info;
}

double leverValue(const MixLevers& levers, const QString& name)
{
    return knownLever(name).get(levers);
}

void setLever(MixLevers& levers, const QString& name, double value)
{
    const LeverInfo& info = knownLever(name);
    const bool absentEbita = name == QLatin1String("base_ebita") && std::isnan(value);
    if (!absentEbita && !(value >= info.low && value <= info.high))
        throw Error(QCoreApplication::translate("MixLevers", "lever %1 = %2 is outside its bounds %3 … %4 (%5)")
                        .arg(name)
                        .arg(value)
                        .arg(info.low)
                        .arg(info.high)
                        .arg(QString::fromUtf8(info.unit)));
    info.set(levers, value);
}

} // namespace mixshift
