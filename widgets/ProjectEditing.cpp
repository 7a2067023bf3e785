#include "ProjectEditing.h"

#include "ErrorReporter.h"
#include "ImportsPanel.h"
#include "ProjectCommand.h"
#include "ValueEditDialog.h"
#include "edit/ImportChange.h"
#include "edit/ValueEdit.h"
#include "store/ImportBatches.h"
#include "store/Project.h"
#include "store/Transaction.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>
#include <QUndoView>

namespace mixshift {

ProjectEditing::ProjectEditing(QMainWindow* window, Selection selection)
    : QObject(window), m_window(window), m_selection(std::move(selection)), m_undo(new QUndoStack(this)),
      m_imports(new ImportsPanel(window)) // the window owns it until a dock takes it
{
    connect(m_imports, &ImportsPanel::undoRequested, this, &ProjectEditing::undoBatch);
    // Made now, not with the menu: the series browser, made first, offers it too.
    m_newSeries = new QAction(tr("&New Series…"), this);
    m_newSeries->setObjectName(QStringLiteral("newSeriesAction"));
    m_newSeries->setEnabled(false);
    connect(m_newSeries, &QAction::triggered, this, &ProjectEditing::newSeries);
}

ProjectEditing::~ProjectEditing() = default;

void ProjectEditing::createMenuAndDocks(QMenu* viewMenu)
{
    QMenu* edit = m_window->menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_editValue = edit->addAction(tr("&Enter or Correct Value…"), this, &ProjectEditing::editValue);
    m_editValue->setObjectName(QStringLiteral("editValueAction"));
    m_editValue->setShortcut(QKeySequence(Qt::Key_F2));
    m_editValue->setEnabled(false);
    edit->addAction(m_newSeries);

    auto* importsDock = new QDockWidget(tr("Imports"), m_window);
    importsDock->setObjectName(QStringLiteral("importsDock"));
    importsDock->setWidget(m_imports);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, importsDock);
    auto* view = new QUndoView(m_undo);
    view->setObjectName(QStringLiteral("undoHistory"));
    view->setEmptyLabel(tr("<project as opened>"));
    auto* historyDock = new QDockWidget(tr("Undo History"), m_window);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(view);
    m_window->addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    edit->addSeparator();
    QMenu* panels = viewMenu ? viewMenu : edit;
    panels->addAction(importsDock->toggleViewAction());
    panels->addAction(historyDock->toggleViewAction());
}

void ProjectEditing::setProject(Project* project)
{
    m_project = project;
    m_undo->clear();
    const bool writable = m_project && !m_project->isReadOnly();
    m_imports->setWritable(writable);
    if (m_editValue)
        m_editValue->setEnabled(writable);
    m_newSeries->setEnabled(writable);
    refresh();
}

void ProjectEditing::refresh()
{
    if (!m_project) {
        m_imports->clear();
        return;
    }
    guarded(m_window, tr("Read imports"), [this] { m_imports->read(m_project->db()); });
}

bool ProjectEditing::push(std::unique_ptr<ProjectChange> change)
{
    if (!m_project || m_project->isReadOnly())
        return false;
    const int before = m_undo->index();
    m_undo->push(new ProjectCommand(m_window, m_project->db(), std::move(change), [this] { emit changed(); }));
    // A change that failed has reported why and made itself obsolete: the stack dropped it.
    return m_undo->index() > before;
}

void ProjectEditing::recordImport(const ImportPlan& plan, const ImportOptions& options, const ImportSummary& summary)
{
    if (summary.committed)
        push(std::make_unique<ImportChange>(plan, options, summary));
}

void ProjectEditing::editValue()
{
    if (!m_project || m_project->isReadOnly())
        return;
    // Not a structured binding: C++17 lambdas cannot capture those.
    const std::pair<const SeriesSummary*, const ObservationRow*> selected = m_selection();
    const SeriesSummary* series = selected.first;
    const ObservationRow* row = selected.second;
    if (!series) {
        QMessageBox::information(m_window, tr("Enter Value"), tr("Choose a series in the browser first."));
        return;
    }
    guarded(m_window, tr("Enter value"), [&] {
        ValueEditDialog dialog(*series, row, sourceTitles(), m_window);
        if (dialog.exec() == QDialog::Accepted)
            push(std::make_unique<ValueEdit>(dialog.value(), dialog.changeText()));
    });
}

void ProjectEditing::newSeries()
{
    if (!m_project || m_project->isReadOnly())
        return;
    guarded(m_window, tr("New series"), [&] {
        Catalog catalog(m_project->db());
        ValueEditDialog dialog(catalog.providers(), catalog.metrics(), catalog.markets(), sourceTitles(), m_window);
        if (dialog.exec() == QDialog::Accepted)
            push(std::make_unique<ValueEdit>(dialog.value(), dialog.changeText()));
    });
}

QStringList ProjectEditing::sourceTitles() const
{
    QStringList sources;
    for (const SourceRow& source : ProjectQueries(m_project->db()).sources())
        if (!sources.contains(source.title))
            sources << source.title;
    return sources;
}

void ProjectEditing::undoBatch(std::int64_t batchId, const QString& fileName)
{
    if (!m_project || m_project->isReadOnly())
        return;
    // The latest step on the stack: undone there, so that Redo can make it again.
    if (m_undo->index() > 0) {
        const auto* latest = dynamic_cast<const ProjectCommand*>(m_undo->command(m_undo->index() - 1));
        if (latest && latest->change().batchId() == batchId) {
            m_undo->undo();
            return;
        }
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Undo Import"),
        tr("Undo import %1 (%2)? Its values are removed and the values it replaced come back. This clears the undo "
           "history.")
            .arg(batchId)
            .arg(fileName));
    if (answer != QMessageBox::Yes)
        return;
    const bool removed = guarded(m_window, tr("Undo import %1").arg(batchId), [&] {
        Transaction transaction(m_project->db());
        ImportBatches(m_project->db()).remove(batchId);
        transaction.commit();
    });
    if (removed) {
        m_undo->clear();
        emit changed();
    }
}

} // namespace mixshift
