#include "AppSettings.h"
#include "ReportedErrors.h"
#include "ImportsPanel.h"
#include "ProjectEditing.h"
#include "ValueEditDialog.h"
#include "MainWindow.h"
#include "ChartTabs.h"
#include "ChecksPanel.h"
#include "charts/ChartView.h"
#include "scenario/ScenarioWorkspace.h"
#include "scenario/ShareWorkspace.h"

#include "analytics/ChartDefinition.h"
#include "domain/Unit.h"
#include "models/SeriesTreeModel.h"
#include "sample/SampleDataset.h"
#include "import/ImportCheckPage.h"
#include "import/ImportSession.h"
#include "import/ImportWizard.h"
#include "models/ObservationTableModel.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"
#include "store/Catalog.h"

#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QImage>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QTreeWidget>

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

struct SampleWindow
{
    QTemporaryDir dir;
    QSettings ini{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{ini};
    MainWindow window{settings};

    SampleWindow()
    {
        window.resize(1400, 900);
        window.setProject(SampleDataset::createProject(dir.filePath(QStringLiteral("sample.mixshift"))));
        window.show();
    }

    /// Until the checks panel lists what the checks found (they run off the GUI thread).
    void waitForChecks()
    {
        const QDeadlineTimer deadline(30000);
        while (window.checks()->isChecking() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        BOOST_REQUIRE_MESSAGE(!window.checks()->isChecking(), "the checks did not finish");
    }

    /// The window's action with `shortcut`; the test fails without one.
    QAction* action(const QKeySequence& shortcut)
    {
        for (QAction* action : window.findChildren<QAction*>())
            if (action->shortcut() == shortcut)
                return action;
        BOOST_FAIL("no action for " + shortcut.toString().toStdString());
        return nullptr;
    }

    /// Selects the series whose browser path is provider → metric → leaf.
    void select(const QString& provider, const QString& metric, const QString& leaf)
    {
        QAbstractItemModel* model = window.seriesBrowser()->model();
        for (int p = 0; p < model->rowCount(); ++p) {
            const QModelIndex pi = model->index(p, 0);
            if (!pi.data().toString().startsWith(provider))
                continue;
            for (int m = 0; m < model->rowCount(pi); ++m) {
                const QModelIndex mi = model->index(m, 0, pi);
                if (!mi.data().toString().startsWith(metric))
                    continue;
                for (int l = 0; l < model->rowCount(mi); ++l) {
                    const QModelIndex li = model->index(l, 0, mi);
                    if (li.data().toString().startsWith(leaf)) {
                        window.seriesBrowser()->setCurrentIndex(li);
                        return;
                    }
                }
            }
        }
        BOOST_FAIL("no series " + (provider + " / " + metric + " / " + leaf).toStdString());
    }

    // Pixels of the chart's plotting area that are neither background nor grid grey.
    int colouredPixels(const QColor& near)
    {
        QCustomPlot* plot = window.chart()->plot();
        const QImage image = plot->toPixmap(1000, 600).toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - near.red()) < 30 && std::abs(c.green() - near.green()) < 30 &&
                    std::abs(c.blue() - near.blue()) < 30)
                    ++count;
            }
        return count;
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(main_window)

BOOST_AUTO_TEST_CASE(opens_the_sample_project_with_a_series_selected)
{
    SampleWindow w;
    BOOST_TEST(w.window.seriesBrowser()->model()->rowCount() >= 7);
    BOOST_TEST(w.window.observationTable()->model()->rowCount() > 0);
    BOOST_TEST(w.window.windowTitle().contains(QStringLiteral("sample.mixshift")));
    BOOST_TEST(w.settings.recentFiles().size() == 1);
}

BOOST_AUTO_TEST_CASE(flow_series_draws_bars_with_title_unit_and_source)
{
    SampleWindow w;
    w.select(QStringLiteral("Alibaba Cloud"), QStringLiteral("Revenue"), QStringLiteral("CNY"));
    QCustomPlot* plot = w.window.chart()->plot();
    BOOST_REQUIRE_EQUAL(plot->plottableCount(), 1);
    auto* bars = qobject_cast<QCPBars*>(plot->plottable(0));
    BOOST_REQUIRE(bars);
    BOOST_TEST(bars->data()->size() >= 3);
    // FY2024 Q2 (Jul-Sep 2023) is drawn at 276.48 億元.
    bool found = false;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        found = found || (it->key > 2023.5 && it->key < 2023.75 && std::abs(it->value - 276.48) < 1e-9);
    BOOST_TEST(found);
    BOOST_TEST(plot->yAxis->label().contains(QStringLiteral("億元")));
    BOOST_TEST(plot->yAxis->range().contains(276.48));
    BOOST_TEST(w.window.chart()->title().contains(QStringLiteral("Alibaba Cloud")));
    BOOST_TEST(w.window.chart()->document().sourceLine().startsWith(QStringLiteral("Source: ")));
    BOOST_TEST(w.window.chart()->document().sourceLine().contains(QStringLiteral("阿里雲重新定調")));
    BOOST_TEST(w.colouredPixels(bars->brush().color()) > 500, "the bars are not on the rendered image");
}

BOOST_AUTO_TEST_CASE(ratio_series_draws_a_line_through_every_year)
{
    SampleWindow w;
    w.select(QStringLiteral("AWS"), QStringLiteral("Market share"), QStringLiteral("Worldwide IaaS"));
    QCustomPlot* plot = w.window.chart()->plot();
    BOOST_REQUIRE_EQUAL(plot->graphCount(), 1);
    QCPGraph* graph = plot->graph(0);
    BOOST_TEST(graph->data()->size() >= 4);
    BOOST_TEST(plot->yAxis->label().contains(QStringLiteral("%")));
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        BOOST_TEST(plot->yAxis->range().contains(it->value));
        BOOST_TEST(plot->xAxis->range().contains(it->key));
    }
    BOOST_TEST(w.colouredPixels(graph->pen().color()) > 200, "the line is not on the rendered image");
}

