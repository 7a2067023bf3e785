#include "SqliteDatabase.h"

#include "SqliteBulkInsert.h"

#include "SqliteStatement.h"

#include "Error.h"
#include "SqliteFailure.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <string>

namespace mixshift {

namespace {

int openFlags(SqliteDatabase::Access access)
{
    switch (access) {
    case SqliteDatabase::Access::Inspect:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    case SqliteDatabase::Access::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case SqliteDatabase::Access::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case SqliteDatabase::Access::ReadWriteCreate:
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

SqliteDatabase::SqliteDatabase(const QString& path, Access access)
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

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::exec(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    if (const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error); rc != SQLITE_OK) {
        sqlite3_free(error);
        throwSqliteFailure(m_db, sqlite3_extended_errcode(m_db), QString::fromStdString(text));
    }
}

Statement SqliteDatabase::prepare(std::string_view sql)
{
    return Statement(std::make_unique<SqliteStatement>(m_db, sql));
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

std::unique_ptr<BulkInsert> SqliteDatabase::bulkInsert(std::string_view table, const std::vector<std::string>& columns)
{
    return std::make_unique<SqliteBulkInsert>(*this, table, columns);
}

void SqliteDatabase::keysWritten(std::string_view, std::string_view)
{
    // An INTEGER PRIMARY KEY numbers a new row one above the largest stored: nothing to do.
}

void SqliteDatabase::begin(Transaction::Kind kind)
{
    // IMMEDIATE takes the write lock up front, so a second writer fails here rather than halfway through.
    exec(kind == Transaction::Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

QString SqliteDatabase::displayName() const
{
    return QFileInfo(m_path).fileName();
}

QString SqliteDatabase::userName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Without those (a service, a container): the home folder is named after the user nearly everywhere.
    return QDir::home().dirName();
}

} // namespace mixshift
