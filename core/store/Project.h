#pragma once

#include "Database.h"

#include <QString>

#include <memory>

namespace mixshift {

/// An open MixShift project file: checked, migrated to the current schema, foreign keys on, WAL journal.
class Project
{
public:
    /// Opens an existing project (an empty file becomes a new project). Refused files stay unchanged.
    static std::unique_ptr<Project> open(const QString& path);
    /// Creates a new, empty project; refuses a path that already exists.
    static std::unique_ptr<Project> create(const QString& path);

    Database& db() { return m_db; }
    const QString& path() const { return m_db.path(); }
    int schemaVersion();

private:
    Project(const QString& path, Database::Access access);

    Database m_db;
};

} // namespace mixshift
