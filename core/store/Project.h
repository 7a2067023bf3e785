#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace mixshift {

class PostgresDatabase;

/// An open MixShift project: a project file (SQLite: checked, foreign keys on, WAL journal) or a team store on
/// a PostgreSQL server, named by its connection URI (postgresql://user@host:port/dbname). Both hold the same
/// schema and answer the same queries.
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    enum class Access {
        /// Reads only: no migration, no write transaction. A file opens so beside a running import, in a
        /// read-only folder and on read-only media (SQLite's query_only); a team store's transactions are
        /// read-only.
        Read,
        /// Reads and writes; an older schema is migrated first.
        Write,
    };

    /// Opens an existing project. Refused (with the store named, and left unchanged): a missing, empty or
    /// foreign file, a damaged or truncated one, a newer schema; a server without MixShift's tables, or one
    /// this user may only read when opened for writing; for Read, also a schema this build would have to migrate.
    /// A team store's password, when given, is used instead of PGPASSWORD and ~/.pgpass (the app's Connect
    /// dialog); without one that the server wants, PasswordRequired is thrown.
    static std::unique_ptr<Project> open(const QString& location, Access access = Access::Write,
                                         const std::optional<QString>& password = std::nullopt);
    /// The same project on a connection of its own, reached as this one was (a team store's password too):
    /// for work on another thread. Checked as open() checks.
    std::unique_ptr<Project> openAgain(Access access) const;
    /// Whether the project may be written, as open() for Access::Write needs: the file and its folder, or this
    /// database user's privileges on a team store (the GUI opens a project it may not write with Access::Read).
    static bool isWritable(const QString& location, const std::optional<QString>& password = std::nullopt);
    /// Creates a new, empty project: a file (refused when the path exists, nothing left behind on failure), or
    /// MixShift's tables on a server's empty database, with the reader and writer roles (see TeamStoreRoles).
    /// `fill` writes the first rows (the standard catalog, a copied project …); when it fails, a new file is
    /// removed again.
    static std::unique_ptr<Project> create(const QString& location,
                                           const std::function<void(Database&)>& fill = nullptr);
    /// Whether the location names a team store (a postgresql:// or postgres:// URI) rather than a file.
    static bool isTeamStore(const QString& location);
    /// A short name for a location, e.g. for a menu of recent projects: the file's name, or "DATABASE on HOST"
    /// as displayName() says once connected.
    static QString shortName(const QString& location);

    Database& db() { return *m_db; }
    const Database& db() const { return *m_db; }
    /// The file's path, or the team store's URI without a password.
    const QString& path() const { return m_db->location(); }
    /// A short name for titles: the file's name, or "DATABASE on HOST".
    QString displayName() const;
    bool isTeamStore() const { return m_db->engine() == Database::Engine::Postgres; }
    int schemaVersion();
    /// True when opened for reading, whether asked for or because the file, its folder, its medium or the
    /// database user's privileges are read-only.
    bool isReadOnly() const { return m_readOnly; }

private:
    Project(std::unique_ptr<Database> db, bool readOnly);
    static std::unique_ptr<Project> openFile(const QString& path, Access access);
    static std::unique_ptr<Project> openTeamStore(std::unique_ptr<PostgresDatabase> connection, Access access);
    void refuseOlderSchema();

    std::unique_ptr<Database> m_db;
    bool m_readOnly;
};

} // namespace mixshift
