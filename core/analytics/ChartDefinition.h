#pragma once

#include "ChartSeries.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace mixshift {

class Database;

enum class ChartKind { Line, Bars, StackedArea, Stacked100, BarLine };

/// `line bars stacked-area stacked-100 bar-line`, and back.
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindFromKey(const QString& key);

/// Something drawn over a chart's data to point at it: a text at a period and value, a horizontal reference line
/// (a 10% margin target), or a shaded range of periods (from a strategy announcement to now).
struct ChartAnnotation
{
    enum class Kind { Label, ReferenceLine, ShadedRange };

    Kind kind = Kind::Label;
    QString text;
    /// A label's period, a shaded range's first one: as the chart labels periods ("FY2024 Q2", "2023 Q1") or as
    /// an ISO date.
    QString period;
    /// A shaded range's last period; empty: to the end of the chart.
    QString periodEnd;
    /// A label's or a reference line's height, as the value axis reads (10 on a percent axis is 10%).
    double value = 0;

    QJsonObject toJson() const;
    static std::optional<ChartAnnotation> fromJson(const QJsonObject& json);
    /// From the command line: `label` "PERIOD,VALUE,TEXT", `reference-line` "VALUE,TEXT", `shade`
    /// "FROM,TO,TEXT" (TO may be empty; TEXT may hold commas). Throws Error naming what is wrong.
    static ChartAnnotation parse(Kind kind, const QString& text);
};

/// A chart's setup, saved in the project by name: what it plots (series specs such as
/// `Alibaba Cloud/revenue:yoy`), as which kind, with which options, and what a publication chart carries
/// besides: a subtitle, notes under the plot, a byline and annotations.
struct ChartDefinition
{
    QString name;
    QString title;
    ChartKind kind = ChartKind::Line;
    QStringList specs;
    bool logScale = false;
    bool dataLabels = false;
    QString subtitle;
    QStringList notes;
    QString byline;
    QVector<ChartAnnotation> annotations;

    QJsonObject toJson() const;
    static ChartDefinition fromJson(const QString& name, const QJsonObject& json);
};

/// Saved charts of a project.
class SavedCharts
{
public:
    explicit SavedCharts(Database& db);

    void save(const ChartDefinition& chart);
    std::optional<ChartDefinition> load(const QString& name);
    QStringList names();
    void remove(const QString& name);
    /// Gives a saved chart another name; refused when the new name is blank or taken.
    void rename(const QString& name, const QString& newName);

private:
    Database& m_db;
};

/// The data behind a chart as CSV — what is plotted, derived series included: one row per series and period,
/// `series,period,start,end,value,unit,source`, values in the unit the chart shows. A forecast's periods follow
/// its history with the source `forecast: ETS(…)` and the bounds of its intervals in `lo80,hi80,lo95,hi95`.
QString chartCsv(const QVector<ChartSeries>& series);

} // namespace mixshift