BOOST_AUTO_TEST_CASE(window_layout_is_saved_on_close)
{
    SampleWindow w;
    w.window.close();
    BOOST_TEST(!w.settings.windowGeometry().isEmpty());
    BOOST_TEST(!w.settings.windowState().isEmpty());
}

BOOST_AUTO_TEST_CASE(derived_series_go_to_a_chart_tab_in_two_steps)
{
    SampleWindow w;
    ChartTabs* tabs = w.window.chartTabs();
    BOOST_TEST(tabs->count() == 1);
    w.select(QStringLiteral("Alibaba Cloud"), QStringLiteral("Adjusted EBITA"), QStringLiteral("CNY"));
    const SeriesSummary* ebita =
        static_cast<SeriesTreeModel*>(w.window.seriesBrowser()->model())->seriesAt(w.window.seriesBrowser()->currentIndex());
    BOOST_REQUIRE(ebita);
    tabs->addSeries(*ebita, Derivation::Margin);
    BOOST_TEST(tabs->count() == 2);
    BOOST_TEST(tabs->isChartTab());
    ChartView* chart = tabs->currentChart();
    BOOST_REQUIRE_EQUAL(chart->series().size(), 1);
    BOOST_TEST(chart->series().front().derivedFrom.contains(QStringLiteral("margin on revenue")));
    BOOST_TEST(chart->definition().specs.front().toStdString() == "Alibaba Cloud/adjusted_ebita$CNY:margin");
    // A second series joins the same chart.
    tabs->addSeries(*ebita, Derivation::None);
    BOOST_TEST(tabs->count() == 2);
    BOOST_TEST(chart->series().size() == 2);
    BOOST_TEST(chart->plot()->yAxis2->visible(), "億元 and % on two axes");
    BOOST_TEST(tabs->saveCurrent(QStringLiteral("EBITA and margin")));
    tabs->openSaved(QStringLiteral("EBITA and margin"));
    BOOST_TEST(tabs->count() == 3);
    BOOST_TEST(tabs->currentChart()->series().size() == 2);
}

