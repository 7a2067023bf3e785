#include "scenario/ScenarioComparison.h"
#include "scenario/HeatMapPanel.h"
#include "scenario/ScenarioWorkspace.h"

#include "ReportedErrors.h"
#include "charts/ChartExport.h"
#include "charts/HeatMapChart.h"

#include "sample/SampleDataset.h"
#include "scenario/Sensitivity.h"
#include "store/Project.h"

#include <QComboBox>
#include <QFileInfo>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

struct SampleWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    QUndoStack undo;
    ScenarioWorkspace workspace{*project, undo};

    SampleWorkspace()
    {
        workspace.resize(1400, 860);
        BOOST_REQUIRE(workspace.startFrom(QStringLiteral("Alibaba Cloud")));
        workspace.show();
    }

    void waitForMonteCarlo()
    {
        QFuture<MonteCarloResult> future = workspace.monteCarlo();
        future.waitForFinished();
        QCoreApplication::processEvents();
    }

    template <typename T>
    T* child(const char* name)
    {
        T* found = workspace.findChild<T*>(QString::fromLatin1(name));
        BOOST_REQUIRE_MESSAGE(found, "no child " << name);
        return found;
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(scenario_workspace)

BOOST_AUTO_TEST_CASE(starts_from_the_base_quarter_and_recomputes_when_a_lever_moves)
{
    SampleWorkspace s;
    BOOST_TEST(s.workspace.result().quarters.front().revenue == 276.48e8, boost::test_tools::tolerance(1e-9));
    auto* table = s.child<QTableWidget>("quarters");
    BOOST_TEST(table->rowCount() == 13);
    BOOST_TEST(table->item(0, 0)->text().toStdString() == "0");
    BOOST_TEST(table->item(0, 1)->text().toStdString() == "FY2024 Q2");
    BOOST_TEST(table->item(0, 2)->text().toStdString() == "276.48");
    const double before = s.workspace.result().quarters.back().revenue;

    s.child<QDoubleSpinBox>("wind_down")->setValue(20); // percent
    BOOST_TEST(s.workspace.result().quarters.back().revenue < before);
    BOOST_TEST(s.child<QCustomPlot>("paths")->graphCount() == 5, "two paths, two status quos, the stated quarter");
    BOOST_TEST(!s.child<QDoubleSpinBox>("public_margin")->isEnabled(), "the base quarter's EBITA implies it");
    BOOST_TEST(s.child<QCustomPlot>("bridge")->plottableCount() > 0);
    BOOST_TEST(s.child<QCustomPlot>("tornado")->plottableCount() > 0);
    auto* tornado = s.child<QCustomPlot>("tornado");
    BOOST_TEST(tornado->xAxis->label().startsWith(QStringLiteral("EBITA at the horizon")));
    s.child<QComboBox>("sensitivityOutput")->setCurrentIndex(2);
    BOOST_TEST(tornado->xAxis->label().toStdString() == "Margin at the horizon (%)");
    BOOST_TEST(tornado->xAxis->range().contains(s.workspace.result().quarters.back().margin * 100));

    s.waitForMonteCarlo();
    BOOST_TEST(s.child<QCustomPlot>("fan")->plottableCount() > 0);
    BOOST_TEST(s.child<QCustomPlot>("paths")->graphCount() == 9, "and the bands' two edges each");

    auto* vary = s.child<QLineEdit>("vary");
    vary->setText(QStringLiteral("speed=uniform(0,1)"));
    emit vary->editingFinished();
    BOOST_TEST(s.child<QLabel>("bands")->text().contains(QStringLiteral("unknown lever 'speed'")));
    vary->setText(QStringLiteral("wind_down=uniform(0.1, 0.3) project_margin=normal(-0.05,0.02)"));
    emit vary->editingFinished();
    s.waitForMonteCarlo();
    BOOST_TEST(s.child<QLabel>("bands")->text().contains(QStringLiteral("varying wind_down=uniform(0.1, 0.3) project_margin")));
    if (const QByteArray out = qgetenv("MIXSHIFT_SCREENSHOT_DIR"); !out.isEmpty())
        for (const char* name : {"paths", "bridge", "tornado", "fan"})
            s.child<QCustomPlot>(name)->toPixmap(1000, 600).save(QString::fromLocal8Bit(out) + QLatin1Char('/') +
                                                                 QString::fromLatin1(name) + QStringLiteral(".png"));
}

BOOST_AUTO_TEST_CASE(saves_loads_deletes_and_undoes)
{
    SampleWorkspace s;
    s.child<QDoubleSpinBox>("wind_down")->setValue(12);
    s.workspace.saveAs(QStringLiteral("faster"), QStringLiteral("wind down 12% a quarter"));
    s.child<QDoubleSpinBox>("wind_down")->setValue(3);
    BOOST_REQUIRE(s.workspace.load(QStringLiteral("faster")));
    BOOST_TEST(s.child<QDoubleSpinBox>("wind_down")->value() == 12);
    BOOST_TEST(s.workspace.result().quarters.size() == 13);
    auto* saved = s.child<QComboBox>("savedScenarios");
    BOOST_TEST(saved->findText(QStringLiteral("faster")) >= 0);

    s.workspace.remove(QStringLiteral("faster"));
    BOOST_TEST(saved->findText(QStringLiteral("faster")) < 0);
    BOOST_TEST(!s.workspace.load(QStringLiteral("faster")));
    s.workspace.undoStack()->undo();
    BOOST_TEST(saved->findText(QStringLiteral("faster")) >= 0);
    BOOST_TEST(s.workspace.load(QStringLiteral("faster")));

    BOOST_TEST(s.workspace.duplicate(QStringLiteral("faster")).toStdString() == "faster (copy)");
    BOOST_TEST(s.workspace.duplicate(QStringLiteral("faster")).toStdString() == "faster (copy 2)");
    {
        test::ReportedErrors errors;
        BOOST_TEST(!s.workspace.rename(QStringLiteral("faster"), QStringLiteral("faster (copy)")), "the name is taken");
        BOOST_TEST(errors.only().contains(QStringLiteral("already a scenario called “faster (copy)”")));
    }
    BOOST_REQUIRE(s.workspace.rename(QStringLiteral("faster (copy 2)"), QStringLiteral("slow")));
    BOOST_TEST(saved->findText(QStringLiteral("slow")) >= 0);
    BOOST_TEST(saved->findText(QStringLiteral("faster (copy 2)")) < 0);
    s.workspace.undoStack()->undo();
    BOOST_TEST(saved->findText(QStringLiteral("slow")) < 0);
    BOOST_TEST(saved->findText(QStringLiteral("faster (copy 2)")) >= 0);
    s.waitForMonteCarlo();
}

BOOST_AUTO_TEST_CASE(a_slider_drag_is_one_undo_step_and_a_typed_value_another)
{
    SampleWorkspace s;
    auto* spin = s.child<QDoubleSpinBox>("wind_down");
    // The slider of the wind-down row: the one that moves its spin box.
    QSlider* slider = nullptr;
    for (QSlider* candidate : s.workspace.findChildren<QSlider*>()) {
        const double was = spin->value();
        const int position = candidate->value();
        candidate->setValue(position == candidate->maximum() ? 0 : candidate->maximum());
        const bool moves = spin->value() != was;
        candidate->setValue(position);
        if (moves)
            slider = candidate;
    }
    BOOST_REQUIRE(slider);
    s.undo.clear(); // the probing's moves
    const double start = spin->value();
    const double startRevenue = s.workspace.result().quarters.back().revenue;

    slider->setSliderDown(true);
    for (int step = 1; step <= 10; ++step)
        slider->setValue(slider->value() + slider->maximum() / 40);
    slider->setSliderDown(false);
    const double dragged = spin->value();
    BOOST_TEST(dragged > start);
    BOOST_TEST(s.undo.count() == 1, "ten moves of one drag are one step");

    spin->setValue(25);
    BOOST_TEST(s.undo.count() == 2);
    BOOST_TEST(s.undo.text(1).toStdString() == s.undo.text(0).toStdString(), "both name the lever");

    s.undo.undo();
    BOOST_TEST(spin->value() == dragged);
    s.undo.undo();
    BOOST_TEST(spin->value() == start);
    BOOST_TEST(s.workspace.result().quarters.back().revenue == startRevenue, "the results follow the levers");
    s.undo.redo();
    BOOST_TEST(spin->value() == dragged);
    s.undo.redo();
    BOOST_TEST(spin->value() == 25);
    s.waitForMonteCarlo();
}

BOOST_AUTO_TEST_CASE(compares_two_scenarios_with_their_differences)
{
    SampleWorkspace s;
    s.workspace.saveAs(QStringLiteral("base"), {});
    s.child<QDoubleSpinBox>("wind_down")->setValue(20); // percent
    s.workspace.saveAs(QStringLiteral("fast"), {});
    const double baseEnd = [&] {
        s.workspace.load(QStringLiteral("base"));
        return s.workspace.result().quarters.back().revenue;
    }();
    s.workspace.load(QStringLiteral("fast"));
    const double fastEnd = s.workspace.result().quarters.back().revenue;
    s.waitForMonteCarlo();

    ScenarioComparison comparison(*s.project);
    comparison.choose({QStringLiteral("base")});
    BOOST_TEST(comparison.plot()->graphCount() == 0, "one scenario is not a comparison");
    comparison.choose({QStringLiteral("base"), QStringLiteral("fast")});
    BOOST_TEST(comparison.plot()->graphCount() == 2);
    BOOST_REQUIRE_EQUAL(comparison.table()->rowCount(), 2);
    BOOST_TEST(comparison.table()->item(0, 6)->text().toStdString() == "—");
    // Δ revenue at H in 億元, as the table shows it.
    const QString expected = QString::number((fastEnd - baseEnd) / 1e8, 'f', 2);
    BOOST_TEST(comparison.table()->item(1, 6)->text().startsWith(expected.left(expected.size() - 1)),
               comparison.table()->item(1, 6)->text().toStdString() << " vs " << expected.toStdString());
    if (const QByteArray out = qgetenv("MIXSHIFT_SCREENSHOT_DIR"); !out.isEmpty()) {
        comparison.resize(1100, 700);
        comparison.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/scenario-comparison.png"));
    }
}

BOOST_AUTO_TEST_CASE(the_break_even_tab_answers_the_article_question_and_follows_the_levers)
{
    SampleWorkspace w;
    auto* answer = w.child<QLabel>("breakEvenAnswer");
    auto* target = w.child<QDoubleSpinBox>("breakEvenTarget");
    // Wind-down for a 10% margin at the horizon, the defaults: 8.5% a quarter (as `scenario goal` says).
    BOOST_TEST(target->value() == 10);
    BOOST_TEST(target->suffix().toStdString() == " %");
    BOOST_TEST(answer->text().contains(QStringLiteral("at 8.5% a quarter brings margin at the horizon to 10.00%")),
               answer->text().toStdString());
    target->setValue(90);
    BOOST_TEST(answer->text().startsWith(QStringLiteral("Not reachable with")), answer->text().toStdString());
    // EBITA targets are typed in the money unit.
    auto* output = w.child<QComboBox>("breakEvenOutput");
    output->setCurrentIndex(output->findData(static_cast<int>(mixshift::SensitivityOutput::EbitaAtHorizon)));
    BOOST_TEST(target->suffix().toStdString() == " 億元");
}

// Every lever shows whole, its slider too, whichever view is chosen: the lever panel is as wide as the levers,
// and every view fits beside it.
BOOST_AUTO_TEST_CASE(the_lever_panel_shows_every_lever_whole_on_every_tab)
{
    SampleWorkspace s;
    s.waitForMonteCarlo(); // its line under the fan is a long one
    s.workspace.resize(1366, 768); // a laptop's screen
    auto* panel = s.child<QScrollArea>("leverPanel");
    auto* views = s.child<QTabWidget>("views");
    for (int tab = 0; tab < views->count(); ++tab) {
        views->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        BOOST_TEST(panel->viewport()->width() >= panel->widget()->minimumSizeHint().width(),
                   views->tabText(tab).toStdString() << ": " << panel->viewport()->width() << " px for levers of "
                                                     << panel->widget()->minimumSizeHint().width());
        BOOST_TEST(!panel->horizontalScrollBar()->isVisible());
        // And the view beside them fits in what is left (the Monte Carlo line did not, unwrapped).
        const QWidget* view = views->currentWidget();
        BOOST_TEST(view->minimumSizeHint().width() <= view->width(),
                   views->tabText(tab).toStdString() << " needs " << view->minimumSizeHint().width() << " px, has "
                                                     << view->width());
    }
    BOOST_TEST(s.workspace.minimumSizeHint().width() <= 1366, s.workspace.minimumSizeHint().width() << " px");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(scenario_chart_export)

// The article's Alibaba quarter: the base of every sample scenario (FY2024 Q2, 276.48 億元 of revenue).
BOOST_AUTO_TEST_CASE(every_workspace_chart_exports_with_its_title_source_and_values)
{
    SampleWorkspace w;
    w.waitForMonteCarlo();
    for (const char* name : {"paths", "bridge", "tornado", "fan"}) {
        BOOST_TEST_INFO(name);
        auto* plot = w.child<QCustomPlot>(name);
        const ChartExport::Drawing drawing = ChartExport::drawing(plot);
        BOOST_TEST(drawing.title.startsWith(QStringLiteral("Alibaba Cloud — ")), drawing.title.toStdString());
        BOOST_TEST(drawing.title.contains(QStringLiteral(", from FY")), "from the base quarter");
        const QStringList lines = drawing.csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        BOOST_TEST(lines.size() >= 3, drawing.csv.toStdString());
        for (const char* suffix : {"png", "pdf", "svg", "csv"}) {
            const QString path = w.dir.filePath(QStringLiteral("%1.%2").arg(QLatin1String(name), QLatin1String(suffix)));
            ChartExport::save(drawing, path, {800, 450, 1});
            BOOST_TEST(QFileInfo(path).size() > 100, path.toStdString());
        }
        const QImage image(w.dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(name))));
        BOOST_TEST(image.width() == 800);
    }
    // The paths' values: quarter 0 is the base quarter's revenue.
    const QString paths = ChartExport::drawing(w.child<QCustomPlot>("paths")).csv;
    const QStringList rows = paths.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // With the fan drawn, the paths carry its bands first.
    BOOST_TEST(rows[0].startsWith(QStringLiteral("key,Revenue P5,Revenue P95,EBITA P5,EBITA P95,Revenue,")), rows[0].toStdString());
    BOOST_TEST(rows[1].startsWith(QStringLiteral("FY2024 Q2,276.48,276.48,14.09,14.09,276.48,276.48,")), rows[1].toStdString());
    const QString fan = ChartExport::drawing(w.child<QCustomPlot>("fan")).csv;
    BOOST_TEST(fan.startsWith(QStringLiteral("key,P5,P95,P25,P75,median (P50)\n")), fan.toStdString());
    BOOST_TEST(!ChartExport::drawing(w.child<QCustomPlot>("bridge")).csv.contains(QStringLiteral("series")),
               "the waterfall's invisible base is not a column");
}

