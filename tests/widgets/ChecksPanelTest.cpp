// The Checks dock: the consistency checks run off the GUI thread on a connection of their own, list the first
// thousand findings and say how many more, and say so when they cannot open the project.
#include "ChecksPanel.h"

#include "import/ImportSession.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

// Until the panel lists what the checks found.
void waitForChecks(const ChecksPanel& panel)
{
    const QDeadlineTimer deadline(30000);
    while (panel.isChecking() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    BOOST_REQUIRE_MESSAGE(!panel.isChecking(), "the checks did not finish");
}

} // namespace

BOOST_AUTO_TEST_SUITE(checks_panel)

// The panel is checking as soon as it is asked, and lists the first thousand findings when the checks are done,
// saying how many more there are.
BOOST_AUTO_TEST_CASE(the_checks_list_a_thousand_findings_and_say_how_many_more)
{
    QTemporaryDir dir;
    QString csv = QStringLiteral("provider,metric,period,value,unit,source\n");
    for (int quarter = 0; quarter < 1200; ++quarter)
        for (const char* provider : {"Alpha Cloud", "Beta Cloud"})
            csv += QStringLiteral("%1,market_share,%2Q%3,60,%,overlapping shares\n")
                       .arg(QLatin1String(provider))
                       .arg(1800 + quarter / 4)
                       .arg(quarter % 4 + 1);
    const QString file = dir.filePath(QStringLiteral("shares.csv"));
    QFile out(file);
    BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(csv.toUtf8());
    out.close();
    const auto project = Project::create(dir.filePath(QStringLiteral("shares.mixshift")));
    Database& db = project->db();
    BOOST_REQUIRE(ImportSession::run(db, ImportSession::plan(db, ImportSource::file(file), {}), {}).committed);

    QDockWidget dock;
    auto* checks = new ChecksPanel;
    dock.setWidget(checks);
    checks->read(*project);
    BOOST_TEST(checks->isChecking());
    waitForChecks(*checks);
    BOOST_REQUIRE_MESSAGE(checks->topLevelItemCount() == ChecksPanel::listed + 1,
                          checks->topLevelItemCount() << " items, the first: " << checks->topLevelItem(0)->text(0).toStdString());
    BOOST_TEST(checks->topLevelItem(0)->text(0).contains(QStringLiteral("120.00%")));
    BOOST_TEST(checks->topLevelItem(ChecksPanel::listed)->text(0).contains(QStringLiteral("200 more")));
    BOOST_TEST(dock.windowTitle() == QStringLiteral("Checks (1200)"));
}

// A project the checks cannot reach again (its file gone) is said in the panel; nothing is thrown at the window.
BOOST_AUTO_TEST_CASE(checks_that_cannot_open_the_project_say_so_in_the_panel)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gone.mixshift"));
    const auto project = SampleDataset::createProject(file);
    BOOST_REQUIRE(QFile::remove(file));
    ChecksPanel panel;
    panel.read(*project);
    BOOST_TEST(!panel.isChecking());
    BOOST_REQUIRE_EQUAL(panel.topLevelItemCount(), 1);
    BOOST_TEST(panel.topLevelItem(0)->text(0).contains(QStringLiteral("gone.mixshift")),
               panel.topLevelItem(0)->text(0).toStdString());
}

BOOST_AUTO_TEST_SUITE_END()
