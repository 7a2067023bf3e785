// A project is never locked out, never written by a reader, never left half-made: empty and damaged files,
// an interrupted checkpoint, readers beside a writer, read-only media, a full disk.
#include "ImportFixture.h"
#include "ReadOnlyFolder.h"

#include "Error.h"
#include "store/SqliteDatabase.h"
#include "store/Project.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace mixshift;
using namespace mixshift::test;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes, qint64 offset = -1)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(offset < 0 ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::ReadWrite));
    if (offset >= 0)
        BOOST_REQUIRE(file.seek(offset));
    BOOST_REQUIRE_EQUAL(file.write(bytes), bytes.size());
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

quint32 bigEndian(const QByteArray& bytes, qsizetype offset)
{
    quint32 value = 0;
    for (qsizetype i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes[offset + i]);
    return value;
}

void fillSources(Database& db, int from, int count)
{
    Statement insert = db.prepare("INSERT INTO source (title, excerpt) VALUES (?, ?)");
    for (int i = from; i < from + count; ++i) {
        insert.bindAll(QStringLiteral("source %1").arg(i), QString(200, QLatin1Char('x'))).run();
        insert.reset();
    }
}

// A project of a few hundred rows, closed, so that everything is in the main file.
QString makeProject(const QTemporaryDir& dir, const QString& name = QStringLiteral("p.mixshift"))
{
    const QString path = dir.filePath(name);
    auto project = Project::create(path);
    fillSources(project->db(), 0, 400);
    return path;
}

std::int64_t sourceCount(const QString& path)
{
    return Project::open(path, Project::Access::Read)->db().scalar("SELECT count(*) FROM source");
}

template<typename F>
QString errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

// Lowers this process's file-size limit for its lifetime: a write past it fails with EFBIG, as on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        BOOST_REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
};

} // namespace

BOOST_AUTO_TEST_SUITE(project_safety)

BOOST_AUTO_TEST_CASE(empty_files_are_not_projects_and_stay_empty)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.mixshift"));
    writeBytes(empty, {});
    for (const auto access : {Project::Access::Read, Project::Access::Write}) {
        const QString message = errorOf([&] { Project::open(empty, access); });
        BOOST_TEST(message.contains(QStringLiteral("is empty")), message.toStdString());
        BOOST_TEST(QFileInfo(empty).size() == 0);
    }

    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    {
        SqliteDatabase db(bare, SqliteDatabase::Access::ReadWriteCreate);
        db.exec("PRAGMA user_version = 0");
        db.exec("VACUUM"); // writes the header page, so the file is a real, empty SQLite database
    }
    const QByteArray before = readBytes(bare);
    BOOST_REQUIRE(!before.isEmpty());
    const QString message = errorOf([&] { Project::open(bare, Project::Access::Read); });
    BOOST_TEST(message.contains(QStringLiteral("empty SQLite database")), message.toStdString());
    BOOST_TEST((readBytes(bare) == before));
    BOOST_TEST((filesIn(dir.path()) == QStringList{QStringLiteral("bare.sqlite"), QStringLiteral("empty.mixshift")}));
}

BOOST_AUTO_TEST_CASE(a_mixshift_file_without_a_schema_version_is_damaged)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    for (const char* version : {"0", "-3"}) {
        {
            SqliteDatabase db(path, SqliteDatabase::Access::ReadWrite);
            db.exec(std::string("PRAGMA user_version = ") + version);
        }
        const QString message = errorOf([&] { Project::open(path); });
        BOOST_TEST(message.contains(QStringLiteral("damaged")), message.toStdString());
        BOOST_TEST(!message.contains(QStringLiteral("already exists")));
    }
}

BOOST_AUTO_TEST_CASE(a_failed_create_leaves_nothing_behind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.mixshift"));
    {
        const FileSizeLimit limit(8192);
        const QString message = errorOf([&] { Project::create(path); });
        BOOST_TEST(!message.isEmpty());
        BOOST_TEST(!message.contains(QStringLiteral("CREATE")), message.toStdString());
    }
    BOOST_TEST(filesIn(dir.path()).isEmpty());
    BOOST_TEST(Project::create(path)->schemaVersion() == Schema::currentVersion());
    BOOST_TEST(errorOf([] { Project::create(QString()); }).contains(QStringLiteral("no project file")));
}

