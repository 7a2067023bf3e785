#pragma once

#include "ImportMapping.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mixshift {

class Database;

/// Named import mappings kept in the project, offered again for files with the same header.
class ImportProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfiles)

public:
    explicit ImportProfiles(Database& db);

    /// Saves (or replaces) the profile `name` for files with `header`.
    void save(const QString& name, const ImportMapping& mapping, const QStringList& header);
    std::optional<ImportMapping> load(const QString& name);
    /// Profiles saved for this header, most recently saved first.
    QStringList forHeader(const QStringList& header);
    QStringList names();

private:
    Database& m_db;
};

} // namespace mixshift
