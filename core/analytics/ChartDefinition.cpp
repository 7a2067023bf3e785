#include "ChartDefinition.h"

#include "Error.h"
#include "domain/Period.h"
#include "io/CsvWriter.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>

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

namespace {

constexpr std::array<std::pair<ChartAnnotation::Kind, const char*>, 3> annotationNames{{
    {ChartAnnotation::Kind::Label, "label"},
    {ChartAnnotation::Kind::ReferenceLine, "reference-line"},
    {ChartAnnotation::Kind::ShadedRange, "shade"},
}};

} // namespace

QJsonObject ChartAnnotation::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QString()}, {QStringLiteral("text"), text}};
    for (const auto& [k, name] : annotationNames)
        if (k == kind)
            json[QStringLiteral("kind")] = QString::fromLatin1(name);
    if (kind != Kind::ReferenceLine)
        json[QStringLiteral("period")] = period;
    if (kind == Kind::ShadedRange)
        json[QStringLiteral("period_end")] = periodEnd;
    if (kind != Kind::ShadedRange)
        json[QStringLiteral("value")] = value;
    return json;
}

std::optional<ChartAnnotation> ChartAnnotation::fromJson(const QJsonObject& json)
{
    ChartAnnotation a;
    bool known = false;
    for (const auto& [k, name] : annotationNames)
        if (json.value(QStringLiteral("kind")).toString() == QLatin1String(name)) {
            a.kind = k;
            known = true;
        }
    if (!known)
        return std::nullopt; // from a later version: left out, not misread
    a.text = json.value(QStringLiteral("text")).toString();
    a.period = json.value(QStringLiteral("period")).toString();
    a.periodEnd = json.value(QStringLiteral("period_end")).toString();
    a.value = json.value(QStringLiteral("value")).toDouble();
    return a;
}

ChartAnnotation ChartAnnotation::parse(Kind kind, const QString& text)
{
    // The leading fields split at commas; the text is the rest, commas and all.
    const int fields = kind == Kind::ReferenceLine ? 1 : 2;
    QStringList parts;
    qsizetype from = 0;
    for (int i = 0; i < fields; ++i) {
        const qsizetype comma = text.indexOf(QLatin1Char(','), from);
        if (comma < 0)
            throw Error(kind == Kind::Label           ? QCoreApplication::translate("ChartDefinition", "'%1': give PERIOD,VALUE,TEXT").arg(text)
                        : kind == Kind::ReferenceLine ? QCoreApplication::translate("ChartDefinition", "'%1': give VALUE,TEXT").arg(text)
                                                      : QCoreApplication::translate("ChartDefinition", "'%1': give FROM,TO,TEXT (TO may be empty)").arg(text));
        parts << text.mid(from, comma - from).trimmed();
        from = comma + 1;
    }
    ChartAnnotation a;
    a.kind = kind;
    a.text = text.mid(from).trimmed();
    const auto number = [&text](const QString& field) {
        bool ok = false;
        const double v = field.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            throw Error(QCoreApplication::translate("ChartDefinition", "'%1': '%2' is not a finite number").arg(text, field));
        return v;
    };
    if (kind == Kind::ReferenceLine) {
        a.value = number(parts[0]);
    } else {
        a.period = parts[0];
        if (a.period.isEmpty())
            throw Error(QCoreApplication::translate("ChartDefinition", "'%1': the period is missing").arg(text));
        if (kind == Kind::Label)
            a.value = number(parts[1]);
        else
            a.periodEnd = parts[1];
    }
    return a;
}

QJsonObject ChartDefinition::toJson() const
{
    QJsonArray marks;
    for (const ChartAnnotation& a : annotations)
        marks.append(a.toJson());
    return QJsonObject{{QStringLiteral("title"), title},
                       {QStringLiteral("kind"), chartKindKey(kind)},
                       {QStringLiteral("series"), QJsonArray::fromStringList(specs)},
                       {QStringLiteral("log_scale"), logScale},
                       {QStringLiteral("data_labels"), dataLabels},
                       {QStringLiteral("subtitle"), subtitle},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                       {QStringLiteral("byline"), byline},
                       {QStringLiteral("annotations"), marks}};
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
    chart.subtitle = json.value(QStringLiteral("subtitle")).toString();
    for (const QJsonValue& note : json.value(QStringLiteral("notes")).toArray())
        chart.notes << note.toString();
    chart.byline = json.value(QStringLiteral("byline")).toString();
    for (const QJsonValue& mark : json.value(QStringLiteral("annotations")).toArray())
        if (const auto a = ChartAnnotation::fromJson(mark.toObject()))
            chart.annotations << *a;
    return chart;
}

SavedCharts::SavedCharts(Database& db)
    : m_db(db)
{
}

void SavedCharts::save(const ChartDefinition& chart)
{
    if (chart.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("ChartDefinition", "a saved chart needs a name"));
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

void SavedCharts::rename(const QString& name, const QString& newName)
{
    if (newName.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("ChartDefinition", "a saved chart needs a name"));
    if (names().contains(newName.trimmed()))
        throw Error(QCoreApplication::translate("ChartDefinition", "there is already a chart called '%1'; choose another name")
                        .arg(newName.trimmed()));
    m_db.prepare("UPDATE chart SET name = ?, modified_at = ? WHERE name = ?")
        .bindAll(newName.trimmed(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), name.trimmed())
        .run();
}

QString chartCsv(const QVector<ChartSeries>& series)
{
    // A forecast adds its rows (source: the model) and a column pair for each interval, empty on stated values.
    QVector<double> levels;
    for (const ChartSeries& s : series)
        if (!s.projection.points.isEmpty() && levels.isEmpty())
            levels = s.projection.levels;
    QStringList header{"series", "period", "start", "end", "value", "unit", "source"};
    for (const double level : levels)
        header << QStringLiteral("lo%1").arg(level) << QStringLiteral("hi%1").arg(level);
    QString csv = CsvWriter::record(header);
    const auto number = [](double v) { return QString::number(v, 'g', 12); };
    for (const ChartSeries& s : series) {
        const DisplayUnit unit = s.displayUnit();
        const auto row = [&](const SeriesPoint& p, const QString& source) {
            const auto period = Period::fromRange(p.start, p.end, s.fiscalYearEndMonth);
            return QStringList{s.label, period ? period->label() : toIsoDate(p.start), toIsoDate(p.start),
                               toIsoDate(p.end), number(unit.toDisplay(p.value)), unit.label, source};
        };
        for (const SeriesPoint& p : s.points) {
            QStringList fields = row(p, p.sources.join(QStringLiteral("; ")));
            for (qsizetype i = 0; i < levels.size(); ++i)
                fields << QString() << QString();
            csv += CsvWriter::record(fields);
        }
        const Projection& f = s.projection;
        for (qsizetype k = 0; k < f.points.size(); ++k) {
            QStringList fields = row(f.points[k], QStringLiteral("forecast: ") + f.model);
            for (qsizetype i = 0; i < levels.size(); ++i)
                fields << (i < f.levels.size() ? number(unit.toDisplay(f.lower[i][k])) : QString())
                       << (i < f.levels.size() ? number(unit.toDisplay(f.upper[i][k])) : QString());
            csv += CsvWriter::record(fields);
        }
    }
    return csv;
}

} // namespace mixshift
