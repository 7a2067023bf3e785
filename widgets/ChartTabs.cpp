#include "ChartTabs.h"

#include "charts/ChartView.h"

#include "ErrorReporter.h"

#include "analytics/SeriesResolver.h"
#include "store/Project.h"

#include <QTabBar>

namespace mixshift {

ChartTabs::ChartTabs(QWidget* seriesPage, ChartView* seriesChart, QWidget* parent)
    : QTabWidget(parent), m_seriesChart(seriesChart)
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
    return view;
}

// Resolves a definition's series and draws them; a series that cannot be resolved is reported and left out.
void ChartTabs::show(ChartView* view, const ChartDefinition& definition)
{
    if (!m_project)
        return;
    SeriesResolver resolver(m_project->db());
    QVector<ChartSeries> series;
    QStringList problems;
    QStringList details;
    ChartDefinition kept = definition;
    kept.specs.clear();
    for (const QString& spec : definition.specs) {
        try {
            series << resolver.resolve(spec);
            kept.specs << spec;
        } catch (...) {
            const ErrorReport problem = ErrorReporter::describe({}, std::current_exception());
            problems << problem.message;
            details << problem.details;
        }
    }
    view->showChart(kept, series, ProjectQueries(m_project->db()).events());
    if (!problems.isEmpty())
        ErrorReporter::report(this, {tr("Chart “%1”").arg(definition.name), problems.join(QStringLiteral("; ")),
                                     details.join(QLatin1Char('\n')).trimmed()});
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
        ChartSeries resolved = SeriesResolver(m_project->db()).resolve(series, derivation);
        resolved.spec = spec;
        ChartView* view = isChartTab() ? currentChart() : addChartTab({});
        ChartDefinition definition = view->definition();
        QVector<ChartSeries> all = view->series();
        definition.specs << spec;
        all << resolved;
        if (all.size() == 1)
            definition.kind = resolved.flow ? ChartKind::Bars : ChartKind::Line;
        view->showChart(definition, all, ProjectQueries(m_project->db()).events());
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
    return guarded(this, tr("Save chart “%1”").arg(name), [&] {
        SavedCharts(m_project->db()).save(definition);
        setTabText(currentIndex(), name);
    });
}

void ChartTabs::setKind(ChartKind kind)
{
    ChartView* view = currentChart();
    if (!m_project || !view || view->series().isEmpty())
        return;
    ChartDefinition definition = view->definition();
    definition.kind = kind;
    guarded(this, tr("Chart kind"),
            [&] { view->showChart(definition, view->series(), ProjectQueries(m_project->db()).events()); });
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
