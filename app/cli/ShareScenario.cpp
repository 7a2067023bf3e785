#include "ShareScenario.h"

#include "ArgumentParser.h"
#include "TextTable.h"

#include "Error.h"
#include "domain/Unit.h"
#include "io/CsvWriter.h"
#include "scenario/ShareModel.h"
#include "store/Project.h"

#include <QFile>
#include <QMap>
#include <QTextStream>

namespace mixshift::cli {

namespace {

double numberOf(const QString& what, const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        throw Error(QStringLiteral("scenario: %1: '%2' is not a number").arg(what, text));
    return value;
}

/// The `--set NAME=VALUE` values, refusing names outside `allowed`.
QMap<QString, double> settings(const ArgumentParser& parser, const QStringList& allowed)
{
    QMap<QString, double> values;
    for (const QString& entry : parser.values(QStringLiteral("set"))) {
        const auto [name, text] = splitNameValue(QStringLiteral("set"), entry);
        if (!allowed.contains(name))
            throw Error(QStringLiteral("scenario: unknown setting '%1' (settings: %2)").arg(name, allowed.join(QLatin1Char(' '))));
        values.insert(name, numberOf(name, text));
    }
    return values;
}

int wholeYears(double value)
{
    if (value < 0 || value > 50 || value != static_cast<int>(value))
        throw Error(QStringLiteral("scenario: years must be a whole number from 0 to 50, not %1").arg(value));
    return static_cast<int>(value);
}

ShareTransfer parseTransfer(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        throw Error(QStringLiteral("scenario: --transfer takes YEAR,FROM,TO,POINTS (points as a fraction: 0.02 = 2 "
                                   "points), not '%1'").arg(text));
    return {static_cast<int>(numberOf(QStringLiteral("transfer year"), parts[0])), parts[1].trimmed(),
            parts[2].trimmed(), numberOf(QStringLiteral("transfer points"), parts[3])};
}

QString signedNumber(int value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QString::number(value);
}

QTextStream openCsv(QFile& file)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(QStringLiteral("%1: cannot be written: %2").arg(file.fileName(), file.errorString()));
    return QTextStream(&file);
}

void writeShareCsv(const QString& path, const QVector<ShareYear>& years)
{
    QFile file(path);
    QTextStream out = openCsv(file);
    out << CsvWriter::record({"year", "provider", "share", "hhi", "cr3"});
    for (const ShareYear& y : years)
        for (const auto& [provider, share] : y.shares)
            out << CsvWriter::record({QString::number(y.year), provider, QString::number(share, 'g', 10),
                                      QString::number(y.hhi, 'g', 10), QString::number(y.cr3, 'g', 10)});
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
                      ? static_cast<int>(numberOf(QStringLiteral("--year"), parser.value(QStringLiteral("year"))))
                      : 2022;
    in.baseShares = ShareModel::baseShares(project.db(), market, in.baseYear,
                                           source == QLatin1String("current") ? QString() : source);
    const QMap<QString, double> set = settings(parser, {QStringLiteral("market_growth"), QStringLiteral("years")});
    in.marketGrowth = set.value(QStringLiteral("market_growth"), in.marketGrowth);
    in.years = wholeYears(set.value(QStringLiteral("years"), in.years));
    for (const QString& entry : parser.values(QStringLiteral("growth"))) {
        const auto [provider, rate] = splitNameValue(QStringLiteral("growth"), entry);
        if (std::none_of(in.baseShares.cbegin(), in.baseShares.cend(), [&](const auto& s) { return s.first == provider; }))
            throw Error(QStringLiteral("scenario: --growth: no provider '%1' in %2 %3").arg(provider, market).arg(in.baseYear));
        in.providerGrowth.insert(provider, numberOf(QStringLiteral("growth of ") + provider, rate));
    }
    for (const QString& entry : parser.values(QStringLiteral("transfer")))
        in.transfers << parseTransfer(entry);
    const QVector<ShareYear> years = ShareModel::run(in);

    console.out << "market: " << market << ", base year " << in.baseYear << " ("
                << (source == QLatin1String("current") ? QStringLiteral("current values") : source) << ")\n"
                << "market growth: " << formatPercent(in.marketGrowth) << " a year\n";
    QStringList header{QStringLiteral("year")};
    for (const auto& entry : in.baseShares)
        header << entry.first;
    header << QStringList{QStringLiteral("HHI"), QStringLiteral("CR3"), QStringLiteral("CR5"), QStringLiteral("market ×")};
    TextTable table(header);
    for (const ShareYear& y : years) {
        QStringList row{QString::number(y.year)};
        for (const auto& entry : y.shares)
            row << formatPercent(entry.second);
        row << QString::number(y.hhi, 'f', 0) << formatPercent(y.cr3) << formatPercent(y.cr5) << QString::number(y.marketSize, 'f', 3);
        table.addRow(row);
    }
    table.write(console.out);
    const ShareYear& last = years.last();
    console.out << "rank in " << last.year << " (change since " << in.baseYear << "):";
    for (const auto& entry : last.shares)
        if (last.rank.contains(entry.first))
            console.out << ' ' << entry.first << " #" << last.rank.value(entry.first) << " ("
                        << signedNumber(last.rankChange.value(entry.first)) << ')';
    console.out << '\n';
    if (parser.isSet(QStringLiteral("csv")))
        writeShareCsv(parser.value(QStringLiteral("csv")), years);
    return Success;
}

int runPenetrationScenario(const ArgumentParser& parser, Console console)
{
    const QMap<QString, double> set =
        settings(parser, {QStringLiteral("start_year"), QStringLiteral("start_share"), QStringLiteral("target_share"),
                          QStringLiteral("years"), QStringLiteral("compute_market"), QStringLiteral("compute_growth")});
    for (const char* required : {"start_share", "target_share", "compute_market"})
        if (!set.contains(QString::fromLatin1(required)))
            throw Error(QStringLiteral("scenario: the penetration model needs --set %1=VALUE").arg(QString::fromLatin1(required)));
    const QVector<PenetrationYear> path = ShareModel::penetration(
        static_cast<int>(set.value(QStringLiteral("start_year"), 2023)), set.value(QStringLiteral("start_share")),
        set.value(QStringLiteral("target_share")), wholeYears(set.value(QStringLiteral("years"), 5)),
        set.value(QStringLiteral("compute_market")), set.value(QStringLiteral("compute_growth"), 0));
    TextTable table({QStringLiteral("year"), QStringLiteral("public share"), QStringLiteral("compute market"),
                     QStringLiteral("public-cloud market")});
    for (const PenetrationYear& y : path)
        table.addRow({QString::number(y.year), formatPercent(y.publicShare), QString::number(y.computeMarket, 'f', 1),
                      QString::number(y.publicCloudMarket, 'f', 1)});
    table.write(console.out);
    console.out << "markets are in the unit of compute_market\n";
    if (parser.isSet(QStringLiteral("csv"))) {
        QFile file(parser.value(QStringLiteral("csv")));
        QTextStream out = openCsv(file);
        out << CsvWriter::record({"year", "public_share", "compute_market", "public_cloud_market"});
        for (const PenetrationYear& y : path)
            out << CsvWriter::record({QString::number(y.year), QString::number(y.publicShare, 'g', 10),
                                      QString::number(y.computeMarket, 'g', 10), QString::number(y.publicCloudMarket, 'g', 10)});
    }
    return Success;
}

} // namespace mixshift::cli
