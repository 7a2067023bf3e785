#include "Database.h"

#include "Error.h"
#include "SqliteFailure.h"

#include <QUrl>

#include <sqlite3.h>

#include <string>

namespace mixshift {

namespace {

int openFlags(Database::Access access)
{
    switch (access) {
    case Database::Access::Inspect:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    case Database::Access::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::Access::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Access::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

} // namespace

namespace {

// SQLite's memory statistics put a global mutex around every allocation; MixShift never reads them.
void configureSqliteOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

} // namespace

Database::Database(const QString& path, Access access)
    : m_path(path)
{
    configureSqliteOnce();
    const QByteArray name = access == Access::Inspect
                                ? QUrl::fromLocalFile(path).toEncoded() + QByteArrayLiteral("?immutable=1")
                                : path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, openFlags(access) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString details = QStringLiteral("SQLite error %1: %2")
                                    .arg(rc)
                                    .arg(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                              : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(m_db);
        throw Error(tr("%1: cannot be opened; check that it exists and that you may read it and its folder")
                        .arg(path),
                    details);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    if (const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error); rc != SQLITE_OK) {
        sqlite3_free(error);
        throwSqliteFailure(m_db, sqlite3_extended_errcode(m_db), QString::fromStdString(text));
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db, sql);
}

std::int64_t Database::scalar(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.int64(0) : 0;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace mixshift