BOOST_AUTO_TEST_CASE(chart_edits_are_undone_and_redone_one_by_one)
{
    SampleWindow w;
    ChartTabs* tabs = w.window.chartTabs();
    QUndoStack* stack = w.window.findChild<QUndoStack*>();
    BOOST_REQUIRE(stack);
    auto* log = w.window.findChild<QAction*>(QStringLiteral("logAxisAction"));
    w.select(QStringLiteral("Alibaba Cloud"), QStringLiteral("Adjusted EBITA"), QStringLiteral("CNY"));
    const SeriesSummary* ebita =
        static_cast<SeriesTreeModel*>(w.window.seriesBrowser()->model())->seriesAt(w.window.seriesBrowser()->currentIndex());
    BOOST_REQUIRE(ebita);
    tabs->addSeries(*ebita, Derivation::None);
    tabs->addSeries(*ebita, Derivation::Margin);
    ChartView* chart = tabs->currentChart();
    BOOST_TEST(chart->definition().specs.size() == 2);
    tabs->setKind(ChartKind::Line);
    log->trigger();
    ChartAnnotation target;
    target.kind = ChartAnnotation::Kind::ReferenceLine;
    target.value = 0.1;
    target.text = QStringLiteral("10% target");
    chart->setAnnotations({target}, QStringLiteral("Add annotation"));
    BOOST_TEST(chart->definition().annotations.size() == 1);

    stack->undo(); // the annotation
    BOOST_TEST(chart->definition().annotations.isEmpty());
    BOOST_TEST(chart->definition().logScale);
    stack->undo(); // the axis
    BOOST_TEST(!chart->definition().logScale);
    BOOST_TEST(!log->isChecked(), "the check mark follows the undone axis");
    stack->undo(); // the kind
    BOOST_TEST((chart->definition().kind == ChartKind::Bars));
    stack->undo(); // the margin series
    BOOST_TEST(chart->definition().specs.size() == 1);
    BOOST_TEST(chart->series().size() == 1, "the chart shows what its definition says");
    stack->redo();
    stack->redo();
    stack->redo();
    stack->redo();
    BOOST_TEST(chart->definition().specs.size() == 2);
    BOOST_TEST((chart->definition().kind == ChartKind::Line));
    BOOST_TEST(chart->definition().logScale);
    BOOST_TEST(log->isChecked());
    BOOST_TEST(chart->definition().annotations.size() == 1);
    BOOST_TEST(chart->definition().annotations.front().text.toStdString() == "10% target");

    chart->removeSeries(1);
    BOOST_TEST(chart->definition().specs.size() == 1);
    BOOST_TEST(chart->series().size() == 1);
    stack->undo();
    BOOST_TEST(chart->definition().specs.size() == 2, "a removed series comes back");
    BOOST_TEST(chart->series().size() == 2);

    // A closed tab's steps leave the stack when they are reached, instead of doing nothing there.
    tabs->tabCloseRequested(tabs->currentIndex());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int steps = stack->count();
    stack->undo();
    stack->undo();
    BOOST_TEST(tabs->count() == 1);
    BOOST_TEST(stack->count() == steps - 2);
}

BOOST_AUTO_TEST_CASE(the_series_tab_keeps_its_chart_when_its_kind_changes)
{
    SampleWindow w;
    ChartTabs* tabs = w.window.chartTabs();
    BOOST_REQUIRE(!tabs->isChartTab());
    const int series = tabs->currentChart()->series().size();
    BOOST_REQUIRE(series > 0);
    tabs->setKind(ChartKind::Line);
    BOOST_TEST(tabs->currentChart()->series().size() == series);
    BOOST_TEST((tabs->currentChart()->definition().kind == ChartKind::Line));
}

BOOST_AUTO_TEST_CASE(open_charts_follow_the_money_preference)
{
    SampleWindow w;
    ChartTabs* tabs = w.window.chartTabs();
    tabs->openSaved(QStringLiteral("Quarterly cloud revenue in USD"));
    QCustomPlot* plot = tabs->currentChart()->plot();
    BOOST_TEST(plot->yAxis->label().contains(QStringLiteral("bn USD")), plot->yAxis->label().toStdString());
    struct Restore
    {
        ~Restore() { DisplayUnit::setMoneyDisplay(MoneyDisplay::ByCurrency); }
    } restore;
    DisplayUnit::setMoneyDisplay(MoneyDisplay::HundredMillions);
    tabs->rebuild();
    BOOST_TEST(plot->yAxis->label().contains(QStringLiteral("億美元")), plot->yAxis->label().toStdString());
}

