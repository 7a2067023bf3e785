#pragma once

#include "ChartDefinition.h"
#include "ChartSeries.h"
#include "Error.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QMap>

namespace mixshift {

class Database;

/// Where dates and periods sit on a chart's time axis: in years (2024.5 is the middle of 2024), so that quarters
/// and gaps keep their true spacing.
namespace TimeAxis {
double yearsAt(const QDate& date);
/// The middle of a point's period.
double middle(const SeriesPoint& point);
/// A point's period as a chart labels it, in the given fiscal year ("FY2024 Q2"), else its start date.
QString periodLabel(const SeriesPoint& point, int fiscalYearEndMonth);
} // namespace TimeAxis

/// One label of the time axis.
struct TimeTick
{
    double at = 0;
    QString label;
};

/// A stacked chart's values: the periods every series has a value for, each series' value there (in its display
/// unit, or as a percentage of the period's total), and how many periods were left out for a missing value.
struct StackedTable
{
    QVector<double> keys;
    /// values[series][period]
    QVector<QVector<double>> values;
    int incomplete = 0;
};

/// What a chart plots as a table: one row per period (time order), one column per series; a cell is empty where
/// the series has no value for the period.
struct ValueTable
{
    struct Cell
    {
        bool present = false;
        double value = 0;
        QStringList sources;
    };
    struct Row
    {
        QString period;
        QVector<Cell> cells;
    };
    QStringList columns;
    QVector<Row> rows;
};

/// A chart as one thing, before anything is drawn: its definition, the series it resolves to, the specs that
/// could not be resolved and why, and the project's events; with the texts that explain it (title, legend names,
/// notes, sources) and the choices that do not depend on drawing (time-axis labels, stacked values, events shown).
/// The main window, the chart tabs, `export-chart` and the report all show charts built here; an edit changes
/// the document and the view shows it again.
class ChartDocument
{
    Q_DECLARE_TR_FUNCTIONS(ChartDocument)

public:
    ChartDocument() = default;
    ChartDocument(ChartDefinition definition, QVector<ChartSeries> series, QVector<EventRow> events = {});

    /// Resolves every spec of `definition` in the project; a spec that does not resolve is left out of the
    /// document's definition and named in problems(). The project's events come along.
    static ChartDocument build(Database& db, const ChartDefinition& definition);

    ChartDefinition definition;
    QVector<ChartSeries> series;
    /// The project's events, all of them; eventsShown() says which belong on this chart.
    QVector<EventRow> events;
    /// One per spec left out: "SPEC: why".
    QVector<Error> problems;

    /// The definition's title, else what the series share (their subject, provider, or the one label).
    QString title() const;
    /// Each series' name in the legend: what tells it apart from the others.
    QString legendName(int index) const;
    /// What the reader must know about the data: the one source all figures come from, derivations, series
    /// without values, values of other period lengths left out.
    QStringList notes() const;
    /// Every source behind a plotted point, once each, in the order the series name them.
    QStringList sources() const;
    /// "Source: a; b; c" on one line, or nothing without sources.
    QString sourceLine() const;
    /// A plotted period's label: in the series' own fiscal terms when all share a fiscal year, else in calendar
    /// terms ("2023 Q3"), so that the periods of different calendars line up under one name.
    QString periodLabel(const SeriesPoint& point, const ChartSeries& of) const;
    /// One label per plotted period (periodLabel()), thinned to at most `maxLabels`.
    QVector<TimeTick> timeTicks(int maxLabels) const;
    /// The values of a stacked chart; `normalised`: each period's values as percentages of its total.
    StackedTable stacked(bool normalised) const;
    /// The events that belong on this chart by date (their titles joined): those of no provider, and a
    /// provider's own when the chart shows only that provider. Dates given as a month sit at its middle.
    QMap<QDate, QStringList> eventsShown() const;
    /// The plotted values, for a report's table or a reader's check.
    ValueTable valueTable() const;
};

} // namespace mixshift