BOOST_AUTO_TEST_CASE(the_status_quo_can_be_the_forecast_of_revenue_and_is_saved_with_the_scenario)
{
    SampleWorkspace s;
    const double pathStatusQuo = s.workspace.result().quarters.back().statusQuoRevenue;
    BOOST_REQUIRE(s.workspace.setStatusQuo(StatusQuoChoice::Forecast));
    const MixResult& r = s.workspace.result();
    BOOST_TEST(r.statusQuoModel.startsWith(QStringLiteral("ETS(")));
    BOOST_TEST(r.quarters.back().statusQuoRevenue != pathStatusQuo);
    BOOST_TEST(s.child<QLabel>("summary")->text().contains(r.statusQuoModel));
    auto* paths = s.child<QCustomPlot>("paths");
    bool named = false;
    for (int i = 0; i < paths->graphCount(); ++i)
        named = named || paths->graph(i)->name().contains(r.statusQuoModel);
    BOOST_TEST(named, "the paths chart names the forecast");

    BOOST_REQUIRE(s.workspace.saveAs(QStringLiteral("against ETS"), {}));
    BOOST_REQUIRE(s.workspace.setStatusQuo(StatusQuoChoice::NoWindDown));
    BOOST_TEST(s.workspace.result().statusQuoModel.isEmpty());
    BOOST_REQUIRE(s.workspace.load(QStringLiteral("against ETS")));
    BOOST_TEST(s.workspace.result().statusQuoModel == r.statusQuoModel);
    BOOST_TEST(s.child<QComboBox>("statusQuo")->currentIndex() == 1);
}

