#pragma once

#include "Statement.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

struct sqlite3;

namespace mixshift {

/// An open SQLite connection, closed when it goes out of scope.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access {
        /// Reads the main file only and creates no -wal/-shm files beside it: for inspecting a file that
        /// is not known to be ours yet (SQLite's immutable mode).
        Inspect,
        ReadOnly,
        ReadWrite,
        ReadWriteCreate,
    };

    Database(const QString& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs SQL that takes no values (schema, pragmas); values always go through prepare().
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);

    /// The first column of the first row of a query that takes no values.
    std::int64_t scalar(std::string_view sql);

    std::int64_t lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    const QString& path() const { return m_path; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace mixshift
