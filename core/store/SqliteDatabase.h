#pragma once

#include "Database.h"

#include <QCoreApplication>

struct sqlite3;

namespace mixshift {

/// An open SQLite file (a project file).
class SqliteDatabase final : public Database
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

    SqliteDatabase(const QString& path, Access access);
    ~SqliteDatabase() override;

    Engine engine() const override { return Engine::Sqlite; }
    const QString& location() const override { return m_path; }
    QString displayName() const override;
    void exec(std::string_view sql) override;
    Statement prepare(std::string_view sql) override;
    std::unique_ptr<BulkInsert> bulkInsert(std::string_view table, const std::vector<std::string>& columns) override;
    void keysWritten(std::string_view table, std::string_view column) override;
    int changes() const override;
    void begin(Transaction::Kind kind) override;
    QString userName() override;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace mixshift