BOOST_AUTO_TEST_CASE(the_two_way_grid_is_a_heat_map_of_plain_runs_with_the_target_and_the_levers_marked)
{
    SampleWorkspace s;
    auto* plot = s.child<QCustomPlot>("heatMapPlot");
    QCPColorMap* map = nullptr;
    QCPCurve* contour = nullptr;
    QCPGraph* current = nullptr;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        map = map ? map : qobject_cast<QCPColorMap*>(plot->plottable(i));
        if (auto* curve = qobject_cast<QCPCurve*>(plot->plottable(i)); curve && !curve->name().isEmpty())
            contour = curve;
        current = current ? current : qobject_cast<QCPGraph*>(plot->plottable(i));
    }
    BOOST_REQUIRE(map);
    BOOST_TEST(map->data()->keySize() == HeatMapPanel::steps);
    BOOST_TEST(map->data()->valueSize() == HeatMapPanel::steps);
    // Wind-down across (0 to 50% a quarter), organic growth down (−50% to 200% a year), margin at the horizon in %.
    MixLevers levers;
    levers.baseRevenue = 276.48e8;
    levers.baseEbita = 14.09e8;
    setLever(levers, QStringLiteral("wind_down"), 0.5 * 10 / 40);
    setLever(levers, QStringLiteral("organic_growth"), -0.5 + 2.5 * 20 / 40);
    BOOST_TEST(map->data()->cell(10, 20) == MixModel::run(levers).quarters.back().margin * 100,
               boost::test_tools::tolerance(1e-9));
    BOOST_REQUIRE(contour);
    BOOST_TEST(contour->name().contains(QStringLiteral("10.00%")));
    BOOST_TEST(contour->dataCount() > 0);
    // Its legend entry is dark under light, as the line: it reads on the pale legend.
    plot->resize(800, 600);
    const QImage drawn = plot->toPixmap(800, 600).toImage();
    QCPAbstractLegendItem* entry = plot->legend->itemWithPlottable(contour);
    BOOST_REQUIRE(entry);
    const QRect icon(entry->rect().topLeft() + QPoint(entry->margins().left(), entry->margins().top()),
                     plot->legend->iconSize());
    int dark = 0;
    for (int y = icon.top(); y <= icon.bottom(); ++y)
        for (int x = icon.left(); x <= icon.right(); ++x)
            dark += qGray(drawn.pixel(x, y)) < 80 ? 1 : 0;
    BOOST_TEST(dark > icon.width(), "dark pixels in the contour's legend icon: " << dark);
    BOOST_REQUIRE(current);
    BOOST_TEST(current->data()->at(0)->key == 5.0); // the default wind-down, 5% a quarter
    BOOST_TEST(current->data()->at(0)->value == 15.0);

    // Its data file has every cell.
    const QString csv = ChartExport::drawing(plot).csv;
    BOOST_TEST(csv.count(QLatin1Char('\n')) == 1 + HeatMapPanel::steps * HeatMapPanel::steps);
    BOOST_TEST(csv.startsWith(QStringLiteral("\"Quarterly wind-down of project revenue (%, a quarter)\","
                                             "\"Organic public-cloud growth (%, a year)\",Margin at the horizon (%)")),
               csv.left(200).toStdString());

    // A lever moved moves the mark.
    s.child<QDoubleSpinBox>("wind_down")->setValue(20);
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* graph = qobject_cast<QCPGraph*>(plot->plottable(i)))
            BOOST_TEST(graph->data()->at(0)->key == 20.0);
}

BOOST_AUTO_TEST_CASE(a_contour_runs_where_the_level_lies_between_neighbours)
{
    HeatMap map;
    map.xValues = {0, 1, 2};
    map.yValues = {0, 10};
    map.cells = {0, 2, 4, 0, 2, 4}; // rising along x only
    const QVector<QLineF> at3 = HeatMapChart::contour(map, 3);
    BOOST_REQUIRE(at3.size() == 1);
    BOOST_TEST(at3[0].x1() == 1.5);
    BOOST_TEST(at3[0].x2() == 1.5);
    BOOST_TEST(std::min(at3[0].y1(), at3[0].y2()) == 0.0);
    BOOST_TEST(std::max(at3[0].y1(), at3[0].y2()) == 10.0);
    BOOST_TEST(HeatMapChart::contour(map, 5).isEmpty());
    // A saddle (the two high corners opposite) gives two segments.
    map.xValues = {0, 1};
    map.cells = {1, 0, 0, 1};
    BOOST_TEST(HeatMapChart::contour(map, 0.5).size() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
