#include "Project.h"

#include "Error.h"
#include "ProjectFileCheck.h"
#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mixshift {

namespace {

// How a reader connects: a normal connection with writes forbidden where SQLite can keep its files beside the
// project; otherwise read-only, and immutable when no -wal file exists — on read-only media or in a read-only
// folder no writer can add one, and immutable mode then reads the file without creating anything.
Database::Access readerAccess(const QString& path)
{
    if (Project::isWritable(path))
        return Database::Access::ReadWrite;
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return Database::Access::ReadOnly;
    return Database::Access::Inspect;
}

} // namespace

Project::Project(const QString& path, Database::Access databaseAccess, bool readOnly)
    : m_db(path, databaseAccess), m_readOnly(readOnly)
{
    m_db.exec("PRAGMA foreign_keys = ON");
    if (m_readOnly) {
        m_db.exec("PRAGMA query_only = ON");
        if (schemaVersion() < Schema::currentVersion())
            throw Error(tr("%1: was written by an older MixShift (schema version %2); open it once "
                           "for writing (e.g. in the app) to upgrade it")
                            .arg(path)
                            .arg(schemaVersion()));
        return;
    }
    Schema::migrate(m_db);
    if (journalMode() != QLatin1String("wal"))
        m_db.exec("PRAGMA journal_mode = WAL");
}

bool Project::isWritable(const QString& path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

std::unique_ptr<Project> Project::open(const QString& path, Access access)
{
    ProjectFileCheck::ensureOpenable(path);
    if (access == Access::Read)
        return std::unique_ptr<Project>(new Project(path, readerAccess(path), true));
    if (!isWritable(path))
        throw Error(tr("%1: cannot be changed: the file or its folder is read-only; the project is unchanged")
                        .arg(path));
    return std::unique_ptr<Project>(new Project(path, Database::Access::ReadWrite, false));
}

std::unique_ptr<Project> Project::create(const QString& path)
{
    if (path.trimmed().isEmpty())
        throw Error(tr("no project file named; give a file name, e.g. my.mixshift"));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        throw Error(tr("%1: already exists; choose a new file name").arg(path));
    try {
        return std::unique_ptr<Project>(new Project(path, Database::Access::ReadWriteCreate, false));
    } catch (...) {
        // The connection is closed by now: remove the empty or half-made file so the next attempt can succeed.
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        throw;
    }
}

QString Project::journalMode()
{
    Statement mode = m_db.prepare("PRAGMA journal_mode");
    return mode.step() ? mode.text(0) : QString();
}

int Project::schemaVersion()
{
    return static_cast<int>(m_db.scalar("PRAGMA user_version"));
}

} // namespace mixshift
