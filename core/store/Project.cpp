#include "Project.h"

#include "ProjectFileCheck.h"
#include "Schema.h"
#include "Error.h"

#include <QFileInfo>

namespace mixshift {

Project::Project(const QString& path, Database::Access access)
    : m_db(path, access)
{
    m_db.exec("PRAGMA foreign_keys = ON");
    Schema::migrate(m_db);
    m_db.exec("PRAGMA journal_mode = WAL");
}

std::unique_ptr<Project> Project::open(const QString& path)
{
    ProjectFileCheck::ensureOpenable(path);
    return std::unique_ptr<Project>(new Project(path, Database::Access::ReadWrite));
}

std::unique_ptr<Project> Project::create(const QString& path)
{
    if (QFileInfo::exists(path))
        throw Error(QStringLiteral("%1: already exists; choose a new file name").arg(path));
    return std::unique_ptr<Project>(new Project(path, Database::Access::ReadWriteCreate));
}

int Project::schemaVersion()
{
    return static_cast<int>(m_db.scalar("PRAGMA user_version"));
}

} // namespace mixshift
