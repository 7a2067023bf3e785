#pragma once

#include "import/ImportSession.h"

#include <QObject>

#include <functional>
#include <memory>

class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace mixshift {

class ImportsPanel;
class Project;
class ProjectChange;
struct ObservationRow;
struct SeriesSummary;

/// Everything that changes the open project goes through here, onto one undo stack: the Edit menu (Undo, Redo,
/// Enter or Correct Value…), the Imports panel (undo an import, also one made before the program was last
/// closed) and the undo history. `changed` is emitted after every change, done or undone.
class ProjectEditing : public QObject
{
    Q_OBJECT

public:
    /// What is selected where values are edited: the series, and the value's row (null for none).
    using Selection = std::function<std::pair<const SeriesSummary*, const ObservationRow*>()>;

    ProjectEditing(QMainWindow* window, Selection selection);
    ~ProjectEditing() override;

    /// Adds the Edit menu to the window's menu bar, and the Imports and History docks.
    void createMenuAndDocks(QMenu* viewMenu = nullptr);
    void setProject(Project* project);
    /// Reads the imports list again (the window reads the rest of the project).
    void refresh();

    /// Puts a change made now on the undo stack (applying it); a failure is reported, the stack unchanged.
    bool push(std::unique_ptr<ProjectChange> change);
    /// An import the wizard has made: on the stack, undoable, without running it again.
    void recordImport(const ImportPlan& plan, const ImportOptions& options, const ImportSummary& summary);
    /// Asks for a value of the selected series (correcting the selected row's) and enters it.
    void editValue();
    /// Asks for a new series — provider, metric, market, category — and its first value, and enters it.
    void newSeries();
    /// Edit › New Series…, for the browser's menu too.
    QAction* newSeriesAction() const { return m_newSeries; }
    void undoBatch(std::int64_t batchId, const QString& fileName);

    QUndoStack* undoStack() const { return m_undo; }
    /// The Edit menu, once made (the window adds its own entries, such as Preferences).
    QMenu* editMenu() const { return m_editMenu; }
    ImportsPanel* importsPanel() const { return m_imports; }

signals:
    void changed();

private:
    /// The titles of the project's sources, each once, for a value's source field.
    QStringList sourceTitles() const;

    QMainWindow* m_window;
    Selection m_selection;
    Project* m_project = nullptr;
    QUndoStack* m_undo;
    ImportsPanel* m_imports;
    QAction* m_editValue = nullptr;
    QAction* m_newSeries = nullptr;
    QMenu* m_editMenu = nullptr;
};

} // namespace mixshift
