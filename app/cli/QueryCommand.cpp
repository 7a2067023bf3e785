#include "ArgumentParser.h"
#include "Commands.h"
#include "TextTable.h"

#include "Error.h"
#include "io/CsvWriter.h"
#include "store/Catalog.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QHash>
#include <QTextStream>

namespace mixshift::cli {

namespace {

QString baseValue(double value)
{
    return QString::number(value, 'g', 15);
}

const QStringList csvHeader{"provider", "metric", "market", "category", "period",      "start",  "end",
                            "value",    "unit",   "stated_unit", "qualifier", "original_text", "source", "status"};

} // namespace

int runQuery(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("query"));
    parser.addOption(QStringLiteral("db"), QStringLiteral("the project file"), QStringLiteral("PROJECT"));
    parser.addOption(QStringLiteral("provider"), QStringLiteral("only this provider (name or alias)"),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("metric"), QStringLiteral("only this metric (key or alias)"),
                     QStringLiteral("KEY"));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv or table (default)"), QStringLiteral("FORMAT"));
    QString problem = parser.parse(arguments, {QStringLiteral("db")});
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("table");
    if (problem.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("table"))
        problem = QStringLiteral("query: --format must be csv or table, not '%1'").arg(format);
    if (!problem.isEmpty()) {
        console.err << "mixshift: " << problem << '\n';
        return BadArguments;
    }

    try {
        const auto project = Project::open(parser.value(QStringLiteral("db")));
        Catalog catalog(project->db());
        ObservationFilter filter;
        if (parser.isSet(QStringLiteral("provider"))) {
            const QString name = parser.value(QStringLiteral("provider"));
            const auto provider = catalog.findProvider(name);
            if (!provider)
                throw Error(QStringLiteral("query: no provider or alias '%1' in %2").arg(name, project->path()));
            filter.providerId = provider->id;
        }
        if (parser.isSet(QStringLiteral("metric"))) {
            const QString key = parser.value(QStringLiteral("metric"));
            const auto metric = catalog.findMetric(key);
            if (!metric)
                throw Error(QStringLiteral("query: no metric or alias '%1' in %2").arg(key, project->path()));
            filter.metricId = metric->id;
        }

        ProjectQueries queries(project->db());
        QHash<std::int64_t, SeriesSummary> seriesById;
        for (const SeriesSummary& s : queries.series(filter))
            seriesById.insert(s.id, s);

        TextTable table({"provider", "metric", "scope", "period", "start", "end", "value", "unit", "original text",
                         "source", "status"});
        if (format == QLatin1String("csv"))
            console.out << CsvWriter::record(csvHeader);
        for (const ObservationRow& row : queries.observations(filter)) {
            const SeriesSummary& s = seriesById[row.seriesId];
            const QString status = row.current ? QStringLiteral("current") : QStringLiteral("revision");
            const QString start = row.start.toString(Qt::ISODate);
            const QString end = row.end.toString(Qt::ISODate);
            if (format == QLatin1String("csv")) {
                console.out << CsvWriter::record({s.provider, s.metricKey, s.marketKey, s.category, row.periodLabel,
                                                  start, end, baseValue(row.value), baseUnitName(s.metricKind, s.currency), row.unit,
                                                  row.qualifier, row.originalText, row.sourceTitle, status});
            } else {
                const QString value = row.qualifier.isEmpty() ? baseValue(row.value)
                                                              : row.qualifier + QLatin1Char(' ') + baseValue(row.value);
                table.addRow({s.provider, s.metricKey, s.scopeLabel(), row.periodLabel, start, end, value,
                              baseUnitName(s.metricKind, s.currency), row.originalText, row.sourceTitle, status});
            }
        }
        if (format == QLatin1String("table"))
            table.write(console.out);
        return Success;
    } catch (const Error& error) {
        console.err << "mixshift: " << error.message() << '\n';
        return Failure;
    }
}

} // namespace mixshift::cli
