#include "MainWindow.h"

#include "AliasDialog.h"
#include "ChartMenu.h"
#include "ChartTabs.h"
#include "ErrorReporter.h"
#include "PreferencesDialog.h"
#include "ProjectOpenDialog.h"
#include "ProjectEditing.h"
#include "RememberedLayout.h"
#include "RevisionStyleProxy.h"
#include "SeriesBrowser.h"
#include "TeamStoreDialog.h"
#include "report/ReportDialog.h"
#include "charts/ChartExport.h"
#include "charts/ChartExportFlow.h"
#include "charts/ChartView.h"
#include "import/ClipboardTable.h"
#include "import/ImportCheckPage.h"
#include "import/ImportWizard.h"
#include "scenario/ScenarioWorkspace.h"
#include "scenario/ShareWorkspace.h"

#include "Error.h"
#include "analytics/SeriesResolver.h"
#include "models/ObservationTableModel.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"
#include "store/StoreChangeListener.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace mixshift {

namespace {

/// Shows a workspace as a window of its own beside the main window (sized the first time), in front.
// A workspace in a window of its own, opening as it was last left (or at `firstSize` the first time).
void showAsWindow(QWidget* workspace, const QString& name, const QSize& firstSize, AppSettings& settings)
{
    if (!workspace->isWindow()) {
        workspace->setWindowFlag(Qt::Window);
        workspace->setAttribute(Qt::WA_DeleteOnClose);
        workspace->resize(firstSize);
        (new RememberedLayout(workspace, name, settings))->restore();
    }
    workspace->show();
    workspace->raise();
    workspace->activateWindow();
}

// Functions, not constants: translated when a dialog asks, after the translator is installed.
QString projectFilter()
{
    return MainWindow::tr("MixShift projects (*.mixshift);;All files (*)");
}

QString csvFilter()
{
    return MainWindow::tr("Tables (*.csv *.tsv *.txt *.xlsx *.ods);;CSV files (*.csv *.tsv *.txt);;Workbooks (*.xlsx "
                          "*.ods);;All files (*)");
}

// The first local CSV-like file or workbook among dropped URLs.
QString droppedCsv(const QMimeData* data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl& url : data->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
                                  suffix == QLatin1String("txt") || suffix == QLatin1String("xlsx") ||
                                  suffix == QLatin1String("ods")))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_observationModel(new ObservationTableModel(this)),
      m_table(new QTableView),
      m_chart(new ChartView),
      m_status(new QLabel)
{
    setWindowTitle(QApplication::applicationDisplayName());
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    auto* proxy = new RevisionStyleProxy(this);
    proxy->setSourceModel(m_observationModel);
    m_table->setModel(proxy);
    m_table->setObjectName(QStringLiteral("observationTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ObservationTableModel::SourceColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("chartTableSplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_editing = new ProjectEditing(this, [this] { return selectedValue(); });
    m_tabs = new ChartTabs(splitter, m_chart, *m_editing);
    setCentralWidget(m_tabs);

    connect(m_editing, &ProjectEditing::changed, this, &MainWindow::refreshProject);
    connect(m_table, &QAbstractItemView::doubleClicked, m_editing, &ProjectEditing::editValue);
    createDocks();
    createActions();
    statusBar()->addWidget(m_status, 1);

    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.85);
        move(available.center() - rect().center());
    }
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    // Before the project they work on.
    delete m_scenarios;
    delete m_shares;
}

void MainWindow::createDocks()
{
    m_browser = new SeriesBrowser([this] { return m_tabs->isChartTab(); }, m_editing->newSeriesAction());
    connect(m_browser, &SeriesBrowser::currentSeriesChanged, this, &MainWindow::showSelectedSeries);
    connect(m_browser, &SeriesBrowser::addToChartRequested, m_tabs, &ChartTabs::addSeries);

    auto* dock = new QDockWidget(tr("Series"), this);
    dock->setObjectName(QStringLiteral("seriesDock"));
    dock->setWidget(m_browser);
    dock->setMinimumWidth(400);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_checks = new ChecksPanel;
    auto* checksDock = new QDockWidget(tr("Checks"), this);
    checksDock->setObjectName(QStringLiteral("checksDock"));
    checksDock->setWidget(m_checks);
    addDockWidget(Qt::BottomDockWidgetArea, checksDock);
}

