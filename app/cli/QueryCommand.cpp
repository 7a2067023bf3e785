#include "ArgumentParser.h"
#include "Commands.h"
#include "TextTable.h"

#include "Error.h"
#include "io/CsvWriter.h"
#include "io/TableFile.h"
#include "domain/Unit.h"
#include "store/Catalog.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QHash>
#include <QSet>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace mixshift::cli {

namespace {

QString baseValue(double value)
{
    return QString::number(value, 'g', 15);
}

const QStringList csvHeader{"provider", "metric", "market", "category", "period",      "start",  "end",
                            "value",    "unit",   "stated_unit", "qualifier", "original_text", "source", "status"};

// The workbook's Values sheet: the CSV's columns, the value as an analyst reads it (276.48 億元, 39.99%) with
// its unit beside it, so the sheet imports back as it stands.
ExportTable valuesSheet()
{
    ExportTable table;
    table.name = QStringLiteral("Values");
    for (const QString& name : csvHeader)
        table.columns.append({name,
                              name == QLatin1String("start") || name == QLatin1String("end") ? ColumnFormat::Date
                                                                                               : ColumnFormat::Text,
                              {}});
    table.columns[7].format = ColumnFormat::Number;
    return table;
}

ExportCell displayedValue(const SeriesSummary& s, double value)
{
    const DisplayUnit unit = DisplayUnit::forValue(s.metricKind, s.currency, QString());
    ExportCell cell(s.metricKind == QLatin1String("percent") ? value : unit.toDisplay(value),
                    unit.formatWithUnit(value));
    cell.format = s.metricKind == QLatin1String("percent") ? ColumnFormat::Percent
                  : s.metricKind == QLatin1String("money") ? ColumnFormat::Money
                                                           : ColumnFormat::Number;
    cell.unit = unit.label;
    return cell;
}

ExportTable sourcesSheet(const QVector<SourceRow>& sources, const QSet<QString>& used)
{
    ExportTable table;
    table.name = QStringLiteral("Sources");
    table.columns = {{QStringLiteral("source"), ColumnFormat::Text, {}},
                     {QStringLiteral("title"), ColumnFormat::Text, {}},
                     {QStringLiteral("publisher"), ColumnFormat::Text, {}},
                     {QStringLiteral("published"), ColumnFormat::Text, {}},
                     {QStringLiteral("url"), ColumnFormat::Text, {}}};
    for (const SourceRow& source : sources)
        if (used.contains(source.key))
            table.rows.append({source.key, source.title, source.publisher, source.published, source.url});
    return table;
}

} // namespace

