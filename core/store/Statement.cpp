#include "Statement.h"

#include "SqliteFailure.h"

#include <sqlite3.h>

namespace mixshift {

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_texts(std::move(other.m_texts))
{
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bindInteger(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    return bind(index, LastingText{m_texts.add(QStringView(value))});
}

Statement& Statement::bind(int index, const QByteArray& utf8)
{
    return bind(index, LastingText{m_texts.add(QByteArrayView(utf8))});
}

Statement& Statement::bind(int index, LastingText text)
{
    if (const int rc = sqlite3_bind_text(m_stmt, index, text.utf8.data(), static_cast<int>(text.utf8.size()),
                                         SQLITE_STATIC);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& Statement::bind(int index, const char* value)
{
    return bind(index, QString::fromUtf8(value));
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
}

bool Statement::runUnlessDuplicate()
{
    for (;;) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE)
            return true;
        if (rc == SQLITE_ROW)
            continue;
        const int extended = sqlite3_extended_errcode(m_db);
        if (extended == SQLITE_CONSTRAINT_PRIMARYKEY || extended == SQLITE_CONSTRAINT_UNIQUE)
            return false;
        fail(rc);
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_texts.clear();
}

QStringList Statement::firstColumn()
{
    QStringList values;
    while (step())
        values << text(0);
    return values;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

void Statement::fail(int rc) const
{
    const char* sql = m_stmt ? sqlite3_sql(m_stmt) : nullptr;
    throwSqliteFailure(m_db, rc, sql ? QString::fromUtf8(sql) : QString());
}

} // namespace mixshift
