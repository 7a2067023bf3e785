#include "ShareScenario.h"

#include "ArgumentParser.h"
#include "ExportSizeOptions.h"
#include "TerminalText.h"
#include "TextTable.h"

#include "Error.h"
#include "domain/Unit.h"
#include "io/TableFile.h"
#include "scenario/ScenarioPlots.h"
#include "scenario/ShareModel.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

#include <cmath>

namespace mixshift::cli {

namespace {

/// The `--set NAME=VALUE` values, refusing names outside `allowed` and values that are not finite numbers.
QMap<QString, double> settings(const ArgumentParser& parser, const QStringList& allowed)
{
    QMap<QString, double> values;
    for (const QString& entry : parser.values(QStringLiteral("set"))) {
        const auto [name, text] = splitNameValue(QStringLiteral("set"), entry);
        if (!allowed.contains(name))
            throw UsageError(
                QCoreApplication::translate("ShareScenario", "scenario: unknown setting '%1' (settings: %2)")
                    .arg(name, allowed.join(QLatin1Char(' '))));
        values.insert(name, finiteNumber(QStringLiteral("scenario: --set ") + name, text));
    }
    return values;
}

int wholeYears(const QString& what, double value, int low, int high)
{
    if (value < low || value > high || value != std::floor(value))
        throw UsageError(
            QCoreApplication::translate("ShareScenario", "scenario: %1 must be a whole number from %2 to %3, not %4")
                .arg(what)
                .arg(low)
                .arg(high)
                .arg(value));
    return static_cast<int>(value);
}

ShareTransfer parseTransfer(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        throw UsageError(QCoreApplication::translate(
                             "ShareScenario",
                             "scenario: --transfer takes YEAR,FROM,TO,POINTS (points as a fraction: 0.02 = 2 "
                             "points), not '%1'")
                             .arg(text));
    return {static_cast<int>(wholeNumber(QCoreApplication::translate("ShareScenario", "scenario: the transfer year"),
                                         parts[0], ShareModel::minYear, ShareModel::maxYear)),
            parts[1].trimmed(), parts[2].trimmed(),
            finiteNumber(QCoreApplication::translate("ShareScenario", "scenario: transfer points"), parts[3])};
}

QString signedNumber(int value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value);
}

void writeShareCsv(const QString& path, const QVector<ShareYear>& years)
{
    QVector<QStringList> records{{"year", "provider", "share", "hhi", "cr3"}};
    for (const ShareYear& y : years)
        for (const auto& [provider, share] : y.shares)
            records.append({QString::number(y.year), provider, QString::number(share, 'g', 10),
                            QString::number(y.hhi, 'g', 10), QString::number(y.cr3, 'g', 10)});
    TableFile::save(path, {ExportTable::fromRecords(QStringLiteral("Scenario"), records)});
}

} // namespace

