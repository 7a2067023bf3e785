#include "ChartDocument.h"

#include "SeriesResolver.h"
#include "domain/Period.h"

#include <algorithm>
#include <cmath>

namespace mixshift {

namespace TimeAxis {

double yearsAt(const QDate& date)
{
    return date.year() + (date.dayOfYear() - 1) / static_cast<double>(date.daysInYear());
}

double middle(const SeriesPoint& point)
{
    return (yearsAt(point.start) + yearsAt(point.end.addDays(1))) / 2;
}

QString periodLabel(const SeriesPoint& point, int fiscalYearEndMonth)
{
    const auto period = Period::fromRange(point.start, point.end, fiscalYearEndMonth);
    return period ? period->label() : toIsoDate(point.start);
}

} // namespace TimeAxis

ChartDocument::ChartDocument(ChartDefinition definition, QVector<ChartSeries> series, QVector<EventRow> events)
    : definition(std::move(definition)), series(std::move(series)), events(std::move(events))
{
}

ChartDocument ChartDocument::build(Database& db, const ChartDefinition& definition)
{
    ChartDocument document;
    document.definition = definition;
    document.definition.specs.clear();
    SeriesResolver resolver(db);
    for (const QString& spec : definition.specs) {
        try {
            document.series << resolver.resolve(spec);
            document.definition.specs << spec;
        } catch (const Error& e) {
            document.problems << e;
        }
    }
    document.events = ProjectQueries(db).events();
    return document;
}

namespace {

struct Sharing
{
    bool provider = true;
    bool subject = true;
    bool source = true;
};

Sharing sharing(const QVector<ChartSeries>& series)
{
    Sharing shared;
    for (const ChartSeries& s : series) {
        shared.provider = shared.provider && s.provider == series.front().provider;
        shared.subject = shared.subject && s.subject == series.front().subject;
        shared.source = shared.source && s.onlySource == series.front().onlySource;
    }
    return shared;
}

} // namespace

QString ChartDocument::title() const
{
    if (!definition.title.isEmpty() || series.isEmpty())
        return definition.title;
    const Sharing shared = sharing(series);
    if (series.size() == 1)
        return series.front().label;
    if (shared.subject)
        return series.front().subject;
    if (shared.provider)
        return series.front().provider;
    QStringList labels;
    for (const ChartSeries& s : series)
        labels << s.label;
    return labels.join(QStringLiteral(" · "));
}

QString ChartDocument::legendName(int index) const
{
    const Sharing shared = sharing(series);
    const ChartSeries& s = series.at(index);
    QString name = shared.subject ? s.provider : (shared.provider ? s.subject : s.label);
    // A source all series share is said once, in the notes; else a source-only series says whose figures it has.
    if (shared.source && !s.onlySource.isEmpty())
        return name.remove(QStringLiteral(" (%1)").arg(s.onlySource));
    return s.onlySource.isEmpty() || !(shared.subject || shared.provider) ? name
                                                                         : QStringLiteral("%1 (%2)").arg(name, s.onlySource);
}

QStringList ChartDocument::notes() const
{
    QStringList notes;
    if (series.isEmpty())
        return notes;
    if (sharing(series).source && !series.front().onlySource.isEmpty())
        notes << tr("Figures as %1 gives them").arg(series.front().onlySource);
    int leftOut = 0;
    for (const ChartSeries& s : series) {
        leftOut += s.leftOut;
        if (!s.derivedFrom.isEmpty())
            notes << tr("Derived: %1").arg(s.derivedFrom);
    }
    for (const ChartSeries& s : series)
        if (s.points.isEmpty())
            notes << tr("%1 has no values to plot").arg(s.label);
    for (const ChartSeries& s : series)
        if (!s.projection.points.isEmpty()) {
            QStringList levels;
            for (const double level : s.projection.levels)
                levels << QString::number(level) + QLatin1Char('%');
            //: %1 the first projected period, %2 the model, %3 the intervals' levels ("80%, 95%")
            notes << tr("Projected from %1 by %2 (dashed; shaded: %3 prediction intervals)")
                         .arg(periodLabel(s.projection.points.front(), s), s.projection.model, levels.join(tr(", ")));
        }
    if (leftOut > 0)
        notes << (leftOut == 1 ? tr("1 value of another period length is not plotted")
                               : tr("%1 values of other period lengths are not plotted").arg(leftOut));
    return notes;
}

QStringList ChartDocument::sources() const
{
    QStringList sources;
    for (const ChartSeries& s : series)
        for (const SeriesPoint& p : s.points)
            for (const QString& source : p.sources)
                if (!sources.contains(source))
                    sources << source;
    return sources;
}

QString ChartDocument::sourceLine() const
{
    const QStringList all = sources();
    return all.isEmpty() ? QString() : tr("Source: ") + all.join(QStringLiteral("; "));
}

QString ChartDocument::periodLabel(const SeriesPoint& point, const ChartSeries& of) const
{
    bool sameYear = true;
    for (const ChartSeries& s : series)
        sameYear = sameYear && s.fiscalYearEndMonth == series.front().fiscalYearEndMonth;
    if (sameYear)
        return TimeAxis::periodLabel(point, of.fiscalYearEndMonth);
    // Series of different fiscal years: a calendar quarter or year in calendar terms; a fiscal year that is not a
    // calendar one keeps its own name.
    const bool calendar = Period::fromRange(point.start, point.end, 12).has_value();
    return TimeAxis::periodLabel(point, calendar ? 12 : of.fiscalYearEndMonth);
}

QVector<TimeTick> ChartDocument::timeTicks(int maxLabels) const
{
    QMap<double, QString> labels;
    for (const ChartSeries& s : series)
        for (const PointSeries* points : {&s.points, &s.projection.points})
            for (const SeriesPoint& p : *points)
                labels.insert(TimeAxis::middle(p), periodLabel(p, s));
    const int step = std::max(1, static_cast<int>(std::ceil(labels.size() / double(std::max(1, maxLabels)))));
    QVector<TimeTick> ticks;
    int i = 0;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it, ++i)
        if (i % step == 0)
            ticks.append({it.key(), it.value()});
    return ticks;
}