BOOST_AUTO_TEST_CASE(a_saved_chart_is_renamed_and_deleted_undoably)
{
    SampleWindow w;
    ChartTabs* tabs = w.window.chartTabs();
    QUndoStack* stack = w.window.findChild<QUndoStack*>();
    const QString name = QStringLiteral("Quarterly cloud revenue in USD");
    auto saved = [&] {
        QStringList names = SavedCharts(w.window.project()->db()).names();
        names.sort();
        return names;
    };
    BOOST_REQUIRE(saved().contains(name));
    tabs->openSaved(name);
    const QStringList before = saved();

    BOOST_TEST(tabs->renameSaved(name, QStringLiteral("USD revenue")));
    BOOST_TEST(saved().contains(QStringLiteral("USD revenue")));
    BOOST_TEST(!saved().contains(name));
    BOOST_TEST(tabs->tabText(tabs->currentIndex()).toStdString() == "USD revenue", "the open tab follows");
    {
        test::ReportedErrors errors;
        BOOST_TEST(!tabs->renameSaved(QStringLiteral("USD revenue"), before.front()), "a taken name is refused");
        BOOST_TEST(errors.only().contains(QStringLiteral("already a chart called")));
    }
    BOOST_TEST(tabs->removeSaved(QStringLiteral("USD revenue")));
    BOOST_TEST(!saved().contains(QStringLiteral("USD revenue")));
    BOOST_TEST(tabs->count() == 2, "the tab stays open");

    stack->undo(); // the deletion
    BOOST_TEST(saved().contains(QStringLiteral("USD revenue")));
    stack->undo(); // the rename
    BOOST_TEST(saved() == before);
    stack->redo();
    stack->redo();
    BOOST_TEST(!saved().contains(QStringLiteral("USD revenue")));
    BOOST_TEST(!saved().contains(name));
}

BOOST_AUTO_TEST_CASE(saved_views_open_and_checks_are_listed)
{
    SampleWindow w;
    w.window.chartTabs()->openSaved(QStringLiteral("Worldwide IaaS shares (Gartner) — 100% bars"));
    BOOST_TEST(w.window.chartTabs()->currentChart()->plot()->plottableCount() == 6);
    w.waitForChecks();
    BOOST_TEST(w.window.checks()->topLevelItemCount() >= 1);
    BOOST_TEST(w.window.checks()->topLevelItem(0)->childCount() >= 2, "a finding shows the figures it compares");
}

BOOST_AUTO_TEST_CASE(the_chart_menu_check_marks_follow_the_tab_on_show)
{
    SampleWindow w;
    auto* log = w.window.findChild<QAction*>(QStringLiteral("logAxisAction"));
    auto* labels = w.window.findChild<QAction*>(QStringLiteral("dataLabelsAction"));
    BOOST_REQUIRE(log && labels);
    ChartTabs* tabs = w.window.chartTabs();
    tabs->openSaved(QStringLiteral("Quarterly cloud revenue in USD"));
    const int first = tabs->currentIndex();
    log->trigger();
    BOOST_TEST(tabs->currentChart()->definition().logScale);
    tabs->openSaved(QStringLiteral("Alibaba Cloud adjusted EBITA margin"));
    BOOST_TEST(!log->isChecked(), "the new tab has a linear axis");
    BOOST_TEST(!tabs->currentChart()->definition().logScale);
    labels->trigger();
    tabs->setCurrentIndex(first);
    BOOST_TEST(log->isChecked());
    BOOST_TEST(!labels->isChecked(), "labels were set on the other tab");
    BOOST_TEST(tabs->currentChart()->definition().logScale, "switching tabs changes no chart");
    tabs->setCurrentIndex(first + 1);
    BOOST_TEST(labels->isChecked());
    BOOST_TEST(!log->isChecked());
}

