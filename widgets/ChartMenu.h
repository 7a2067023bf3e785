#pragma once

#include "charts/ChartExport.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace mixshift {

class ChartTabs;
class Project;

/// The main window's Chart menu, acting on the chart on show in the tabs: new, open, save, rename and delete saved
/// charts; kind, logarithmic axis, data labels (check marks as the chart on show has them, also after a tab
/// switch or an undo); reset the view; export and copy.
class ChartMenu : public QObject
{
    Q_OBJECT

public:
    ChartMenu(QMainWindow* window, ChartTabs* tabs, QUndoStack* undoStack);

    /// Lists the project's saved charts and enables what a project (writable or not) allows; null: none open.
    void setProject(Project* project);

    /// Asks which saved chart to rename and to what; the rename is a step on the undo stack.
    void renameSaved();
    /// Asks which saved chart to delete; undoable. Tabs showing it stay open, unsaved.
    void deleteSaved();

signals:
    /// Export… and Copy Image, for the window to carry out (it does the same for the workspaces' charts).
    void exportRequested(const ChartExport::Drawing& drawing);
    void copyRequested(const ChartExport::Drawing& drawing);

private:
    void saveAs();
    void syncCheckMarks();
    /// Lets the user pick one of the saved charts (the chart on show first); empty when cancelled.
    QString pickSaved(const QString& title);

    QMainWindow* m_window;
    ChartTabs* m_tabs;
    Project* m_project = nullptr;
    QMenu* m_saved;
    QAction* m_save;
    QAction* m_rename;
    QAction* m_delete;
    QAction* m_log;
    QAction* m_labels;
};

} // namespace mixshift