// A checkpoint interrupted after it wrote page 1: the header counts pages the main file does not have yet;
// they are in the -wal file, and SQLite reads them from there.
BOOST_AUTO_TEST_CASE(an_interrupted_checkpoint_leaves_a_project_that_opens)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QString copy = dir.filePath(QStringLiteral("killed.mixshift"));
    {
        SqliteDatabase db(path, SqliteDatabase::Access::ReadWrite);
        db.exec("PRAGMA wal_autocheckpoint = 0");
        db.exec("BEGIN");
        fillSources(db, 400, 3000);
        db.exec("COMMIT");
        // The state a kill leaves: the main file as of the last checkpoint, the commit in the WAL.
        BOOST_REQUIRE(QFile::copy(path, copy));
        BOOST_REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    // Replay the newest page 1 of the WAL into the main file, as the checkpoint's first write would.
    const QByteArray wal = readBytes(copy + QStringLiteral("-wal"));
    const quint32 pageSize = bigEndian(wal, 8);
    QByteArray page1;
    for (qsizetype frame = 32; frame + 24 + pageSize <= quint32(wal.size()); frame += 24 + pageSize) {
        if (wal.mid(frame + 8, 8) != wal.mid(16, 8))
            break; // a frame of an earlier WAL generation
        if (bigEndian(wal, frame) == 1)
            page1 = wal.mid(frame + 24, pageSize);
    }
    BOOST_REQUIRE(!page1.isEmpty());
    writeBytes(copy, page1, 0);
    const QByteArray header = readBytes(copy).left(100);
    BOOST_REQUIRE(qint64(bigEndian(header, 28)) * pageSize > QFileInfo(copy).size());
    const QByteArray killed = readBytes(copy);

    BOOST_TEST(sourceCount(copy) == 3400);
    BOOST_TEST(Project::open(copy)->db().scalar("SELECT count(*) FROM source") == 3400);

    // Without the WAL, the same file is really cut short.
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    writeBytes(copy, killed);
    BOOST_TEST(errorOf([&] { Project::open(copy, Project::Access::Read); }).contains(QStringLiteral("truncated")));
}

BOOST_AUTO_TEST_CASE(readers_run_beside_a_writer)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    SqliteDatabase writer(path, SqliteDatabase::Access::ReadWrite);
    writer.exec("BEGIN IMMEDIATE");
    fillSources(writer, 400, 10);
    const auto reader = Project::open(path, Project::Access::Read);
    BOOST_TEST(reader->isReadOnly());
    BOOST_TEST(reader->db().scalar("SELECT count(*) FROM source") == 400);
    writer.exec("COMMIT");
    BOOST_TEST(sourceCount(path) == 410);

    // A second writer is told who holds the project, in words.
    writer.exec("BEGIN IMMEDIATE");
    const QString busy = errorOf([&] {
        const auto second = Project::open(path);
        fillSources(second->db(), 0, 1);
        second->db().exec("BEGIN IMMEDIATE");
    });
    writer.exec("ROLLBACK");
    BOOST_TEST(busy.contains(QStringLiteral("another program is writing")), busy.toStdString());
    BOOST_TEST(!busy.contains(QStringLiteral("SQLite")));
}

BOOST_AUTO_TEST_CASE(a_reader_writes_nothing_and_leaves_no_files)
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    const QByteArray before = readBytes(path);
    const QStringList files = filesIn(dir.path());
    {
        const auto project = Project::open(path, Project::Access::Read);
        const QString message = errorOf([&] { fillSources(project->db(), 0, 1); });
        BOOST_TEST(message.contains(QStringLiteral("read-only")), message.toStdString());
        BOOST_TEST((message.startsWith(QFileInfo(path).absoluteFilePath()) || message.startsWith(path)));
        BOOST_TEST(!message.contains(QStringLiteral("INSERT")));
    }
    BOOST_TEST((readBytes(path) == before));
    BOOST_TEST((filesIn(dir.path()) == files));
}

BOOST_AUTO_TEST_CASE(a_project_on_read_only_media_opens_for_reading)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("media"));
    BOOST_REQUIRE(QDir().mkpath(folder));
    {
        auto project = Project::create(folder + QStringLiteral("/p.mixshift"));
        fillSources(project->db(), 0, 50);
    }
    const QStringList files = filesIn(folder);
    const ReadOnlyFolder readOnly(folder);
    if (readOnly.path().isEmpty()) {
        BOOST_TEST_MESSAGE("skipped: no way to make a folder read-only here");
        return;
    }
    const QString path = readOnly.path() + QStringLiteral("/p.mixshift");
    BOOST_TEST(sourceCount(path) == 50);
    BOOST_TEST((filesIn(readOnly.path()) == files));
    const QString message = errorOf([&] { Project::open(path, Project::Access::Write); });
    BOOST_TEST(message.contains(QStringLiteral("read-only")), message.toStdString());
}

BOOST_AUTO_TEST_CASE(an_import_on_a_full_disk_leaves_the_project_as_it_was, *boost::unit_test::precondition(test::storeIsAFile))
{
    ImportFixture f;
    const QString csv = f.dir.filePath(QStringLiteral("big.csv"));
    {
        QByteArray text = "provider,metric,period,value,unit\n";
        for (int i = 0; i < 20000; ++i)
            text += "Provider " + QByteArray::number(i) + ",revenue,2023Q1," + QByteArray::number(i) + ",USD\n";
        writeBytes(csv, text);
    }
    const qint64 countBefore = f.observationCount();
    f.project->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray before = readBytes(f.path);
    QString message;
    {
        const FileSizeLimit limit(rlim_t(before.size() + 64 * 1024));
        message = errorOf([&] { f.import(csv); });
    }
    BOOST_TEST(message.contains(QStringLiteral("unchanged")), message.toStdString());
    BOOST_TEST(!message.contains(QStringLiteral("INSERT")));
    BOOST_TEST(f.observationCount() == countBefore);
    f.project.reset();
    BOOST_TEST((readBytes(f.path) == before));
    BOOST_TEST(Project::open(f.path, Project::Access::Read)->db().scalar("SELECT count(*) FROM provider") > 0);
}

BOOST_AUTO_TEST_SUITE_END()
