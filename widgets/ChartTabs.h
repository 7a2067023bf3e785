#pragma once

#include "analytics/ChartDefinition.h"
#include "store/ProjectQueries.h"

#include <QTabWidget>

namespace mixshift {

class ChartView;
class Project;
class ProjectEditing;

/// The central tabs: the selected series (chart above its table) first, then one tab per chart the analyst
/// builds — series and derived series added from the browser, a kind, options, saved in the project by name.
/// Every edit of a chart tab (kind, series, axis, labels, annotations) is a step on the project's undo stack.
class ChartTabs : public QTabWidget
{
    Q_OBJECT

public:
    /// Saving a chart is a change on `editing`'s undo stack.
    ChartTabs(QWidget* seriesPage, ChartView* seriesChart, ProjectEditing& editing, QWidget* parent = nullptr);

    void setProject(Project* project);

    /// Adds the series (derived as asked) to the current chart tab, or to a new one when the series tab is showing.
    void addSeries(const SeriesSummary& series, Derivation derivation);
    void newChart();
    void openSaved(const QString& name);
    /// Saves the current chart tab under `name` (undoable); false when the series tab is showing or it failed.
    bool saveCurrent(const QString& name);
    /// Renames a saved chart (undoable) and the tabs showing it; false when refused (the name is taken).
    bool renameSaved(const QString& name, const QString& newName);
    /// Deletes a saved chart (undoable); tabs showing it stay open, unsaved.
    bool removeSaved(const QString& name);

    /// The chart on the showing tab (the selected series' chart on the first tab).
    ChartView* currentChart() const;
    bool isChartTab() const { return currentIndex() > 0; }
    /// Builds every chart tab again from the project (after a preference changed how values are shown).
    void rebuild();
    void setKind(ChartKind kind);
    void setLogScale(bool on);
    void setDataLabels(bool on);

private:
    ChartView* addChartTab(const ChartDefinition& definition);
    void show(ChartView* view, const ChartDefinition& definition);
    /// Shows `after` in a chart tab's view as a step on the undo stack (the series tab's chart just shows it).
    void edit(ChartView* view, const ChartDefinition& after, const QString& what);
    /// Puts an edit the view made itself on the undo stack.
    void recordEdit(ChartView* view, const ChartDefinition& before, const QString& what);
    void pushEdit(ChartView* view, const QString& what, const ChartDefinition& before, const ChartDefinition& after,
                  bool alreadyShown);

    ChartView* m_seriesChart;
    ProjectEditing& m_editing;
    Project* m_project = nullptr;
    int m_created = 0;
};

} // namespace mixshift
