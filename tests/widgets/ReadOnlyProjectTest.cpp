#include "AppSettings.h"
#include "MainWindow.h"
#include "scenario/ScenarioWorkspace.h"

#include "ReadOnlyFolder.h"
#include "ReportedErrors.h"

#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

QAction* actionNamed(const QWidget& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

QString statusText(const QMainWindow& window)
{
    QStringList texts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

BOOST_AUTO_TEST_SUITE(read_only_project)

BOOST_AUTO_TEST_CASE(a_project_on_read_only_media_opens_for_reading_and_says_so)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("media"));
    BOOST_REQUIRE(QDir().mkpath(folder));
    SampleDataset::createProject(folder + QStringLiteral("/s.mixshift"));
    const ReadOnlyFolder readOnly(folder);
    if (readOnly.path().isEmpty()) {
        BOOST_TEST_MESSAGE("skipped: no way to make a folder read-only here");
        return;
    }
    const QString path = readOnly.path() + QStringLiteral("/s.mixshift");
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    MainWindow window(settings);
    BOOST_REQUIRE(window.openProject(path));
    window.show();
    BOOST_TEST(window.windowTitle().startsWith(QStringLiteral("s.mixshift (read-only) — ")), window.windowTitle().toStdString());
    BOOST_TEST(statusText(window).contains(QStringLiteral("Read-only: ")), statusText(window).toStdString());
    BOOST_TEST(window.seriesBrowser()->model()->rowCount() >= 7, "everything reads as usual");
    BOOST_REQUIRE(actionNamed(window, QStringLiteral("&Import File…")));
    BOOST_TEST(!actionNamed(window, QStringLiteral("&Import File…"))->isEnabled());
    BOOST_TEST(!actionNamed(window, QStringLiteral("&Aliases…"))->isEnabled());
    BOOST_TEST(!actionNamed(window, QStringLiteral("&Save Chart As…"))->isEnabled());

    // What still tries to write says why it cannot, and the window lives on.
    actionNamed(window, QStringLiteral("&Revenue-mix workspace…"))->trigger();
    auto* workspace = window.findChild<ScenarioWorkspace*>();
    BOOST_REQUIRE(workspace);
    test::ReportedErrors errors;
    BOOST_TEST(!workspace->saveAs(QStringLiteral("kept"), {}));
    BOOST_TEST(errors.only().contains(QStringLiteral("read-only")), errors.only().toStdString());
    workspace->monteCarlo().waitForFinished();
}

BOOST_AUTO_TEST_SUITE_END()
