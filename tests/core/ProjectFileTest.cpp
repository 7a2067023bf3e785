#include "Error.h"
#include "store/SqliteDatabase.h"
#include "store/Project.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A project with enough rows to span many pages, closed and checkpointed into the main file.
QString makeProject(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("p.mixshift"));
    auto project = Project::create(path);
    Statement insert = project->db().prepare("INSERT INTO source (title, excerpt) VALUES (?, ?)");
    for (int i = 0; i < 400; ++i) {
        insert.bindAll(QStringLiteral("source %1").arg(i), QString(200, QLatin1Char('x'))).run();
        insert.reset();
    }
    return path;
}

// Opening must fail with a message containing `expected`, and leave the folder exactly as it was.
void expectRefused(const QString& path, const std::string& expected)
{
    const QByteArray before = readBytes(path);
    const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    try {
        Project::open(path);
        BOOST_FAIL("opening " + path.toStdString() + " should have been refused");
    } catch (const Error& error) {
        const std::string message = error.message().toStdString();
        BOOST_TEST_INFO("message: " << message);
        BOOST_TEST(message.find(expected) != std::string::npos);
        BOOST_TEST(message.find(path.toStdString()) == 0);
    }
    BOOST_TEST((readBytes(path) == before), "the file was modified");
    BOOST_TEST((QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) == filesBefore));
}

} // namespace

BOOST_AUTO_TEST_SUITE(project_file)

BOOST_AUTO_TEST_CASE(a_new_project_has_the_current_schema)
{
    QTemporaryDir dir;
    const auto project = Project::create(dir.filePath(QStringLiteral("new.mixshift")));
    BOOST_TEST(project->schemaVersion() == Schema::currentVersion());
    BOOST_TEST(project->db().scalar("PRAGMA application_id") == Schema::applicationId);
    BOOST_TEST(project->db().scalar("PRAGMA foreign_keys") == 1);
    Statement mode = project->db().prepare("PRAGMA journal_mode");
    BOOST_REQUIRE(mode.step());
    BOOST_TEST(mode.text(0).toStdString() == "wal");
    BOOST_TEST(project->db().scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'observation'") == 1);
}

BOOST_AUTO_TEST_CASE(migration_is_safe_to_run_twice)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const auto project = Project::open(path);
    Schema::migrate(project->db());
    BOOST_TEST(project->schemaVersion() == Schema::currentVersion());
    BOOST_TEST(project->db().scalar("SELECT count(*) FROM source") == 400);
}

BOOST_AUTO_TEST_CASE(file_from_a_newer_version_is_refused)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    {
        SqliteDatabase db(path, SqliteDatabase::Access::ReadWrite);
        db.exec("PRAGMA journal_mode = DELETE");
        db.exec("PRAGMA user_version = 99");
    }
    expectRefused(path, "newer MixShift");
}

BOOST_AUTO_TEST_CASE(file_that_is_not_sqlite_is_refused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.mixshift"));
    writeBytes(path, QByteArrayLiteral("provider,metric,value\nAWS,revenue,1\n").repeated(20));
    expectRefused(path, "not a SQLite database");
    const QString tiny = dir.filePath(QStringLiteral("tiny.mixshift"));
    writeBytes(tiny, QByteArrayLiteral("SQLite"));
    expectRefused(tiny, "not a SQLite database");
}

BOOST_AUTO_TEST_CASE(truncated_file_is_refused)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QByteArray bytes = readBytes(path);
    BOOST_REQUIRE(bytes.size() > 8 * 4096);
    writeBytes(path, bytes.left(bytes.size() / 2));
    expectRefused(path, "truncated");
}

BOOST_AUTO_TEST_CASE(corrupt_file_is_refused)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QByteArray bytes = readBytes(path);
    const int pageSize = 4096;
    BOOST_REQUIRE(bytes.size() >= 4 * pageSize);
    // Scribble over the b-tree pages after the schema page; the header stays intact.
    for (int i = pageSize; i < 4 * pageSize; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeBytes(path, bytes);
    expectRefused(path, "corrupt");
}

BOOST_AUTO_TEST_CASE(another_applications_database_is_refused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        SqliteDatabase db(path, SqliteDatabase::Access::ReadWriteCreate);
        db.exec("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
    }
    expectRefused(path, "another application");

    const QString tagged = dir.filePath(QStringLiteral("tagged.db"));
    {
        SqliteDatabase db(tagged, SqliteDatabase::Access::ReadWriteCreate);
        db.exec("PRAGMA application_id = 1234");
        db.exec("CREATE TABLE t (x)");
    }
    expectRefused(tagged, "another application");
}

BOOST_AUTO_TEST_CASE(missing_file_and_existing_target_are_explained)
{
    QTemporaryDir dir;
    BOOST_CHECK_EXCEPTION(Project::open(dir.filePath(QStringLiteral("nope.mixshift"))), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("does not exist")); });
    const QString path = makeProject(dir);
    BOOST_CHECK_EXCEPTION(Project::create(path), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("already exists")); });
}

BOOST_AUTO_TEST_SUITE_END()
