#pragma once

#include "analytics/ChartSeries.h"
#include "store/ProjectQueries.h"

#include <QTreeView>

#include <functional>

class QAction;

namespace mixshift {

class SeriesTreeModel;

/// The series dock: the project's series by provider and metric, one chosen at a time. Its right-click menu adds
/// a series, as stored or derived, to a chart, and starts a new series.
class SeriesBrowser : public QTreeView
{
    Q_OBJECT

public:
    /// `chartIsOpen` says whether the series would join the chart on show or start a new one (the menu's
    /// wording); `newSeries` is the Edit menu's New Series… action.
    SeriesBrowser(std::function<bool()> chartIsOpen, QAction* newSeries, QWidget* parent = nullptr);

    /// Shows `series`, keeping the chosen one when it is still there, else choosing the first.
    void setSeries(const QVector<SeriesSummary>& series);
    /// The chosen series; null when a provider or a metric is chosen, or nothing.
    const SeriesSummary* currentSeries() const;
    /// Whether the project holds any series.
    bool isEmpty() const;

signals:
    /// Another series (or none) was chosen.
    void currentSeriesChanged();
    /// The menu asked for a series, derived as chosen, on a chart.
    void addToChartRequested(const SeriesSummary& series, Derivation derivation);

private:
    void showMenu(const QPoint& position);

    SeriesTreeModel* m_model;
    std::function<bool()> m_chartIsOpen;
    QAction* m_newSeries;
};

} // namespace mixshift
