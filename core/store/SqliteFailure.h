#pragma once

#include <QString>

struct sqlite3;

namespace mixshift {

/// Throws the Error a SQLite failure means to a user: one line naming the project and what to do (busy, disk
/// full, read-only, damaged …), with SQLite's own message, code and the statement kept in Error::details().
/// Every failure inside a transaction rolls it back, so write failures say the project is unchanged.
[[noreturn]] void throwSqliteFailure(sqlite3* db, int rc, const QString& statement = {});

} // namespace mixshift