int runShareScenario(const ArgumentParser& parser, Project& project, Console console)
{
    const QString market = parser.isSet(QStringLiteral("market")) ? parser.value(QStringLiteral("market"))
                                                                  : QStringLiteral("gartner_iaas_ww");
    const QString source = parser.isSet(QStringLiteral("source")) ? parser.value(QStringLiteral("source"))
                                                                  : QStringLiteral("article");
    ShareInputs in;
    in.baseYear = parser.isSet(QStringLiteral("year"))
                      ? static_cast<int>(wholeNumber(QStringLiteral("scenario: --year"), parser.value(QStringLiteral("year")),
                                                     ShareModel::minYear, ShareModel::maxYear))
                      : 2022;
    in.baseShares = ShareModel::baseShares(project.db(), market, in.baseYear,
                                           source == QLatin1String("current") ? QString() : source);
    const QMap<QString, double> set = settings(parser, {QStringLiteral("market_growth"), QStringLiteral("years")});
    in.marketGrowth = set.value(QStringLiteral("market_growth"), in.marketGrowth);
    in.years = wholeYears(QStringLiteral("years"), set.value(QStringLiteral("years"), in.years), 1, ShareModel::maxYears);
    for (const QString& entry : parser.values(QStringLiteral("growth"))) {
        const auto [provider, rate] = splitNameValue(QStringLiteral("growth"), entry);
        const QString& name = provider; // a structured binding cannot be captured before C++20
        if (std::none_of(in.baseShares.cbegin(), in.baseShares.cend(), [&](const auto& s) { return s.first == name; }))
            throw Error(QCoreApplication::translate("ShareScenario", "scenario: --growth: no provider '%1' in %2 %3")
                            .arg(provider, market)
                            .arg(in.baseYear));
        in.providerGrowth.insert(
            provider,
            finiteNumber(QCoreApplication::translate("ShareScenario", "scenario: the growth of %1").arg(provider),
                         rate));
    }
    for (const QString& entry : parser.values(QStringLiteral("transfer")))
        in.transfers << parseTransfer(entry);
    // The size checked before the model runs.
    const std::optional<ExportSize> plotSize =
        parser.isSet(QStringLiteral("plot"))
            ? std::optional(exportSize(parser, QStringLiteral("scenario"), parser.value(QStringLiteral("out"))))
            : std::nullopt;
    asUsage([&] { ShareModel::check(in); });
    const QVector<ShareYear> years = ShareModel::run(in);

    console.out
        << QCoreApplication::translate("ShareScenario", "market: %1, base year %2 (%3)")
               .arg(market, QString::number(in.baseYear),
                    source == QLatin1String("current") ? QCoreApplication::translate("ShareScenario", "current values")
                                                       : source)
        << '\n'
        << QCoreApplication::translate("ShareScenario", "market growth: %1 a year").arg(formatPercent(in.marketGrowth))
        << '\n';
    QStringList header{QCoreApplication::translate("ShareScenario", "year")};
    for (const auto& entry : in.baseShares)
        header << entry.first;
    header << QStringList{QStringLiteral("HHI"), QStringLiteral("CR3"), QStringLiteral("CR5"),
                          //: A column of the shares' table: the market's size as a multiple of the base year's.
                          QCoreApplication::translate("ShareScenario", "market ×")};
    TextTable table(console.out, header);
    for (const ShareYear& y : years) {
        QStringList row{QString::number(y.year)};
        for (const auto& entry : y.shares)
            row << formatPercent(entry.second);
        row << QString::number(y.hhi, 'f', 0) << formatPercent(y.cr3) << formatPercent(y.cr5) << QString::number(y.marketSize, 'f', 3);
        table.addRow(row);
    }
    table.finish();
    const ShareYear& last = years.last();
    console.out << QCoreApplication::translate("ShareScenario", "rank in %1 (change since %2):")
                       .arg(last.year)
                       .arg(in.baseYear);
    for (const auto& entry : last.shares)
        if (last.rank.contains(entry.first))
            console.out << ' ' << TerminalText::escaped(entry.first) << " #" << last.rank.value(entry.first) << " ("
                        << signedNumber(last.rankChange.value(entry.first)) << ')';
    console.out << '\n';
    if (parser.isSet(QStringLiteral("csv")))
        writeShareCsv(parser.value(QStringLiteral("csv")), years);
    if (plotSize)
        exportPlot(parser, *plotSize, console.out, [&](QCustomPlot* plot) {
            // The market by its name, as the share workspace shows it.
            QString name = market;
            for (const MarketRecord& m : Catalog(project.db()).markets())
                if (m.key == market)
                    name = m.name;
            ScenarioPlots::drawShares(plot, years, name, in.baseYear);
        });
    return Success;
}

int runPenetrationScenario(const ArgumentParser& parser, Console console)
{
    const QMap<QString, double> set =
        settings(parser, {QStringLiteral("start_year"), QStringLiteral("start_share"), QStringLiteral("target_share"),
                          QStringLiteral("years"), QStringLiteral("compute_market"), QStringLiteral("compute_growth")});
    for (const char* required : {"start_share", "target_share", "compute_market"})
        if (!set.contains(QString::fromLatin1(required)))
            throw UsageError(
                QCoreApplication::translate("ShareScenario", "scenario: the penetration model needs --set %1=VALUE")
                    .arg(QString::fromLatin1(required)));
    const int startYear = wholeYears(QStringLiteral("start_year"), set.value(QStringLiteral("start_year"), 2023),
                                     ShareModel::minYear, ShareModel::maxYear);
    const int years = wholeYears(QStringLiteral("years"), set.value(QStringLiteral("years"), 5), 1, ShareModel::maxYears);
    const QVector<PenetrationYear> path = asUsage([&] {
        return ShareModel::penetration(startYear, set.value(QStringLiteral("start_share")),
                                       set.value(QStringLiteral("target_share")), years,
                                       set.value(QStringLiteral("compute_market")),
                                       set.value(QStringLiteral("compute_growth"), 0));
    });
    TextTable table(console.out, {QCoreApplication::translate("ShareScenario", "year"),
                                  QCoreApplication::translate("ShareScenario", "public share"),
                                  QCoreApplication::translate("ShareScenario", "compute market"),
                                  QCoreApplication::translate("ShareScenario", "public-cloud market")});
    for (const PenetrationYear& y : path)
        table.addRow({QString::number(y.year), formatPercent(y.publicShare), QString::number(y.computeMarket, 'f', 1),
                      QString::number(y.publicCloudMarket, 'f', 1)});
    table.finish();
    console.out << QCoreApplication::translate("ShareScenario", "markets are in the unit of compute_market") << '\n';
    if (parser.isSet(QStringLiteral("csv"))) {
        QVector<QStringList> records{{"year", "public_share", "compute_market", "public_cloud_market"}};
        for (const PenetrationYear& y : path)
            records.append({QString::number(y.year), QString::number(y.publicShare, 'g', 10),
                            QString::number(y.computeMarket, 'g', 10), QString::number(y.publicCloudMarket, 'g', 10)});
        TableFile::save(parser.value(QStringLiteral("csv")), {ExportTable::fromRecords(QStringLiteral("Scenario"), records)});
    }
    return Success;
}

} // namespace mixshift::cli
