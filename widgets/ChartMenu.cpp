#include "ChartMenu.h"

#include "ChartTabs.h"
#include "ErrorReporter.h"
#include "charts/ChartView.h"

#include "analytics/ChartDefinition.h"
#include "store/Project.h"

#include <QApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QUndoStack>

namespace mixshift {

ChartMenu::ChartMenu(QMainWindow* window, ChartTabs* tabs, QUndoStack* undoStack)
    : QObject(window), m_window(window), m_tabs(tabs)
{
    QMenu* chart = window->menuBar()->addMenu(tr("&Chart"));
    chart->addAction(tr("&New Chart"), tabs, &ChartTabs::newChart);
    m_saved = chart->addMenu(tr("&Open Saved Chart"));
    m_save = chart->addAction(tr("&Save Chart As…"), this, &ChartMenu::saveAs);
    m_rename = chart->addAction(tr("Re&name Saved Chart…"), this, &ChartMenu::renameSaved);
    m_delete = chart->addAction(tr("&Delete Saved Chart…"), this, &ChartMenu::deleteSaved);
    chart->addSeparator();
    QMenu* kinds = chart->addMenu(tr("&Kind"));
    const QList<std::pair<QString, ChartKind>> kindChoices{{tr("Line"), ChartKind::Line},
                                                           {tr("Grouped bars"), ChartKind::Bars},
                                                           {tr("Stacked area"), ChartKind::StackedArea},
                                                           {tr("100% stacked bars"), ChartKind::Stacked100},
                                                           {tr("Bars with lines on a second axis"), ChartKind::BarLine}};
    for (const auto& [label, kind] : kindChoices)
        kinds->addAction(label, tabs, [tabs, kind = kind] { tabs->setKind(kind); });
    m_log = chart->addAction(tr("&Logarithmic Axis"));
    m_log->setObjectName(QStringLiteral("logAxisAction"));
    m_log->setCheckable(true);
    connect(m_log, &QAction::toggled, tabs, &ChartTabs::setLogScale);
    m_labels = chart->addAction(tr("Data &Labels"));
    m_labels->setObjectName(QStringLiteral("dataLabelsAction"));
    m_labels->setCheckable(true);
    connect(m_labels, &QAction::toggled, tabs, &ChartTabs::setDataLabels);
    // The check marks say what the chart on show has: set again when another tab comes up, the menu opens or
    // an undone edit was the axis or the labels.
    connect(tabs, &QTabWidget::currentChanged, this, &ChartMenu::syncCheckMarks);
    connect(chart, &QMenu::aboutToShow, this, &ChartMenu::syncCheckMarks);
    connect(undoStack, &QUndoStack::indexChanged, this, &ChartMenu::syncCheckMarks);
    chart->addAction(tr("&Reset View"), tabs, [tabs] {
        if (ChartView* view = tabs->currentChart())
            view->resetView();
    });
    chart->addSeparator();
    QAction* exportAction = chart->addAction(tr("&Export…"), this, [this] {
        ChartView* view = m_tabs->currentChart();
        if (view && !view->series().isEmpty())
            emit exportRequested(ChartExport::drawing(*view));
    });
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction* copy = chart->addAction(tr("&Copy Image"), this, [this] {
        if (ChartView* view = m_tabs->currentChart())
            emit copyRequested(ChartExport::drawing(*view));
    });
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    setProject(nullptr);
}

void ChartMenu::setProject(Project* project)
{
    m_project = project;
    m_saved->clear();
    QStringList names;
    if (project)
        guarded(m_window, tr("Saved charts"), [&] { names = SavedCharts(project->db()).names(); });
    for (const QString& name : names)
        m_saved->addAction(name, m_tabs, [this, name] { m_tabs->openSaved(name); });
    m_saved->setEnabled(!names.isEmpty());
    const bool writable = project && !project->isReadOnly();
    m_save->setEnabled(writable);
    m_rename->setEnabled(writable && !names.isEmpty());
    m_delete->setEnabled(writable && !names.isEmpty());
}

void ChartMenu::syncCheckMarks()
{
    const ChartView* view = m_tabs->currentChart();
    const QSignalBlocker logBlocker(m_log);
    const QSignalBlocker labelsBlocker(m_labels);
    m_log->setChecked(view && view->definition().logScale);
    m_labels->setChecked(view && view->definition().dataLabels);
}

void ChartMenu::saveAs()
{
    if (!m_tabs->isChartTab()) {
        ErrorReporter::report(m_window, {QApplication::applicationDisplayName(),
                                         tr("Build a chart in a chart tab first: right-click series in the browser "
                                            "and add them."),
                                         {}});
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save Chart"), tr("Name:"), QLineEdit::Normal,
                                               m_tabs->tabText(m_tabs->currentIndex()), &ok);
    // A saved chart is a change on the undo stack: the project is read again when it is made.
    if (ok && !name.trimmed().isEmpty())
        m_tabs->saveCurrent(name.trimmed());
}

QString ChartMenu::pickSaved(const QString& title)
{
    if (!m_project)
        return {};
    QStringList names;
    guarded(m_window, title, [&] { names = SavedCharts(m_project->db()).names(); });
    if (names.isEmpty())
        return {};
    const int shown = names.indexOf(m_tabs->tabText(m_tabs->currentIndex()));
    bool ok = false;
    const QString name =
        QInputDialog::getItem(m_window, title, tr("Saved chart:"), names, std::max(0, shown), false, &ok);
    return ok ? name : QString();
}

void ChartMenu::renameSaved()
{
    const QString name = pickSaved(tr("Rename Saved Chart"));
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString newName =
        QInputDialog::getText(m_window, tr("Rename Saved Chart"), tr("New name:"), QLineEdit::Normal, name, &ok);
    if (ok && !newName.trimmed().isEmpty() && newName.trimmed() != name)
        m_tabs->renameSaved(name, newName.trimmed());
}

void ChartMenu::deleteSaved()
{
    const QString name = pickSaved(tr("Delete Saved Chart"));
    if (!name.isEmpty())
        m_tabs->removeSaved(name);
}

} // namespace mixshift