BOOST_AUTO_TEST_CASE(a_workspace_window_opens_as_it_was_left)
{
    SampleWindow w;
    QAction* open = w.action(QKeySequence(Qt::CTRL | Qt::Key_M));
    open->trigger();
    QPointer<ScenarioWorkspace> workspace = w.window.findChild<ScenarioWorkspace*>();
    BOOST_REQUIRE(workspace);
    workspace->resize(workspace->width() + 150, 777);
    const QSize left = workspace->size(); // as the window's layout allows
    auto* splitter = workspace->findChild<QSplitter*>();
    BOOST_REQUIRE(splitter);
    splitter->setSizes({300, 800});
    const QList<int> sizes = splitter->sizes();
    workspace->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    BOOST_TEST(workspace.isNull(), "closed, the workspace is gone");
    BOOST_TEST(!w.settings.windowLayout(QStringLiteral("mixWorkspace"), QStringLiteral("geometry")).isEmpty());

    open->trigger();
    auto* again = w.window.findChild<ScenarioWorkspace*>();
    BOOST_REQUIRE(again);
    BOOST_TEST(again->width() == left.width());
    BOOST_TEST(again->height() == left.height());
    BOOST_TEST(left.height() == 777);
    BOOST_TEST(again->findChild<QSplitter*>()->sizes() == sizes);
    again->close();
}

BOOST_AUTO_TEST_CASE(the_scenario_menu_opens_the_mix_and_share_workspaces)
{
    SampleWindow w;
    QAction* open = w.action(QKeySequence(Qt::CTRL | Qt::Key_M));
    open->trigger();
    auto* workspace = w.window.findChild<ScenarioWorkspace*>();
    BOOST_REQUIRE(workspace);
    BOOST_TEST(workspace->isVisible());
    BOOST_TEST(workspace->findChild<QComboBox*>(QStringLiteral("provider"))->currentText().toStdString() == "Alibaba Cloud");
    workspace->monteCarlo().waitForFinished();

    w.action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M))->trigger();
    auto* shares = w.window.findChild<ShareWorkspace*>();
    BOOST_REQUIRE(shares);
    BOOST_TEST(shares->isVisible());
    BOOST_TEST(shares->years().size() == 6, "the article's 2022 shares and five years ahead");
}

namespace {

// The table's rows as "period|value shown|original text".
QStringList tableRows(MainWindow& window)
{
    QAbstractItemModel* model = window.observationTable()->model();
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, ObservationTableModel::PeriodColumn).data().toString() + QLatin1Char('|') +
                    model->index(r, ObservationTableModel::ValueColumn).data().toString() + QLatin1Char('|') +
                    model->index(r, ObservationTableModel::OriginalTextColumn).data().toString();
    return rows;
}

