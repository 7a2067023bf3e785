#include "AliasDialog.h"
#include "TestEditing.h"
#include "AppSettings.h"
#include "ChartTabs.h"
#include "MainWindow.h"
#include "charts/ChartView.h"
#include "scenario/ScenarioWorkspace.h"

#include "OtherWriter.h"
#include "ProjectDump.h"
#include "ReportedErrors.h"

#include "sample/SampleDataset.h"
#include "scenario/ScenarioStore.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using test::OtherWriter;
using test::ReportedErrors;
using test::projectDump;

namespace {

// What a busy project is reported as, after the action's name and the file's.
bool saysBusy(const QString& message, const QString& action)
{
    return message.startsWith(action + QStringLiteral(": ")) &&
           message.contains(QStringLiteral("another program is writing to this project; try again"));
}

struct SampleProject
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("g.mixshift"));
    std::unique_ptr<Project> project = SampleDataset::createProject(path);
};

struct Workspace : SampleProject
{
    QUndoStack undo;
    ScenarioWorkspace workspace{*project, undo};

    Workspace() { BOOST_REQUIRE(workspace.startFrom(QStringLiteral("Alibaba Cloud"))); }
    ~Workspace() { workspace.monteCarlo().waitForFinished(); }

    QPushButton* button(const QString& text)
    {
        for (QPushButton* b : workspace.findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        BOOST_FAIL("no button " + text.toStdString());
        return nullptr;
    }
    QStringList saved() { return ScenarioStore(project->db()).names(); }
};

} // namespace

BOOST_AUTO_TEST_SUITE(guarded_actions)

BOOST_AUTO_TEST_CASE(saving_a_scenario_while_another_program_writes_says_busy_and_changes_nothing)
{
    Workspace w;
    const QString before = projectDump(w.project->db());
    ReportedErrors errors;
    {
        OtherWriter other(w.path);
        BOOST_TEST(!w.workspace.saveAs(QStringLiteral("locked out"), {}));
    }
    BOOST_TEST(saysBusy(errors.only(), QStringLiteral("Save scenario “locked out”")), errors.only().toStdString());
    BOOST_TEST(projectDump(w.project->db()) == before, "the project is unchanged");
    BOOST_TEST(w.workspace.saveAs(QStringLiteral("locked out"), {}), "once the other program is done, it saves");
}

BOOST_AUTO_TEST_CASE(a_failed_undo_is_reported_and_dropped_from_the_stack)
{
    Workspace w;
    BOOST_REQUIRE(w.workspace.saveAs(QStringLiteral("gone"), {}));
    BOOST_REQUIRE(w.workspace.remove(QStringLiteral("gone")));
    // Saving and deleting are both steps on the project's stack.
    BOOST_REQUIRE_EQUAL(w.workspace.undoStack()->count(), 2);
    const QString before = projectDump(w.project->db());
    ReportedErrors errors;
    {
        OtherWriter other(w.path);
        w.workspace.undoStack()->undo();
    }
    BOOST_TEST(saysBusy(errors.only(), QStringLiteral("Undo Delete scenario “gone”")), errors.only().toStdString());
    BOOST_TEST(projectDump(w.project->db()) == before);
    BOOST_TEST(w.workspace.undoStack()->count() == 1, "the stack does not claim an undo that did not happen");
    BOOST_TEST(!w.saved().contains(QStringLiteral("gone")));
}

BOOST_AUTO_TEST_CASE(duplicate_rename_and_delete_buttons_report_a_store_that_fails)
{
    Workspace w;
    BOOST_REQUIRE(w.workspace.saveAs(QStringLiteral("base"), {}));
    // Another program drops the table the buttons write to: every store call fails at once.
    SqliteDatabase other(w.path, SqliteDatabase::Access::ReadWrite);
    other.exec("DROP TABLE scenario");
    ReportedErrors errors;
    w.button(QStringLiteral("Duplicate"))->click();
    BOOST_TEST(errors.only().startsWith(QStringLiteral("Duplicate scenario “base”: ")));
    BOOST_TEST(!w.workspace.rename(QStringLiteral("base"), QStringLiteral("renamed")));
    w.button(QStringLiteral("Delete"))->click();
    BOOST_TEST(errors.reports.size() == 3);
    BOOST_TEST(w.workspace.undoStack()->count() == 1, "only the save that worked is a step");
}

BOOST_AUTO_TEST_CASE(the_alias_dialog_reports_a_busy_project)
{
    SampleProject p;
    test::TestEditing editing(*p.project);
    AliasDialog dialog(*p.project, editing.editing);
    const QString before = projectDump(p.project->db());
    dialog.findChild<QLineEdit*>(QStringLiteral("providerAlias"))->setText(QStringLiteral("阿里巴巴云"));
    ReportedErrors errors;
    {
        OtherWriter other(p.path);
        dialog.findChild<QPushButton*>(QStringLiteral("providerAdd"))->click();
    }
    BOOST_TEST(saysBusy(errors.only(), QStringLiteral("Add alias “阿里巴巴云”")), errors.only().toStdString());
    BOOST_TEST(projectDump(p.project->db()) == before);
}

BOOST_AUTO_TEST_CASE(chart_menu_actions_report_failures_and_the_window_lives_on)
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    MainWindow window(settings);
    const QString path = dir.filePath(QStringLiteral("c.mixshift"));
    window.setProject(SampleDataset::createProject(path));
    window.show();
    QAction* savedChart = nullptr;
    for (QMenu* menu : window.findChildren<QMenu*>())
        for (QAction* action : menu->actions())
            if (action->text() == QStringLiteral("AWS vs Azure FY2022"))
                savedChart = action;
    BOOST_REQUIRE(savedChart);
    SqliteDatabase other(path, SqliteDatabase::Access::ReadWrite);
    other.exec("DROP TABLE chart");
    ReportedErrors errors;
    savedChart->trigger();
    BOOST_TEST(errors.only().startsWith(QStringLiteral("Open chart “AWS vs Azure FY2022”: ")));
    BOOST_TEST(window.chartTabs()->count() == 1);
    window.chartTabs()->newChart();
    BOOST_TEST(!window.chartTabs()->saveCurrent(QStringLiteral("kept")));
    BOOST_TEST(errors.reports.size() == 2);
    BOOST_TEST(errors.reports.back().message.startsWith(QStringLiteral("Save chart “kept”: ")));
}

BOOST_AUTO_TEST_SUITE_END()
