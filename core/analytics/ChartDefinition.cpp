#include "ChartDefinition.h"

#include "Error.h"
#include "domain/Period.h"
#include "io/CsvWriter.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace mixshift {

namespace {

constexpr std::array<std::pair<ChartKind, const char*>, 5> kindNames{{
    {ChartKind::Line, "line"},
    {ChartKind::Bars, "bars"},
    {ChartKind::StackedArea, "stacked-area"},
    {ChartKind::Stacked100, "stacked-100"},
    {ChartKind::BarLine, "bar-line"},
}};

} // namespace

QString chartKindKey(ChartKind kind)
{
    for (const auto& [k, name] : kindNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("line");
}

std::optional<ChartKind> chartKindFromKey(const QString& key)
{
    for (const auto& [k, name] : kindNames)
        if (key.trimmed() == QLatin1String(name))
            return k;
    return std::nullopt;
}

QJsonObject ChartDefinition::toJson() const
{
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("kind"), chartKindKey(kind)},
                       {QStringLiteral("series"), QJsonArray::fromStringList(specs)},
                       {QStringLiteral("log_scale"), logScale},
                       {QStringLiteral("data_labels"), dataLabels}};
}

ChartDefinition ChartDefinition::fromJson(const QString& name, const QJsonObject& json)
{
    ChartDefinition chart;
    chart.name = name;
    chart.title = json.value(QStringLiteral("title")).toString();
    chart.kind = chartKindFromKey(json.value(QStringLiteral("kind")).toString()).value_or(ChartKind::Line);
    for (const QJsonValue& spec : json.value(QStringLiteral("series")).toArray())
        chart.specs << spec.toString();
    chart.logScale = json.value(QStringLiteral("log_scale")).toBool();
    chart.dataLabels = json.value(QStringLiteral("data_labels")).toBool();
    return chart;
}

SavedCharts::SavedCharts(Database& db)
    : m_db(db)
{
}

void SavedCharts::save(const ChartDefinition& chart)
{
    if (chart.name.trimmed().isEmpty())
        throw Error(QStringLiteral("a saved chart needs a name"));
    m_db.prepare("INSERT INTO chart (name, definition, modified_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
                 "SET definition = excluded.definition, modified_at = excluded.modified_at")
        .bindAll(chart.name.trimmed(), QString::fromUtf8(QJsonDocument(chart.toJson()).toJson(QJsonDocument::Compact)),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
}

std::optional<ChartDefinition> SavedCharts::load(const QString& name)
{
    Statement find = m_db.prepare("SELECT definition FROM chart WHERE name = ?");
    if (!find.bindAll(name.trimmed()).step())
        return std::nullopt;
    return ChartDefinition::fromJson(name.trimmed(), QJsonDocument::fromJson(find.text(0).toUtf8()).object());
}

QStringList SavedCharts::names()
{
    return m_db.prepare("SELECT name FROM chart ORDER BY id").firstColumn();
}

void SavedCharts::remove(const QString& name)
{
    m_db.prepare("DELETE FROM chart WHERE name = ?").bindAll(name.trimmed()).run();
}

QString chartCsv(const QVector<ChartSeries>& series)
{
    QString csv = CsvWriter::record({"series", "period", "start", "end", "value", "unit", "source"});
    for (const ChartSeries& s : series) {
        const DisplayUnit unit = s.displayUnit();
        for (const SeriesPoint& p : s.points) {
            const auto period = Period::fromRange(p.start, p.end, s.fiscalYearEndMonth);
            csv += CsvWriter::record({s.label, period ? period->label() : toIsoDate(p.start), toIsoDate(p.start),
                                      toIsoDate(p.end), QString::number(unit.toDisplay(p.value), 'g', 12), unit.label,
                                      p.sources.join(QStringLiteral("; "))});
        }
    }
    return csv;
}

} // namespace mixshift
