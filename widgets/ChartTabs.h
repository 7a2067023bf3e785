#pragma once

#include "analytics/ChartDefinition.h"
#include "store/ProjectQueries.h"

#include <QTabWidget>

namespace mixshift {

class ChartView;
class Project;

/// The central tabs: the selected series (chart above its table) first, then one tab per chart the analyst
/// builds — series and derived series added from the browser, a kind, options, saved in the project by name.
class ChartTabs : public QTabWidget
{
    Q_OBJECT

public:
    ChartTabs(QWidget* seriesPage, ChartView* seriesChart, QWidget* parent = nullptr);

    void setProject(Project* project);

    /// Adds the series (derived as asked) to the current chart tab, or to a new one when the series tab is showing.
    void addSeries(const SeriesSummary& series, Derivation derivation);
    void newChart();
    void openSaved(const QString& name);
    /// Saves the current chart tab under `name`; false when the series tab is showing.
    bool saveCurrent(const QString& name);

    /// The chart on the showing tab (the selected series' chart on the first tab).
    ChartView* currentChart() const;
    bool isChartTab() const { return currentIndex() > 0; }
    void setKind(ChartKind kind);
    void setLogScale(bool on);
    void setDataLabels(bool on);

private:
    ChartView* addChartTab(const ChartDefinition& definition);
    void show(ChartView* view, const ChartDefinition& definition);

    ChartView* m_seriesChart;
    Project* m_project = nullptr;
    int m_created = 0;
};

} // namespace mixshift
