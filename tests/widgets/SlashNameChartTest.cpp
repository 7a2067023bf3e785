#include "ChartTabs.h"
#include "TestEditing.h"
#include "charts/ChartView.h"

#include "ReportedErrors.h"

#include "analytics/ChartDefinition.h"
#include "import/CsvSniffer.h"
#include "import/Importer.h"
#include "import/MappingGuesser.h"
#include "sample/SampleDataset.h"
#include "store/Catalog.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

BOOST_AUTO_TEST_SUITE(slash_names)

BOOST_AUTO_TEST_CASE(a_chart_of_a_provider_named_with_a_slash_plots_saves_and_reopens)
{
    QTemporaryDir dir;
    auto project = SampleDataset::createProject(dir.filePath(QStringLiteral("ab.mixshift")), SampleDataset::Content::Catalog);
    const QString file = QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/slash-provider.csv");
    Catalog catalog(project->db());
    BOOST_REQUIRE(Importer(project->db()).run(file, MappingGuesser::guess(CsvSniffer::sniff(file), catalog), {}).committed);
    const QVector<SeriesSummary> series = ProjectQueries(project->db()).series();
    BOOST_REQUIRE_EQUAL(series.size(), 1);

    test::TestEditing edits(*project);
    ProjectEditing& editing = edits.editing;
    auto* seriesPage = new QWidget;
    ChartTabs tabs(seriesPage, new ChartView(seriesPage), editing);
    tabs.setProject(project.get());
    test::ReportedErrors errors;
    tabs.addSeries(series.front(), Derivation::None);
    BOOST_REQUIRE(tabs.isChartTab());
    BOOST_REQUIRE_EQUAL(tabs.currentChart()->series().size(), 1);
    BOOST_TEST(tabs.currentChart()->series().front().points.size() == 2);
    BOOST_REQUIRE(tabs.saveCurrent(QStringLiteral("A/B revenue")));
    tabs.openSaved(QStringLiteral("A/B revenue"));
    BOOST_TEST(tabs.count() == 3);
    BOOST_REQUIRE_EQUAL(tabs.currentChart()->series().size(), 1);
    BOOST_TEST(tabs.currentChart()->series().front().provider.toStdString() == "A/B Cloud");
    BOOST_TEST(errors.reports.isEmpty(), errors.reports.value(0).message.toStdString());
    // Saving was a step on the project's undo stack.
    editing.undoStack()->undo();
    BOOST_TEST(SavedCharts(project->db()).names().isEmpty());
    editing.undoStack()->redo();
    BOOST_TEST(SavedCharts(project->db()).names() == QStringList{QStringLiteral("A/B revenue")});
}

BOOST_AUTO_TEST_SUITE_END()