// The row of `period` whose original text contains `text`; -1 (and the rows printed) when there is none.
int rowOf(MainWindow& window, const QString& period, const QString& text)
{
    QAbstractItemModel* model = window.observationTable()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ObservationTableModel::PeriodColumn).data().toString().startsWith(period) &&
            model->index(r, ObservationTableModel::OriginalTextColumn).data().toString().contains(text))
            return r;
    BOOST_TEST_MESSAGE("rows: " << tableRows(window).join(QStringLiteral("\n")).toStdString());
    return -1;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_value_corrected_by_hand_is_undone_and_redone_from_the_edit_menu)
{
    SampleWindow w;
    w.select(QStringLiteral("Alibaba Cloud"), QStringLiteral("Revenue"), QStringLiteral("CNY"));
    const QStringList before = tableRows(w.window);
    const int row = rowOf(w.window, QStringLiteral("FY2024 Q2"), QStringLiteral("276.48億元"));
    BOOST_REQUIRE(row >= 0);
    w.window.observationTable()->setCurrentIndex(w.window.observationTable()->model()->index(row, 0));

    // The dialog as F2 opens it: prefilled from the row; a value it cannot read keeps it open.
    const SeriesSummary* selected = static_cast<const SeriesTreeModel*>(w.window.seriesBrowser()->model())
                                        ->seriesAt(w.window.seriesBrowser()->currentIndex());
    BOOST_REQUIRE(selected);
    ObservationRow shown;
    shown.periodLabel = QStringLiteral("FY2024 Q2");
    shown.originalText = QStringLiteral("276.48");
    shown.unit = QStringLiteral("億元");
    ValueEditDialog dialog(*selected, &shown, {QStringLiteral("阿里雲重新定調")});
    dialog.findChild<QLineEdit*>(QStringLiteral("value"))->setText(QStringLiteral("12%"));
    dialog.findChild<QComboBox*>(QStringLiteral("source"))->setEditText(QStringLiteral("Analyst call"));
    dialog.accept();
    BOOST_TEST(dialog.result() != QDialog::Accepted);
    BOOST_TEST(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text().contains(QStringLiteral("not a percentage")));
    dialog.findChild<QLineEdit*>(QStringLiteral("value"))->setText(QStringLiteral("280.1"));
    dialog.accept();
    BOOST_TEST(dialog.result() == QDialog::Accepted);
    BOOST_TEST(dialog.value().observation.unit.toStdString() == "億元");

    BOOST_REQUIRE(w.window.editing()->push(std::make_unique<ValueEdit>(dialog.value(), dialog.changeText())));
    BOOST_TEST(rowOf(w.window, QStringLiteral("FY2024 Q2"), QStringLiteral("280.1")) >= 0);
    BOOST_TEST(tableRows(w.window) != before);
    QUndoStack* stack = w.window.editing()->undoStack();
    BOOST_TEST(stack->undoText().toStdString() == dialog.changeText().toStdString());
    // The imports panel lists the hand edit beside the imports.
    QTreeWidget* imports = w.window.editing()->importsPanel()->list();
    BOOST_REQUIRE_EQUAL(imports->topLevelItemCount(), 1);
    BOOST_TEST(imports->topLevelItem(0)->text(2) == ValueEdit::batchName());

    w.action(QKeySequence::Undo)->trigger();
    BOOST_TEST(tableRows(w.window) == before);
    BOOST_TEST(imports->topLevelItemCount() == 0);
    w.action(QKeySequence::Redo)->trigger();
    BOOST_TEST(rowOf(w.window, QStringLiteral("FY2024 Q2"), QStringLiteral("280.1")) >= 0);
}

BOOST_AUTO_TEST_CASE(a_new_series_is_started_by_hand_and_undone)
{
    SampleWindow w;
    Database& db = w.window.project()->db();
    const int seriesBefore = ProjectQueries(db).series().size();
    Catalog catalog(db);
    const QVector<ProviderRecord> providers = catalog.providers();
    const QVector<MetricRecord> metrics = catalog.metrics();
    ValueEditDialog dialog(providers, metrics, catalog.markets(), {});
    auto* provider = dialog.findChild<QComboBox*>(QStringLiteral("provider"));
    auto* metric = dialog.findChild<QComboBox*>(QStringLiteral("metric"));
    BOOST_REQUIRE(provider && metric);
    const auto indexOf = [](const auto& records, const char* name) {
        for (int i = 0; i < records.size(); ++i)
            if (records[i].name == QLatin1String(name))
                return i;
        return -1;
    };
    provider->setCurrentIndex(indexOf(providers, "Huawei Cloud"));
    metric->setCurrentIndex(indexOf(metrics, "Revenue"));
    BOOST_REQUIRE(provider->currentIndex() >= 0 && metric->currentIndex() >= 0);
    dialog.findChild<QLineEdit*>(QStringLiteral("category"))->setText(QStringLiteral("Test segment"));
    dialog.findChild<QLineEdit*>(QStringLiteral("period"))->setText(QStringLiteral("2024"));
    dialog.findChild<QComboBox*>(QStringLiteral("source"))->setEditText(QStringLiteral("Hand-kept notes"));
    dialog.findChild<QLineEdit*>(QStringLiteral("value"))->setText(QStringLiteral("12.5 億"));
    dialog.accept();
    BOOST_TEST(dialog.result() != QDialog::Accepted, "money needs its currency");
    BOOST_TEST(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text().contains(QStringLiteral("currency")));
    dialog.findChild<QLineEdit*>(QStringLiteral("value"))->setText(QStringLiteral("12.5 bn USD"));
    dialog.accept();
    BOOST_REQUIRE(dialog.result() == QDialog::Accepted);

    BOOST_REQUIRE(w.window.editing()->push(std::make_unique<ValueEdit>(dialog.value(), dialog.changeText())));
    const QVector<SeriesSummary> after = ProjectQueries(db).series();
    BOOST_TEST(after.size() == seriesBefore + 1);
    const auto created = std::find_if(after.begin(), after.end(), [](const SeriesSummary& s) {
        return s.provider == QLatin1String("Huawei Cloud") && s.category == QLatin1String("Test segment");
    });
    BOOST_REQUIRE(created != after.end());
    BOOST_TEST(created->currency.toStdString() == "USD");
    BOOST_TEST(created->observationCount == 1);

    w.window.editing()->undoStack()->undo();
    BOOST_TEST(ProjectQueries(db).series().size() == seriesBefore, "the series goes with its only value");
    w.window.editing()->undoStack()->redo();
    BOOST_TEST(ProjectQueries(db).series().size() == seriesBefore + 1);
}

