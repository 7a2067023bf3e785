#pragma once

#include "StatementBackend.h"

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace mixshift {

/// A statement prepared by SQLite; texts are bound in place (SQLITE_STATIC).
class SqliteStatement final : public StatementBackend
{
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindNull(int index) override;
    void bindInteger(int index, std::int64_t value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, QByteArrayView utf8) override;
    bool step() override;
    bool runUnlessDuplicate() override;
    void reset() override;
    int columnCount() const override;
    QString columnName(int column) const override;
    ColumnType columnType(int column) const override;
    bool isNull(int column) const override;
    std::int64_t int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;

private:
    [[noreturn]] void fail(int rc) const;
    void check(int rc) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace mixshift
