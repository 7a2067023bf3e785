// The app on a team store (issue 14): the Connect dialog, recent stores without passwords, the window's
// title, and the browser following another user's import (LISTEN/NOTIFY). The cases needing a server run
// when CTest starts one (widgets_tests_team_store) and skip, saying so, otherwise.
#include "AppSettings.h"
#include "ErrorReporter.h"
#include "MainWindow.h"
#include "ProjectOpenDialog.h"
#include "SeriesBrowser.h"
#include "TeamStoreDialog.h"

#include "TestStore.h"

#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QThread>

#include <boost/test/unit_test.hpp>

#include <algorithm>

using namespace mixshift;

namespace {

// Runs the event loop until `done` holds or `milliseconds` pass; whether it held.
template<typename Condition>
bool eventsUntil(Condition done, int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

void fill(TeamStoreDialog& dialog, const char* name, const QString& text)
{
    dialog.findChild<QLineEdit*>(QString::fromLatin1(name))->setText(text);
}

} // namespace

BOOST_AUTO_TEST_SUITE(team_store_window)

BOOST_AUTO_TEST_CASE(the_connect_dialog_makes_a_uri_without_the_password)
{
    TeamStoreDialog dialog;
    fill(dialog, "host", QStringLiteral("db.example.com"));
    dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(5433);
    fill(dialog, "database", QStringLiteral("cloud markets"));
    fill(dialog, "user", QStringLiteral("ana"));
    fill(dialog, "password", QStringLiteral("s3cret"));
    BOOST_TEST(dialog.uri() == QStringLiteral("postgresql://ana@db.example.com:5433/cloud%20markets"));
    BOOST_TEST(dialog.password().value_or(QString()) == QStringLiteral("s3cret"));
    BOOST_TEST(!dialog.uri().contains(QStringLiteral("s3cret")));

    // A socket folder goes in as a parameter, and a remembered URI fills the fields again.
    fill(dialog, "host", QStringLiteral("/run/postgresql"));
    fill(dialog, "password", QString());
    const QString socket = dialog.uri();
    BOOST_TEST(socket == QStringLiteral("postgresql://ana@/cloud%20markets?host=%2Frun%2Fpostgresql&port=5433"));
    BOOST_TEST(!dialog.password().has_value());
    TeamStoreDialog again(socket);
    BOOST_TEST(again.uri() == socket);
    BOOST_TEST(Project::shortName(socket) == QStringLiteral("cloud markets on localhost"));
}

// File › Open Project takes a team store's URI where a file's name goes, as the commands take one for a path;
// a file is chosen as before.
BOOST_AUTO_TEST_CASE(file_open_takes_a_team_stores_uri_as_well_as_a_file)
{
    QTemporaryDir dir;
    const QString filter = QStringLiteral("MixShift projects (*.mixshift)");
    const QString uri = QStringLiteral("postgresql://ana@db.example.com:5432/cloud");
    ProjectOpenDialog dialog(nullptr, dir.path(), filter);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    BOOST_REQUIRE(name);
    name->setText(uri);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    BOOST_REQUIRE(buttons);
    BOOST_TEST(buttons->button(QDialogButtonBox::Open)->isEnabled());
    dialog.accept();
    BOOST_TEST(dialog.result() == QDialog::Accepted);
    BOOST_TEST(dialog.chosen() == uri);

    const QString file = dir.filePath(QStringLiteral("p.mixshift"));
    SampleDataset::createProject(file);
    ProjectOpenDialog files(nullptr, dir.path(), filter);
    files.selectFile(file);
    files.accept();
    BOOST_TEST(files.result() == QDialog::Accepted);
    BOOST_TEST(files.chosen() == file);
}

BOOST_AUTO_TEST_CASE(recent_team_stores_are_remembered_without_passwords)
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    settings.addRecentFile(QStringLiteral("postgresql://ana:s3cret@db.example.com:5432/cloud"));
    BOOST_REQUIRE_EQUAL(settings.recentFiles().size(), 1);
    BOOST_TEST(settings.recentFiles().front() == QStringLiteral("postgresql://ana@db.example.com:5432/cloud"));
    ini.sync();
    QFile file(ini.fileName());
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    BOOST_TEST(!file.readAll().contains("s3cret"));
}