void MainWindow::exportDrawing(const ChartExport::Drawing& drawing)
{
    guarded(this, tr("Export chart"), [&] {
        const QString path = ChartExportFlow::exportDrawing(this, m_settings, drawing);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
}

void MainWindow::copyDrawing(const ChartExport::Drawing& drawing)
{
    guarded(this, tr("Copy chart"), [&] { ChartExportFlow::copyDrawing(m_settings, drawing); });
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseAndOpenProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    refreshRecentMenu();
    QAction* connectAction = file->addAction(tr("Connect to &Team Store…"), this, [this] {
        // Filled in from the team store open now: another database on the same server is the likely next one.
        connectToTeamStore(m_project && m_project->isTeamStore() ? m_project->path() : QString());
    });
    connectAction->setObjectName(QStringLiteral("connectTeamStoreAction"));
    connectAction->setStatusTip(tr("Open a project shared on a PostgreSQL server"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import File…"), this, &MainWindow::chooseAndImportFile);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAction->setEnabled(false);
    m_aliasAction = file->addAction(tr("&Aliases…"), this, [this] {
        if (m_project)
            guarded(this, tr("Aliases"), [this] { AliasDialog(*m_project, *m_editing, this).exec(); });
    });
    m_aliasAction->setEnabled(false);
    file->addSeparator();
    m_reportAction = file->addAction(tr("E&xport Report…"), this, [this] {
        if (m_project)
            guarded(this, tr("Export report"), [this] {
                ReportDialog dialog(*m_project, m_settings, this);
                if (dialog.exec() == QDialog::Accepted)
                    statusBar()->showMessage(tr("Report saved"), 8000);
            });
    });
    m_reportAction->setEnabled(false);
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    m_editing->createMenuAndDocks();
    // Paste imports a copied table through the wizard; in a text field Ctrl+V still pastes into the field.
    m_pasteAction = new QAction(tr("&Paste Table…"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setStatusTip(tr("Import a table copied from a spreadsheet or a web page"));
    m_pasteAction->setEnabled(false);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::importClipboard);
    // Beside the other ways of putting values in: after New Series….
    const QList<QAction*> editActions = m_editing->editMenu()->actions();
    const qsizetype newSeries = editActions.indexOf(m_editing->newSeriesAction());
    m_editing->editMenu()->insertAction(editActions.value(newSeries + 1), m_pasteAction);
    m_editing->editMenu()->addSeparator();
    QAction* preferences = m_editing->editMenu()->addAction(tr("&Preferences…"), this, [this] {
        // The browser, the table and the charts show money as the preference now says.
        if (PreferencesDialog(m_settings, this).exec() == QDialog::Accepted && m_project) {
            refreshProject();
            m_tabs->rebuild();
        }
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    m_chartMenu = new ChartMenu(this, m_tabs, m_editing->undoStack());
    connect(m_chartMenu, &ChartMenu::exportRequested, this, &MainWindow::exportDrawing);
    connect(m_chartMenu, &ChartMenu::copyRequested, this, &MainWindow::copyDrawing);
    QMenu* scenario = menuBar()->addMenu(tr("&Scenario"));
    m_scenarioAction = scenario->addAction(tr("&Revenue-mix workspace…"), this, &MainWindow::openScenarios);
    m_scenarioAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_scenarioAction->setEnabled(false);
    m_shareAction = scenario->addAction(tr("&Market-share workspace…"), this, &MainWindow::openShares);
    m_shareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_shareAction->setEnabled(false);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About MixShift"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openScenarios()
{
    if (!m_project)
        return;
    guarded(this, tr("Revenue-mix workspace"), [this] {
        if (!m_scenarios) {
            m_scenarios = new ScenarioWorkspace(*m_project, *m_editing->undoStack(), this);
            connect(m_scenarios, &ScenarioWorkspace::exportRequested, this, &MainWindow::exportDrawing);
            connect(m_scenarios, &ScenarioWorkspace::copyRequested, this, &MainWindow::copyDrawing);
            m_scenarios->startFrom(QStringLiteral("Alibaba Cloud"));
        }
        showAsWindow(m_scenarios, QStringLiteral("mixWorkspace"), {1400, 860}, m_settings);
    });
}

void MainWindow::openShares()
{
    if (!m_project)
        return;
    guarded(this, tr("Market-share workspace"), [this] {
        if (!m_shares) {
            m_shares = new ShareWorkspace(*m_project, this);
            connect(m_shares, &ShareWorkspace::exportRequested, this, &MainWindow::exportDrawing);
            connect(m_shares, &ShareWorkspace::copyRequested, this, &MainWindow::copyDrawing);
        }
        showAsWindow(m_shares, QStringLiteral("shareWorkspace"), {1300, 800}, m_settings);
    });
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(Project::shortName(path)),
                                                  this, [this, path] { openProject(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

MainWindow::OpenOutcome MainWindow::tryOpen(const QString& path, const std::optional<QString>& password,
                                            bool askForPassword)
{
    bool passwordWanted = false;
    const bool opened = guarded(this, tr("Open project"), [&] {
        try {
            // A project this user may not change (a read-only file, folder or medium, a reader's team store)
            // opens for reading, and says so.
            const auto access = Project::isWritable(path, password) ? Project::Access::Write : Project::Access::Read;
            setProject(Project::open(path, access, password));
        } catch (const PasswordRequired&) {
            if (!askForPassword)
                throw;
            passwordWanted = true;
        }
    });
    return passwordWanted ? OpenOutcome::PasswordWanted : opened ? OpenOutcome::Opened : OpenOutcome::Failed;
}

bool MainWindow::openProject(const QString& path)
{
    switch (tryOpen(path, std::nullopt, true)) {
    case OpenOutcome::Opened:
        return true;
    case OpenOutcome::PasswordWanted:
        return connectToTeamStore(path);
    case OpenOutcome::Failed:
        break;
    }
    // A file that is gone leaves the recent list; a server may only be down for now.
    if (!Project::isTeamStore(path) && !QFileInfo::exists(path)) {
        m_settings.removeRecentFile(path);
        refreshRecentMenu();
    }
    return false;
}

bool MainWindow::connectToTeamStore(const QString& uri)
{
    TeamStoreDialog dialog(uri, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (tryOpen(dialog.uri(), dialog.password(), false) == OpenOutcome::Opened)
            return true;
        dialog.focusPassword();
    }
    return false;
}

void MainWindow::showChangeElsewhere(const QString& user)
{
    refreshProject();
    statusBar()->showMessage(tr("%1 changed the team store; the series are read again").arg(user), 10000);
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    // They work on the project being replaced.
    delete m_scenarios;
    delete m_shares;
    m_changes.reset();
    m_project = std::move(project);
    m_settings.addRecentFile(m_project->path());
    // Not being told of others' changes is no reason to refuse the store: said once, then it works as before.
    guarded(this, tr("Listen for changes"), [this] {
        m_changes = StoreChangeListener::watch(*m_project);
        if (m_changes)
            connect(m_changes.get(), &StoreChangeListener::changedElsewhere, this, &MainWindow::showChangeElsewhere);
    });
    refreshRecentMenu();
    const bool writable = !m_project->isReadOnly();
    m_importAction->setEnabled(writable);
    m_pasteAction->setEnabled(writable);
    m_aliasAction->setEnabled(writable);
    m_reportAction->setEnabled(m_project != nullptr);
    m_scenarioAction->setEnabled(true);
    m_shareAction->setEnabled(true);
    m_tabs->setProject(m_project.get());
    m_editing->setProject(m_project.get());
    setWindowFilePath(m_project->isTeamStore() ? QString() : m_project->path());
    const QString name = m_project->displayName();
    setWindowTitle(QStringLiteral("%1 — %2").arg(writable ? name : tr("%1 (read-only)").arg(name),
                                                QApplication::applicationDisplayName()));
    // Nothing of the last project stays chosen, also when reading this one fails half way.
    m_browser->setSeries({});
    refreshProject();
    m_browser->setFocus();
}

// Re-reads the series and counts, keeping the selected series when it still exists.
void MainWindow::refreshProject()
{
    guarded(this, tr("Refresh project"), [this] { readProject(); });
}

void MainWindow::readProject()
{
    // First: the menu must not keep the last project, also when a query below fails.
    m_chartMenu->setProject(m_project.get());
    ProjectQueries queries(m_project->db());
    const ProjectCounts counts = queries.counts();
    m_checks->read(*m_project);
    m_editing->refresh();
    const QString where = m_project->isTeamStore() ? m_project->path() : QDir::toNativeSeparators(m_project->path());
    m_status->setText(tr("%1 · %2 providers · %3 series · %4 values (%5 revisions) · %6 sources")
                          .arg(m_project->isReadOnly() ? tr("Read-only: %1 (changes cannot be saved)").arg(where) : where)
                          .arg(counts.providers)
                          .arg(counts.series)
                          .arg(counts.observations)
                          .arg(counts.revisions)
                          .arg(counts.sources));
    // Last: choosing the series shows it, with everything above read.
    m_browser->setSeries(queries.series());
}

void MainWindow::chooseAndImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import File"), m_settings.lastDirectory(), csvFilter());
    if (path.isEmpty())
        return;
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    importFile(path);
}

void MainWindow::importFile(const QString& filePath)
{
    if (!m_project || m_project->isReadOnly())
        return;
    guarded(this, tr("Import %1").arg(QFileInfo(filePath).fileName()),
            [&] { openImportWizard(new ImportWizard(*m_project, filePath, this)); });
}

void MainWindow::importClipboard()
{
    if (!m_project || m_project->isReadOnly())
        return;
    const std::optional<ImportSource> source = ClipboardTable::source(QGuiApplication::clipboard()->mimeData());
    if (!source) {
        statusBar()->showMessage(tr("The clipboard holds no table to import"), 8000);
        return;
    }
    guarded(this, tr("Paste"), [&] { openImportWizard(new ImportWizard(*m_project, *source, this)); });
}

void MainWindow::openImportWizard(ImportWizard* wizard)
{
    wizard->checkPage()->setPolicy(m_settings.conflictPolicy());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this, wizard](const ImportSummary& summary) {
        m_editing->recordImport(wizard->plan(), wizard->options(), summary);
        refreshProject();
        // One arg() for all: a file named "50%1.csv" must not take the next number's place.
        statusBar()->showMessage(tr("Imported %1 values from %2 (%3 conflicts, %4 rows refused)")
                                     .arg(QString::number(summary.valuesImported), summary.fileName,
                                          QString::number(summary.conflicts), QString::number(summary.rowsRejected)),
                                 10000);
    });
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_project && !m_project->isReadOnly() && !droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importFile(path);
}

void MainWindow::showSelectedSeries()
{
    guarded(this, tr("Show series"), [this] { showSeries(); });
}

void MainWindow::showSeries()
{
    const SeriesSummary* series = m_browser->currentSeries();
    if (!series || !m_project) {
        m_observationModel->clear();
        m_chart->showNothing(m_project && m_browser->isEmpty() ? tr("This project holds no series yet")
                                                               : tr("Select a series in the browser"));
        return;
    }
    ObservationFilter filter;
    filter.seriesId = series->id;
    const QVector<ObservationRow> rows = ProjectQueries(m_project->db()).observations(filter);
    m_observationModel->setObservations(*series, rows);
    m_table->resizeColumnToContents(ObservationTableModel::PeriodColumn);
    m_table->resizeColumnToContents(ObservationTableModel::ValueColumn);
    m_table->setColumnWidth(ObservationTableModel::OriginalTextColumn, 280);
    ChartDefinition chart;
    chart.kind = series->isFlow() ? ChartKind::Bars : ChartKind::Line;
    m_chart->showChart({chart, {SeriesResolver(m_project->db()).resolve(*series, Derivation::None)},
                        ProjectQueries(m_project->db()).events()});
}

std::pair<const SeriesSummary*, const ObservationRow*> MainWindow::selectedValue() const
{
    const SeriesSummary* series = m_browser->currentSeries();
    const auto* proxy = static_cast<const QAbstractProxyModel*>(m_table->model());
    const QModelIndex row = proxy->mapToSource(m_table->currentIndex());
    return {series, series && row.isValid() ? m_observationModel->rowAt(row.row()) : nullptr};
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), m_settings.lastDirectory(), projectFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mixshift");
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    guarded(this, tr("New project"), [&] {
        // The save dialog has already asked before replacing an existing file.
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        setProject(SampleDataset::createProject(path, SampleDataset::Content::Catalog));
    });
}

void MainWindow::chooseAndOpenProject()
{
    ProjectOpenDialog dialog(this, m_settings.lastDirectory(), projectFilter());
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    const QString chosen = dialog.chosen();
    if (!Project::isTeamStore(chosen))
        m_settings.setLastDirectory(QFileInfo(chosen).absolutePath());
    openProject(chosen);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About MixShift"),
        tr("<h3>MixShift %1</h3>"
           "<p>Cloud-market figures with their sources, charts, and what-if scenarios of a shift from "
           "project-based to public-cloud revenue.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later. Built with Qt %2 (LGPL-3.0), "
           "QCustomPlot (GPL-3.0) and SQLite (public domain).</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::reportError(const QString& message)
{
    ErrorReporter::report(this, {QApplication::applicationDisplayName(), message, {}});
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    event->accept();
}

} // namespace mixshift
