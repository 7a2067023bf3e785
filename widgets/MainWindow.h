#pragma once

#include "AppSettings.h"
#include "ChecksPanel.h"
#include "SeriesBrowser.h"
#include "charts/ChartExport.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QMenu;
class QTableView;

namespace mixshift {

class ObservationTableModel;
class Project;
class ProjectEditing;
class ChartMenu;
class ChartTabs;
class ChartView;
class ImportWizard;
class ScenarioWorkspace;
class ShareWorkspace;
class StoreChangeListener;
struct ObservationRow;
struct SeriesSummary;

/// The main window: series browser (dock), the selected series' chart above its table of values, and the
/// File and Help menus. Layout and recent projects persist through AppSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file or team store (asking for a password when the store wants one), or explains in a
    /// message box why it cannot be opened; false then.
    bool openProject(const QString& path);
    /// File › Connect to Team Store…: asks for the server, database, user and password (filled in from `uri`
    /// when given) until the store opens or the user cancels.
    bool connectToTeamStore(const QString& uri = {});
    void setProject(std::unique_ptr<Project> project);

    /// Opens the import wizard on `filePath` (what dropping a CSV file on the window does).
    void importFile(const QString& filePath);
    /// Opens the import wizard on the table on the clipboard (Edit › Paste Table).
    void importClipboard();

    ChartView* chart() const { return m_chart; }
    ChartTabs* chartTabs() const { return m_tabs; }
    ChecksPanel* checks() const { return m_checks; }
    SeriesBrowser* seriesBrowser() const { return m_browser; }
    QTableView* observationTable() const { return m_table; }
    ProjectEditing* editing() const { return m_editing; }
    Project* project() const { return m_project.get(); }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Shows a wizard made for a file or the clipboard; a finished import becomes an undo step.
    void openImportWizard(ImportWizard* wizard);
    void createActions();
    void createDocks();
    void refreshRecentMenu();
    enum class OpenOutcome { Opened, Failed, PasswordWanted };
    /// Opens the project, readable only when this user may not write it; a failure is reported, except a
    /// password the team store wants when `askForPassword` (the caller asks for it).
    OpenOutcome tryOpen(const QString& path, const std::optional<QString>& password, bool askForPassword);
    /// Another user changed the team store: the browser and the counts are read again.
    void showChangeElsewhere(const QString& user);
    void newProject();
    void chooseAndOpenProject();
    void chooseAndImportFile();
    void refreshProject();
    void readProject();
    /// Asks where and at what size, and exports; a failure is reported, never thrown.
    void exportDrawing(const ChartExport::Drawing& drawing);
    void copyDrawing(const ChartExport::Drawing& drawing);
    void showAbout();
    void showSelectedSeries();
    void showSeries();
    /// The series chosen in the browser and the value chosen in its table (either may be null).
    std::pair<const SeriesSummary*, const ObservationRow*> selectedValue() const;
    void reportError(const QString& message);
    void openScenarios();
    void openShares();

    AppSettings& m_settings;
    std::unique_ptr<Project> m_project;
    /// Hears other users' changes to a team store (none for a file).
    std::unique_ptr<StoreChangeListener> m_changes;
    ObservationTableModel* m_observationModel;
    SeriesBrowser* m_browser = nullptr;
    QTableView* m_table;
    ChartView* m_chart;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_aliasAction = nullptr;
    QAction* m_scenarioAction = nullptr;
    QPointer<ScenarioWorkspace> m_scenarios;
    QAction* m_shareAction = nullptr;
    QPointer<ShareWorkspace> m_shares;
    ChartTabs* m_tabs = nullptr;
    ProjectEditing* m_editing = nullptr;
    ChecksPanel* m_checks = nullptr;
    ChartMenu* m_chartMenu = nullptr;
    QLabel* m_status;
};

} // namespace mixshift
