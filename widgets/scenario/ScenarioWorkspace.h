#pragma once

#include "charts/ChartExport.h"
#include "scenario/MixModel.h"
#include "scenario/MonteCarlo.h"
#include "scenario/ScenarioStore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QTableWidget;
class QUndoStack;

namespace mixshift {

class ProjectChange;
class BreakEvenPanel;
class HeatMapPanel;
class LeverEditor;
class Project;

/// The what-if workspace for the mix model: levers on the left; paths against the status quo, the revenue
/// bridge, the tornado, the Monte Carlo fan and the quarter table on the right, all recomputed while a slider
/// moves (Monte Carlo when it is released, off the GUI thread); scenarios saved in the project by name.
class ScenarioWorkspace : public QWidget
{
    Q_OBJECT
public:
    /// Its saves, renames and deletions go on `undo`, the project's one undo stack.
    ScenarioWorkspace(Project& project, QUndoStack& undo, QWidget* parent = nullptr);
    ~ScenarioWorkspace() override;

    // What the buttons do. None of them throws: a failure (a busy project, a name taken) is reported through
    // ErrorReporter, and the project keeps what it had.

    /// Starts from `provider`'s latest quarter with default levers; false (and a message shown) when it has none.
    bool startFrom(const QString& provider);
    /// Measures the path against its own path without wind-down or an ETS forecast of the provider's revenue;
    /// false (and a message shown) when the history cannot be forecast.
    bool setStatusQuo(StatusQuoChoice choice);
    /// Loads a saved scenario; false when there is none by that name or it cannot be read.
    bool load(const QString& name);
    /// Saves the levers under `name`; false when it could not be saved.
    bool saveAs(const QString& name, const QString& notes);
    /// Deletes a saved scenario; undoable. False when it could not be deleted.
    bool remove(const QString& name);
    /// Saves a copy as "NAME (copy)" (or "(copy 2)" …) and returns its name; empty when there is no such scenario
    /// or the copy could not be saved.
    QString duplicate(const QString& name);
    /// Renames a saved scenario; undoable. False when there is none by that name, the new name is taken or the
    /// project could not be written.
    bool rename(const QString& name, const QString& newName);

    QUndoStack* undoStack() const { return m_undo; }
    const MixResult& result() const { return m_result; }
    /// The Monte Carlo run in progress, for tests to wait on.
    QFuture<MonteCarloResult> monteCarlo() const { return m_watcher.future(); }

signals:
    /// A chart's context menu asked for it to be exported or copied (the main window does it).
    void exportRequested(const mixshift::ChartExport::Drawing& drawing);
    void copyRequested(const mixshift::ChartExport::Drawing& drawing);

private:
    /// The levers as set, with the status quo chosen.
    MixLevers runLevers() const;
    /// Follows the status-quo choice: the forecast made once per base quarter; false (and the path without
    /// wind-down chosen again) when the provider's history cannot be forecast.
    bool adoptStatusQuo();
    StatusQuoChoice statusQuoChoice() const;
    void recompute();
    /// Puts a lever moved by hand on the undo stack.
    void recordLeverMove(const QString& lever, double before, double after, int gesture);
    void startMonteCarlo();
    void showMonteCarlo();
    void showMonteCarloResult(const MonteCarloResult& mc);
    bool push(std::unique_ptr<ProjectChange> change, const QString& select);
    void refreshSavedList(const QString& current = {});
    void askSaveAs();
    void askRename();

    Project& m_project;
    ScenarioStore m_store;
    BaseQuarter m_base;
    MixResult m_result;
    QUndoStack* m_undo;
    QComboBox* m_provider;
    QComboBox* m_saved;
    QLabel* m_baseLabel;
    QLabel* m_summary;
    QLabel* m_bandsLabel;
    LeverEditor* m_levers;
    QCustomPlot* m_paths;
    QCustomPlot* m_bridge;
    QCustomPlot* m_tornado;
    QCustomPlot* m_fan;
    QTableWidget* m_table;
    QComboBox* m_sensitivityOutput;
    BreakEvenPanel* m_breakEven;
    HeatMapPanel* m_heatMap;
    QComboBox* m_statusQuo;
    std::optional<ForecastStatusQuo> m_forecast;
    QLineEdit* m_vary;
    QFutureWatcher<MonteCarloResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelMonteCarlo;
};

} // namespace mixshift
