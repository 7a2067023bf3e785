#include "ChartTabs.h"

#include "charts/ChartView.h"

#include "ErrorReporter.h"

#include "analytics/ChartDocument.h"
#include "analytics/SeriesResolver.h"
#include "store/Project.h"

#include "ProjectEditing.h"
#include "charts/ChartEditCommand.h"
#include "edit/SavedItemChange.h"

#include <QTabBar>
#include <QUndoStack>

namespace mixshift {

ChartTabs::ChartTabs(QWidget* seriesPage, ChartView* seriesChart, ProjectEditing& editing, QWidget* parent)
    : QTabWidget(parent), m_seriesChart(seriesChart), m_editing(editing)
{
    setObjectName(QStringLiteral("chartTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    addTab(seriesPage, tr("Series"));
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0) {
            QWidget* page = widget(index);
            removeTab(index);
            page->deleteLater();
        }
    });
}

void ChartTabs::setProject(Project* project)
{
    m_project = project;
    while (count() > 1) {
        QWidget* page = widget(1);
        removeTab(1);
        page->deleteLater();
    }
}

ChartView* ChartTabs::currentChart() const
{
    return currentIndex() <= 0 ? m_seriesChart : qobject_cast<ChartView*>(currentWidget());
}

ChartView* ChartTabs::addChartTab(const ChartDefinition& definition)
{
    auto* view = new ChartView;
    const QString name = definition.name.isEmpty() ? tr("Chart %1").arg(++m_created) : definition.name;
    setCurrentIndex(addTab(view, name));
    ChartDefinition named = definition;
    named.name = name;
    show(view, named);
    connect(view, &ChartView::documentEdited, this,
            [this, view](const ChartDefinition& before, const QString& what) { recordEdit(view, before, what); });
    return view;
}

// Builds the definition's document and shows it; a series that cannot be resolved is reported and left out.
void ChartTabs::show(ChartView* view, const ChartDefinition& definition)
{
    if (!m_project)
        return;
    const ChartDocument document = ChartDocument::build(m_project->db(), definition);
    view->showChart(document);
    if (!document.problems.isEmpty()) {
        QStringList problems;
        QStringList details;
        for (const Error& problem : document.problems) {
            problems << problem.message();
            details << problem.details();
        }
        ErrorReporter::report(this, {tr("Chart “%1”").arg(definition.name), problems.join(QStringLiteral("; ")),
                                     details.join(QLatin1Char('\n')).trimmed()});
    }
}

void ChartTabs::edit(ChartView* view, const ChartDefinition& after, const QString& what)
{
    if (view == m_seriesChart) {
        // The selected series' chart is no saved definition (it has no specs to build from): only its options
        // change, on the document it shows.
        ChartDocument document = view->document();
        document.definition = after;
        guarded(this, what, [&] { view->showChart(document); });
        return;
    }
    pushEdit(view, what, view->definition(), after, false);
}

void ChartTabs::recordEdit(ChartView* view, const ChartDefinition& before, const QString& what)
{
    pushEdit(view, what, before, view->definition(), true);
}

void ChartTabs::pushEdit(ChartView* view, const QString& what, const ChartDefinition& before,
                         const ChartDefinition& after, bool alreadyShown)
{
    auto show = [this](ChartView* shown, const ChartDefinition& definition) { this->show(shown, definition); };
    m_editing.undoStack()->push(new ChartEditCommand(view, what, before, after, show, alreadyShown));
}

void ChartTabs::newChart()
{
    guarded(this, tr("New chart"), [this] { addChartTab({}); });
}

void ChartTabs::addSeries(const SeriesSummary& series, Derivation derivation)
{
    if (!m_project)
        return;
    const QString spec = SeriesResolver::specFor(series, derivation);
    guarded(this, tr("Add %1 to the chart").arg(spec), [&] {
        const ChartSeries resolved = SeriesResolver(m_project->db()).resolve(series, derivation);
        ChartView* view = isChartTab() ? currentChart() : addChartTab({});
        ChartDefinition definition = view->definition();
        definition.specs << spec;
        // A flow is bars, but a forecast of one a line: its dashes and bands go on from the last stated value.
        if (definition.specs.size() == 1)
            definition.kind = resolved.flow && derivation != Derivation::Forecast ? ChartKind::Bars : ChartKind::Line;
        edit(view, definition, tr("Add %1").arg(spec));
    });
}

void ChartTabs::openSaved(const QString& name)
{
    if (!m_project)
        return;
    guarded(this, tr("Open chart “%1”").arg(name), [&] {
        if (const auto chart = SavedCharts(m_project->db()).load(name))
            addChartTab(*chart);
    });
}

bool ChartTabs::saveCurrent(const QString& name)
{
    if (!m_project || !isChartTab())
        return false;
    ChartDefinition definition = currentChart()->definition();
    definition.name = name;
    bool saved = false;
    guarded(this, tr("Save chart “%1”").arg(name), [&] {
        saved = m_editing.push(ChartChange::saving(m_project->db(), definition, tr("Save chart “%1”").arg(name)));
    });
    if (saved)
        setTabText(currentIndex(), name);
    return saved;
}

bool ChartTabs::renameSaved(const QString& name, const QString& newName)
{
    if (!m_project)
        return false;
    const QString text = tr("Rename chart “%1” to “%2”").arg(name, newName);
    if (!m_editing.push(std::make_unique<ChartRename>(text, name, newName)))
        return false;
    for (int i = 1; i < count(); ++i)
        if (tabText(i) == name)
            setTabText(i, newName);
    return true;
}

bool ChartTabs::removeSaved(const QString& name)
{
    if (!m_project)
        return false;
    bool removed = false;
    const QString text = tr("Delete chart “%1”").arg(name);
    guarded(this, text, [&] {
        if (auto change = ChartChange::removing(m_project->db(), name, text))
            removed = m_editing.push(std::move(change));
    });
    return removed;
}

void ChartTabs::rebuild()
{
    // Each on its own: one that cannot be read is reported and the others are still built.
    for (int i = 1; i < count(); ++i)
        if (auto* view = qobject_cast<ChartView*>(widget(i)))
            guarded(this, tr("Chart “%1”").arg(tabText(i)), [&] { show(view, view->definition()); });
}

void ChartTabs::setKind(ChartKind kind)
{
    ChartView* view = currentChart();
    if (!m_project || !view || view->series().isEmpty())
        return;
    if (view->definition().kind == kind)
        return;
    ChartDefinition definition = view->definition();
    definition.kind = kind;
    edit(view, definition, tr("Change chart kind"));
}

void ChartTabs::setLogScale(bool on)
{
    if (ChartView* view = currentChart())
        view->setLogScale(on);
}

void ChartTabs::setDataLabels(bool on)
{
    if (ChartView* view = currentChart())
        view->setDataLabels(on);
}

} // namespace mixshift
