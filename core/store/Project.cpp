#include "Project.h"

#include "Error.h"
#include "PostgresDatabase.h"
#include "ProjectFileCheck.h"
#include "Schema.h"
#include "SqliteDatabase.h"
#include "TeamStoreRoles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mixshift {

namespace {

// How a reader connects: a normal connection with writes forbidden where SQLite can keep its files beside the
// project; otherwise read-only, and immutable when no -wal file exists — on read-only media or in a read-only
// folder no writer can add one, and immutable mode then reads the file without creating anything.
SqliteDatabase::Access readerAccess(const QString& path)
{
    if (QFileInfo(path).isWritable() && QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return SqliteDatabase::Access::ReadWrite;
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return SqliteDatabase::Access::ReadOnly;
    return SqliteDatabase::Access::Inspect;
}

bool mayWriteTeamStore(Database& db)
{
    return db.scalar("SELECT has_table_privilege('observation', 'INSERT')") != 0;
}

bool ownsTeamStore(Database& db)
{
    return db.scalar("SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = 'observation'::regclass") != 0;
}

QString teamStoreOwner(Database& db)
{
    return db.prepare("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'observation'::regclass")
        .firstColumn()
        .value(0);
}

// Opens a file's connection the way every project file is used.
std::unique_ptr<Database> fileConnection(const QString& path, SqliteDatabase::Access access, bool readOnly)
{
    auto db = std::make_unique<SqliteDatabase>(path, access);
    db->exec("PRAGMA foreign_keys = ON");
    if (readOnly)
        db->exec("PRAGMA query_only = ON");
    return db;
}

QString journalMode(Database& db)
{
    Statement mode = db.prepare("PRAGMA journal_mode");
    return mode.step() ? mode.text(0) : QString();
}

} // namespace

Project::Project(std::unique_ptr<Database> db, bool readOnly)
    : m_db(std::move(db)), m_readOnly(readOnly)
{
}

bool Project::isTeamStore(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

void Project::refuseOlderSchema()
{
    if (schemaVersion() >= Schema::currentVersion())
        return;
    if (isTeamStore())
        throw Error(tr("%1: was written by an older MixShift (schema version %2); its owner, database user %3, "
                       "must open it once for writing with this version to upgrade it; nothing was changed")
                        .arg(path())
                        .arg(schemaVersion())
                        .arg(teamStoreOwner(db())));
    throw Error(tr("%1: was written by an older MixShift (schema version %2); open it once "
                   "for writing (e.g. in the app) to upgrade it")
                    .arg(path())
                    .arg(schemaVersion()));
}

bool Project::isWritable(const QString& location, const std::optional<QString>& password)
{
    if (isTeamStore(location)) {
        try {
            PostgresDatabase db(location, true, password);
            return !Schema::isMixShiftTeamStore(db) || mayWriteTeamStore(db);
        } catch (const Error&) {
            return true; // open() says why it cannot connect
        }
    }
    const QFileInfo file(location);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

std::unique_ptr<Project> Project::open(const QString& location, Access access,
                                       const std::optional<QString>& password)
{
    if (isTeamStore(location))
        return openTeamStore(std::make_unique<PostgresDatabase>(location, access == Access::Read, password), access);
    return openFile(location, access);
}

std::unique_ptr<Project> Project::openAgain(Access access) const
{
    if (const auto* store = dynamic_cast<const PostgresDatabase*>(m_db.get()))
        return openTeamStore(store->another(access == Access::Read), access);
    return openFile(path(), access);
}

std::unique_ptr<Project> Project::openFile(const QString& path, Access access)
{
    ProjectFileCheck::ensureOpenable(path);
    if (access == Access::Read) {
        std::unique_ptr<Project> project(new Project(fileConnection(path, readerAccess(path), true), true));
        project->refuseOlderSchema();
        return project;
    }
    if (!isWritable(path))
        throw Error(tr("%1: cannot be changed: the file or its folder is read-only; the project is unchanged")
                        .arg(path));
    std::unique_ptr<Project> project(
        new Project(fileConnection(path, SqliteDatabase::Access::ReadWrite, false), false));
    Schema::migrate(project->db());
    if (journalMode(project->db()) != QLatin1String("wal"))
        project->db().exec("PRAGMA journal_mode = WAL");
    return project;
}

std::unique_ptr<Project> Project::openTeamStore(std::unique_ptr<PostgresDatabase> connection, Access access)
{
    const bool read = access == Access::Read;
    std::unique_ptr<Project> project(new Project(std::move(connection), read));
    Database& db = project->db();
    if (!Schema::isMixShiftTeamStore(db))
        throw Error(tr("%1: is not a MixShift team store (no MixShift tables in the database); create one with "
                       "mixshift init %1")
                        .arg(project->path()));
    const int version = project->schemaVersion();
    if (version > Schema::currentVersion())
        throw Error(tr("%1: was written by a newer MixShift (schema version %2; this version reads up to %3); "
                       "use a newer MixShift")
                        .arg(project->path())
                        .arg(version)
                        .arg(Schema::currentVersion()));
    // Only the tables' owner may change them (PostgreSQL's rule), so only the owner's MixShift upgrades a store.
    if (read || !ownsTeamStore(db)) {
        project->refuseOlderSchema();
        if (read)
            return project;
    }
    if (!mayWriteTeamStore(db))
        throw Error(tr("%1: read-only access to the team store (database user %2 may only read); nothing was "
                       "changed; ask the administrator for the mixshift_writer role")
                        .arg(project->path(), db.userName()));
    Schema::migrate(db);
    return project;
}

std::unique_ptr<Project> Project::create(const QString& location, const std::function<void(Database&)>& fill)
{
    if (location.trimmed().isEmpty())
        throw Error(tr("no project file named; give a file name, e.g. my.mixshift"));
    if (isTeamStore(location)) {
        std::unique_ptr<Project> project(new Project(std::make_unique<PostgresDatabase>(location, false), false));
        if (Schema::isMixShiftTeamStore(project->db()))
            throw Error(tr("%1: already holds a MixShift team store; open it, or name an empty database")
                            .arg(project->path()));
        Schema::migrate(project->db());
        TeamStoreRoles::grant(project->db());
        if (fill)
            fill(project->db());
        return project;
    }
    if (QFileInfo::exists(location) || QFileInfo(location).isSymLink())
        throw Error(tr("%1: already exists; choose a new file name").arg(location));
    try {
        std::unique_ptr<Project> project(
            new Project(fileConnection(location, SqliteDatabase::Access::ReadWriteCreate, false), false));
        Schema::migrate(project->db());
        project->db().exec("PRAGMA journal_mode = WAL");
        if (fill)
            fill(project->db());
        return project;
    } catch (...) {
        // The connection is closed by now: remove the empty or half-made file so the next attempt can succeed.
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(location + QLatin1String(suffix));
        throw;
    }
}

QString Project::shortName(const QString& location)
{
    return isTeamStore(location) ? PostgresDatabase::nameOf(location) : QFileInfo(location).fileName();
}

QString Project::displayName() const
{
    return m_db->displayName();
}

int Project::schemaVersion()
{
    return Schema::storedVersion(*m_db);
}

} // namespace mixshift