int runQuery(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("query"));
    parser.addOption(QStringLiteral("provider"),
                     QCoreApplication::translate("QueryCommand", "only this provider (name or alias)"),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("metric"),
                     QCoreApplication::translate("QueryCommand", "only this metric (key or alias)"),
                     QStringLiteral("KEY"));
    parser.addOption(
        QStringLiteral("format"),
        QCoreApplication::translate("QueryCommand",
                                    "a table to read (default; long cells cut at 60 columns), or CSV with names whole, "
                                    "which import reads back"),
        QStringLiteral("FORMAT"));
    parser.addOption(QStringLiteral("out"),
                     QCoreApplication::translate("QueryCommand",
                                                 "with --format xlsx: the workbook to write (the values in display "
                                                 "units, and a sheet of their sources)"),
                     QStringLiteral("FILE"), ArgumentParser::Role::Output);
    parser.requireOneOf(QStringLiteral("format"),
                        {QStringLiteral("csv"), QStringLiteral("table"), QStringLiteral("xlsx")});
    return runOnProject(parser, arguments, console, [&](Project& project) {
        Catalog catalog(project.db());
        ObservationFilter filter;
        if (parser.isSet(QStringLiteral("provider"))) {
            const QString name = parser.value(QStringLiteral("provider"));
            const auto provider = catalog.findProvider(name);
            if (!provider)
                throw Error(QCoreApplication::translate("QueryCommand", "query: no provider or alias '%1' in %2")
                                .arg(name, project.path()));
            filter.providerId = provider->id;
        }
        if (parser.isSet(QStringLiteral("metric"))) {
            const QString key = parser.value(QStringLiteral("metric"));
            const auto metric = catalog.findMetric(key);
            if (!metric)
                throw Error(QCoreApplication::translate("QueryCommand", "query: no metric or alias '%1' in %2")
                                .arg(key, project.path()));
            filter.metricId = metric->id;
        }

        ProjectQueries queries(project.db());
        QHash<std::int64_t, SeriesSummary> seriesById;
        for (const SeriesSummary& s : queries.series(filter))
            seriesById.insert(s.id, s);

        const QString out = parser.value(QStringLiteral("out"));
        if (parser.value(QStringLiteral("format")) == QLatin1String("xlsx")) {
            if (out.isEmpty())
                throw UsageError(QCoreApplication::translate(
                    "QueryCommand", "query: --format xlsx writes a file: give it with --out FILE.xlsx"));
            ExportTable values = valuesSheet();
            QSet<QString> used;
            queries.forEachObservation(filter, [&](const ObservationRow& row) {
                const SeriesSummary& s = seriesById[row.seriesId];
                values.rows.append({s.provider, s.metricKey, s.marketKey, s.category, row.periodLabel,
                                    row.start.toString(Qt::ISODate), row.end.toString(Qt::ISODate),
                                    displayedValue(s, row.value), DisplayUnit::forValue(s.metricKind, s.currency, {}).label,
                                    row.unit, row.qualifier, row.originalText, row.sourceTitle,
                                    row.current ? QStringLiteral("current") : QStringLiteral("revision")});
                used.insert(row.sourceKey);
                return true;
            });
            TableFile::save(out, {values, sourcesSheet(queries.sources(), used)});
            console.out << QCoreApplication::translate("QueryCommand", "wrote %1 values and their sources to %2")
                               .arg(values.rows.size())
                               .arg(out)
                        << '\n';
            return Success;
        }
        if (!out.isEmpty())
            throw UsageError(QCoreApplication::translate(
                "QueryCommand", "query: --out is for --format xlsx; csv and table go to the terminal (use > FILE)"));

        // Rows go out as SQLite reads them: constant memory however large the project.
        const bool csv = parser.value(QStringLiteral("format")) == QLatin1String("csv");
        std::optional<TextTable> table;
        if (csv)
            console.out << CsvWriter::record(csvHeader);
        else
            table.emplace(console.out, QStringList{"provider", "metric", "scope", "period", "start", "end", "value",
                                                   "unit", "original text", "source", "status"});
        queries.forEachObservation(filter, [&](const ObservationRow& row) {
            const SeriesSummary& s = seriesById[row.seriesId];
            const QString status = row.current ? QStringLiteral("current") : QStringLiteral("revision");
            const QString start = row.start.toString(Qt::ISODate);
            const QString end = row.end.toString(Qt::ISODate);
            if (csv) {
                console.out << CsvWriter::record({s.provider, s.metricKey, s.marketKey, s.category, row.periodLabel,
                                                  start, end, baseValue(row.value), baseUnitName(s.metricKind, s.currency), row.unit,
                                                  row.qualifier, row.originalText, row.sourceTitle, status});
            } else {
                const QString value = row.qualifier.isEmpty() ? baseValue(row.value)
                                                              : row.qualifier + QLatin1Char(' ') + baseValue(row.value);
                table->addRow({s.provider, s.metricKey, s.scopeLabel(), row.periodLabel, start, end, value,
                               baseUnitName(s.metricKind, s.currency), row.originalText, row.sourceTitle, status});
            }
            // Once the output fails (a full disk, a closed pipe) reading on is of no use.
            return console.out.status() == QTextStream::Ok;
        });
        if (table)
            table->finish();
        return Success;
    });
}

} // namespace mixshift::cli
