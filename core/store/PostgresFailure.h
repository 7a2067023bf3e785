#pragma once

#include <QString>

struct pg_result;

namespace mixshift {

/// Throws the Error a failed PostgreSQL command means to a user: one line naming the store and what to do
/// (read-only access, another writer, a lost connection …); the server's message, SQLSTATE and the statement
/// go to Error::details(). A failure inside a transaction rolls it back, so the store is unchanged.
/// The result (none when the connection failed) is cleared.
[[noreturn]] void throwPostgresFailure(const QString& location, pg_result* result, const char* connectionError,
                                       const QString& statement = {});

/// The SQLSTATE of a failed result ("23505" …), empty when there is none.
QString postgresState(const pg_result* result);

} // namespace mixshift
