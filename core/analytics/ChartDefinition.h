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

/// A chart's setup, saved in the project by name: what it plots (series specs such as
/// `Alibaba Cloud/revenue:yoy`), as which kind, and with which options.
struct ChartDefinition
{
    QString name;
    QString title;
    ChartKind kind = ChartKind::Line;
    QStringList specs;
    bool logScale = false;
    bool dataLabels = false;

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

private:
    Database& m_db;
};

/// The data behind a chart as CSV — what is plotted, derived series included: one row per series and period,
/// `series,period,start,end,value,unit,source`, values in the unit the chart shows.
QString chartCsv(const QVector<ChartSeries>& series);

} // namespace mixshift