StackedTable ChartDocument::stacked(bool normalised) const
{
    // Values by period across the series; a period is kept only where every series has a value.
    QMap<double, QVector<double>> byPeriod;
    for (int i = 0; i < series.size(); ++i) {
        const DisplayUnit unit = series[i].displayUnit();
        for (const SeriesPoint& p : series[i].points) {
            QVector<double>& values = byPeriod[TimeAxis::middle(p)];
            values.resize(series.size(), qQNaN());
            values[i] = unit.toDisplay(p.value);
        }
    }
    StackedTable table;
    table.values.resize(series.size());
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
        if (std::any_of(it->cbegin(), it->cend(), [](double v) { return std::isnan(v); })) {
            ++table.incomplete;
            continue;
        }
        double total = 0;
        for (const double v : *it)
            total += v;
        table.keys << it.key();
        for (int i = 0; i < series.size(); ++i)
            table.values[i] << (!normalised ? it->at(i) : total != 0 ? it->at(i) / total * 100 : qQNaN());
    }
    return table;
}

QMap<QDate, QStringList> ChartDocument::eventsShown() const
{
    QMap<QDate, QStringList> byDate;
    if (series.isEmpty())
        return byDate;
    const bool oneProvider = sharing(series).provider;
    for (const EventRow& e : events) {
        if (!e.provider.isEmpty() && !(oneProvider && e.provider == series.front().provider))
            continue;
        const QDate date = QDate::fromString(e.date.size() == 7 ? e.date + QStringLiteral("-15") : e.date, Qt::ISODate);
        if (date.isValid())
            byDate[date] << e.title + (e.approximate ? tr(" (date approximate)") : QString());
    }
    return byDate;
}

ValueTable ChartDocument::valueTable() const
{
    ValueTable table;
    // Rows keyed by period start and end, so that a year and its last quarter are told apart.
    QMap<std::pair<QDate, QDate>, ValueTable::Row> rows;
    for (int i = 0; i < series.size(); ++i) {
        table.columns << legendName(i);
        for (const SeriesPoint& p : series[i].points) {
            ValueTable::Row& row = rows[{p.start, p.end}];
            if (row.period.isEmpty())
                row.period = periodLabel(p, series[i]);
            row.cells.resize(series.size());
            row.cells[i] = {true, p.value, p.sources};
        }
        // A forecast's periods, named as projected.
        for (const SeriesPoint& p : series[i].projection.points) {
            ValueTable::Row& row = rows[{p.start, p.end}];
            if (row.period.isEmpty())
                row.period = tr("%1 (projected)").arg(periodLabel(p, series[i]));
            row.cells.resize(series.size());
            row.cells[i] = {true, p.value, {series[i].projection.model}};
        }
    }
    for (ValueTable::Row& row : rows) {
        row.cells.resize(series.size());
        table.rows << row;
    }
    return table;
}

} // namespace mixshift
