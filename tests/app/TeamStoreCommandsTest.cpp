// init, copy, query and imports on project files and team stores (issue 14). The cases needing a server run
// when CTest starts one (app_tests_team_store) and skip, saying so, otherwise.
#include "AppRun.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace testserver;

namespace {

/// Runs SQL as the server's administrator, through psql (the postgresql package's client).
void administer(const QString& sql)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                        QStringLiteral("ON_ERROR_STOP=1"), testServerUri(), QStringLiteral("-c"), sql});
    BOOST_REQUIRE(psql.waitForFinished(60000));
    BOOST_REQUIRE_MESSAGE(psql.exitCode() == 0, psql.readAllStandardError().toStdString());
}

/// A new, empty database on the test server.
QString newDatabase()
{
    static int made = 0;
    const QString name = QStringLiteral("app%1_%2").arg(QCoreApplication::applicationPid()).arg(made++);
    administer(QStringLiteral("CREATE DATABASE ") + name);
    return serverDatabaseUri(name);
}

QString query(const QString& project)
{
    const Run run = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project});
    BOOST_REQUIRE_MESSAGE(run.exitCode == 0, run.err.toStdString());
    return run.out;
}

void require(const Run& run)
{
    BOOST_REQUIRE_MESSAGE(run.exitCode == 0, run.out.toStdString() << run.err.toStdString());
}

} // namespace

BOOST_AUTO_TEST_SUITE(team_store_commands)

BOOST_AUTO_TEST_CASE(copy_between_files_gives_the_same_answers)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("a.mixshift"));
    const QString copy = dir.filePath(QStringLiteral("b.mixshift"));
    require(mixshift({QStringLiteral("init"), original, QStringLiteral("--sample")}));
    const Run copied = mixshift({QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), copy});
    require(copied);
    BOOST_TEST(copied.out.startsWith(QStringLiteral("copied ")));
    BOOST_TEST(copied.out.contains(QStringLiteral("233 observations")), copied.out.toStdString());
    BOOST_TEST(query(copy) == query(original));

    // The destination must be new: an existing file is refused in one line and left alone.
    const QByteArray before = [&] {
        QFile file(copy);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Run again = mixshift({QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), copy});
    BOOST_TEST(again.exitCode != 0);
    BOOST_TEST(again.err.contains(QStringLiteral("already exists")), again.err.toStdString());
    BOOST_TEST(again.err.trimmed().count(QLatin1Char('\n')) == 0);
    QFile file(copy);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    BOOST_TEST((file.readAll() == before));
}

BOOST_AUTO_TEST_CASE(the_sample_on_a_server_answers_as_the_file_does, *boost::unit_test::precondition(serverRuns))
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sample.mixshift"));
    require(mixshift({QStringLiteral("init"), file, QStringLiteral("--sample")}));
    const QString server = newDatabase();
    const Run init = mixshift({QStringLiteral("init"), server, QStringLiteral("--sample")});
    require(init);
    BOOST_TEST(init.out.contains(QStringLiteral("GRANT mixshift_reader TO")), init.out.toStdString());
    BOOST_TEST(query(server) == query(file));

    // Server → file → server: the same answers every time.
    const QString back = dir.filePath(QStringLiteral("back.mixshift"));
    require(mixshift({QStringLiteral("copy"), QStringLiteral("--from"), server, QStringLiteral("--to"), back}));
    const QString again = newDatabase();
    require(mixshift({QStringLiteral("copy"), QStringLiteral("--from"), back, QStringLiteral("--to"), again}));
    BOOST_TEST(query(back) == query(file));
    BOOST_TEST(query(again) == query(file));
}

BOOST_AUTO_TEST_CASE(imports_name_the_database_user_and_readers_are_refused, *boost::unit_test::precondition(serverRuns))
{
    QTemporaryDir dir;
    const QString store = newDatabase();
    require(mixshift({QStringLiteral("init"), store}));
    const QString user = QStringLiteral("w%1").arg(QCoreApplication::applicationPid());
    const QString reader = QStringLiteral("r%1").arg(QCoreApplication::applicationPid());
    administer(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE mixshift_writer").arg(user));
    administer(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE mixshift_reader").arg(reader));
    const QString csv = dir.filePath(QStringLiteral("rows.csv"));
    {
        QFile file(csv);
        BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("provider,metric,period,value,unit,source\nTeam Cloud,revenue,2024Q1,1.5,bn USD,team\n");
    }
    require(mixshift({QStringLiteral("import"), csv, QStringLiteral("--db"), reachedAs(store, user)}));
    const Run imports = mixshift({QStringLiteral("imports"), QStringLiteral("--db"), reachedAs(store, reader)});
    require(imports);
    BOOST_TEST(imports.out.contains(user), imports.out.toStdString());

    const QString before = query(store);
    const Run refused = mixshift({QStringLiteral("import"), csv, QStringLiteral("--db"), reachedAs(store, reader)});
    BOOST_TEST(refused.exitCode != 0);
    BOOST_TEST(refused.err.contains(QStringLiteral("read-only access to the team store")), refused.err.toStdString());
    BOOST_TEST(refused.err.trimmed().count(QLatin1Char('\n')) == 0, refused.err.toStdString());
    BOOST_TEST(query(store) == before);
}

BOOST_AUTO_TEST_SUITE_END()
