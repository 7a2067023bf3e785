#include "SqliteFailure.h"

#include "Error.h"

#include <sqlite3.h>

namespace mixshift {

namespace {

QString meaning(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("another program is writing to this project; try again when it has finished (the "
                              "project is unchanged)");
    case SQLITE_FULL:
        return QStringLiteral("the disk is full; free some space and try again (the project is unchanged)");
    case SQLITE_READONLY:
        return QStringLiteral("is open read-only (a read-only file, folder or medium); nothing was changed");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("is damaged or not a MixShift project; restore it from a backup");
    case SQLITE_CANTOPEN:
        return QStringLiteral("cannot be opened; check that it exists and that you may read it and its folder");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QStringLiteral("cannot be accessed: permission denied");
    case SQLITE_NOMEM:
        return QStringLiteral("not enough memory to finish; nothing was changed");
    case SQLITE_IOERR:
        return QStringLiteral("could not be read or written (a disk error, a full disk or a file-size limit); "
                              "the project is unchanged");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("the change conflicts with what the project already holds; nothing was changed");
    default:
        return QStringLiteral("could not be read or written; nothing was changed (run with --verbose for details)");
    }
}

} // namespace

void throwSqliteFailure(sqlite3* db, int rc, const QString& statement)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString path = file && *file ? QString::fromUtf8(file) : QStringLiteral("the project");
    QString details = QStringLiteral("SQLite error %1 (%2): %3")
                          .arg(rc)
                          .arg(QString::fromUtf8(sqlite3_errstr(rc)),
                               QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    if (!statement.isEmpty())
        details += QStringLiteral(" in: ") + statement.simplified();
    throw Error(QStringLiteral("%1: %2").arg(path, meaning(rc)), details);
}

} // namespace mixshift