BOOST_AUTO_TEST_CASE(the_window_opens_a_team_store_and_follows_another_users_import,
                     *boost::unit_test::precondition(test::serverRuns))
{
    const QString uri = test::newServerDatabase();
    SampleDataset::createProject(uri);
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    MainWindow window(settings);
    window.show();
    BOOST_REQUIRE(window.openProject(uri));
    BOOST_TEST(window.windowTitle().contains(QStringLiteral(" on localhost")), window.windowTitle().toStdString());
    BOOST_TEST(settings.recentFiles().front() == uri);
    const int providers = window.seriesBrowser()->model()->rowCount();

    // Another program imports a new provider's figures; the window hears of it and reads the store again.
    const QString csv = dir.filePath(QStringLiteral("other.csv"));
    {
        QFile file(csv);
        BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("provider,metric,period,value,unit,source\nElsewhere Cloud,revenue,2024Q1,1.5,bn USD,team\n");
    }
    QProcess other;
    other.start(QStringLiteral(MIXSHIFT_EXECUTABLE), {QStringLiteral("import"), csv, QStringLiteral("--db"), uri});
    BOOST_REQUIRE(other.waitForFinished(60000));
    BOOST_REQUIRE_MESSAGE(other.exitCode() == 0, other.readAllStandardError().toStdString());
    BOOST_TEST(eventsUntil([&] { return window.seriesBrowser()->model()->rowCount() > providers; }, 10000));
    BOOST_TEST(window.statusBar()->currentMessage().contains(QStringLiteral("changed the team store")),
               window.statusBar()->currentMessage().toStdString());
}

// Opening a store that asks for a password: the Connect dialog comes up with the store's fields filled in; a
// wrong password is said in one line and the dialog asks again; the right one opens the store.
BOOST_AUTO_TEST_CASE(the_window_asks_for_a_password_until_the_server_takes_it,
                     *boost::unit_test::precondition(test::serverRuns))
{
    const test::NoStoredPasswords none;
    const QString store = test::newServerDatabase();
    SampleDataset::createProject(store);
    const QString uri = test::passwordUser("mixshift_reader", store, QStringLiteral("blue-river-4"));
    QStringList reports;
    const ErrorReporter::Sink before =
        ErrorReporter::setSink([&](QWidget*, const ErrorReport& report) { reports << report.message; });

    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    MainWindow window(settings);
    window.show();
    QStringList typed{QStringLiteral("green-lake-9"), QStringLiteral("blue-river-4")};
    QStringList shown; // the URI each dialog came up with
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<TeamStoreDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown << dialog->uri();
        if (typed.isEmpty()) {
            dialog->reject();
            return;
        }
        fill(*dialog, "password", typed.takeFirst());
        dialog->accept();
    });
    answer.start(50);
    const bool opened = window.openProject(uri);
    answer.stop();
    ErrorReporter::setSink(before);

    BOOST_TEST(opened);
    const QString asTheDialogWritesIt = TeamStoreDialog(uri).uri(); // the same store, its socket folder escaped
    BOOST_TEST(shown == QStringList({asTheDialogWritesIt, asTheDialogWritesIt}), shown.join(QLatin1Char(' ')).toStdString());
    BOOST_REQUIRE_EQUAL(reports.size(), 1);
    BOOST_TEST(reports.front().contains(QStringLiteral("the server refused the password")),
               reports.front().toStdString());
    BOOST_TEST(window.windowTitle().contains(QStringLiteral(" on localhost")), window.windowTitle().toStdString());
    // A reader's store opens for reading; the password is not remembered with it.
    const QList<QLabel*> labels = window.statusBar()->findChildren<QLabel*>();
    BOOST_TEST(std::any_of(labels.begin(), labels.end(),
                           [](const QLabel* l) { return l->text().startsWith(QStringLiteral("Read-only: ")); }));
    BOOST_TEST(settings.recentFiles().front() == asTheDialogWritesIt);
    ini.sync();
    QFile file(ini.fileName());
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    BOOST_TEST(!file.readAll().contains("blue-river-4"));
}

BOOST_AUTO_TEST_SUITE_END()
