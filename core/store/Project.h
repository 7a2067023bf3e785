#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace mixshift {

/// An open MixShift project file: checked, foreign keys on, WAL journal.
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    enum class Access {
        /// Reads only: no migration, no journal change, no write transaction, so it works beside a running
        /// import, in a read-only folder and on read-only media. Writes through it fail (SQLite's query_only).
        Read,
        /// Reads and writes; an older schema is migrated first.
        Write,
    };

    /// Opens an existing project. Refused (with the file named, and the file left unchanged): a missing, empty
    /// or foreign file, a damaged or truncated one, a newer schema; for Read, also a schema this build would
    /// have to migrate.
    static std::unique_ptr<Project> open(const QString& path, Access access = Access::Write);
    /// Whether the file and its folder may be written, as open() for Access::Write needs (the GUI opens a project
    /// it may not write with Access::Read).
    static bool isWritable(const QString& path);
    /// Creates a new, empty project; refuses a path that already exists, and leaves nothing behind on failure.
    static std::unique_ptr<Project> create(const QString& path);

    Database& db() { return m_db; }
    const QString& path() const { return m_db.path(); }
    int schemaVersion();
    /// True when opened for reading, whether asked for or because the file, its folder or medium is read-only.
    bool isReadOnly() const { return m_readOnly; }

private:
    Project(const QString& path, Database::Access databaseAccess, bool readOnly);
    QString journalMode();

    Database m_db;
    bool m_readOnly;
};

} // namespace mixshift
