#include "SqliteFailure.h"

#include "Error.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace mixshift {

namespace {

QString meaning(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("SqliteFailure",
                                           "another program is writing to this project; try again when it has "
                                           "finished (the project is unchanged)");
    case SQLITE_FULL:
        return QCoreApplication::translate("SqliteFailure",
                                           "the disk is full; free some space and try again (the project is unchanged)");
    case SQLITE_READONLY:
        return QCoreApplication::translate("SqliteFailure",
                                           "is open read-only (a read-only file, folder or medium); nothing was changed");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("SqliteFailure", "is damaged or not a MixShift project; restore it from a backup");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("SqliteFailure",
                                           "cannot be opened; check that it exists and that you may read it and its folder");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate("SqliteFailure", "cannot be accessed: permission denied");
    case SQLITE_NOMEM:
        return QCoreApplication::translate("SqliteFailure", "not enough memory to finish; nothing was changed");
    case SQLITE_IOERR:
        return QCoreApplication::translate("SqliteFailure",
                                           "could not be read or written (a disk error, a full disk or a file-size "
                                           "limit); the project is unchanged");
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate("SqliteFailure",
                                           "the change conflicts with what the project already holds; nothing was changed");
    default:
        return QCoreApplication::translate("SqliteFailure",
                                           "could not be read or written; nothing was changed (run with --verbose for "
                                           "details)");
    }
}

} // namespace

void throwSqliteFailure(sqlite3* db, int rc, const QString& statement)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString path = file && *file ? QString::fromUtf8(file) : QCoreApplication::translate("SqliteFailure", "the project");
    QString details = QStringLiteral("SQLite error %1 (%2): %3")
                          .arg(rc)
                          .arg(QString::fromUtf8(sqlite3_errstr(rc)),
                               QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    if (!statement.isEmpty())
        details += QStringLiteral(" in: ") + statement.simplified();
    throw Error(QStringLiteral("%1: %2").arg(path, meaning(rc)), details);
}

} // namespace mixshift