BOOST_AUTO_TEST_CASE(an_import_is_undone_and_redone_and_listed_in_the_imports_panel)
{
    SampleWindow w;
    const QString csv = w.dir.filePath(QStringLiteral("restated.csv"));
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("provider,metric,period,value,unit,source\nAlibaba Cloud,revenue,FY2024 Q2,300,億元,restated\n");
    file.close();
    w.select(QStringLiteral("Alibaba Cloud"), QStringLiteral("Revenue"), QStringLiteral("CNY"));
    const QStringList before = tableRows(w.window);

    // What the wizard does once its job has imported: the import goes on the stack as made.
    Database& db = w.window.project()->db();
    const ImportPlan plan = ImportSession::plan(db, ImportSource::file(csv), {});
    const ImportSummary summary = ImportSession::run(db, plan, {});
    BOOST_REQUIRE(summary.committed);
    w.window.editing()->recordImport(plan, {}, summary);
    BOOST_TEST(rowOf(w.window, QStringLiteral("FY2024 Q2"), QStringLiteral("300 億元")) >= 0);
    QTreeWidget* imports = w.window.editing()->importsPanel()->list();
    BOOST_REQUIRE_EQUAL(imports->topLevelItemCount(), 1);
    BOOST_TEST(imports->topLevelItem(0)->text(2).toStdString() == "restated.csv");
    BOOST_TEST(w.window.editing()->undoStack()->undoText().toStdString() == "Import restated.csv");

    w.action(QKeySequence::Undo)->trigger();
    BOOST_TEST(tableRows(w.window) == before);
    BOOST_TEST(imports->topLevelItemCount() == 0);
    w.action(QKeySequence::Redo)->trigger();
    BOOST_TEST(rowOf(w.window, QStringLiteral("FY2024 Q2"), QStringLiteral("300 億元")) >= 0);
    BOOST_TEST(imports->topLevelItemCount() == 1);

    // The panel's Undo Import on the latest step undoes it on the stack, so Redo still can make it again.
    imports->setCurrentItem(imports->topLevelItem(0));
    w.window.editing()->importsPanel()->findChild<QPushButton*>(QStringLiteral("undoImport"))->click();
    BOOST_TEST(tableRows(w.window) == before);
    BOOST_TEST(w.window.editing()->undoStack()->canRedo());
}

BOOST_AUTO_TEST_CASE(the_import_wizard_proposes_the_preferred_conflict_policy)
{
    SampleWindow w;
    w.settings.setConflictPolicy(ConflictPolicy::Overwrite);
    const QString csv = w.dir.filePath(QStringLiteral("p.csv"));
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("provider,metric,period,value,unit,source\nAWS,revenue,2024Q1,25,bn USD,s\n");
    file.close();
    w.window.importFile(csv);
    auto* wizard = w.window.findChild<ImportWizard*>();
    BOOST_REQUIRE(wizard);
    BOOST_TEST((wizard->checkPage()->options().policy == ConflictPolicy::Overwrite));
    wizard->reject();
}

BOOST_AUTO_TEST_SUITE_END()
