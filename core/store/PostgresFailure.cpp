#include "PostgresFailure.h"

#include "Error.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace mixshift {

namespace {

QString meaning(const QString& state)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("PostgresFailure", text); };
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return tr("read-only access to the team store (your database user may only read); nothing was changed");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return tr("another user is changing the team store; try again (nothing was changed)");
    if (state.startsWith(QLatin1String("23")))
        return tr("the change conflicts with what the project already holds; nothing was changed");
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return tr("the connection to the server was lost; nothing was changed; connect again");
    if (state == QLatin1String("53100"))
        return tr("the server's disk is full; nothing was changed; ask the administrator");
    if (state == QLatin1String("42P01") || state == QLatin1String("3F000"))
        return tr("is not a MixShift team store (no MixShift tables); create one with mixshift init");
    return tr("could not be read or written; nothing was changed (run with --verbose for details)");
}

} // namespace

QString postgresState(const pg_result* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QString::fromLatin1(state) : QString();
}

void throwPostgresFailure(const QString& location, pg_result* result, const char* connectionError,
                          const QString& statement)
{
    const QString state = postgresState(result);
    const char* message = result ? PQresultErrorMessage(result) : connectionError;
    QString details = QStringLiteral("PostgreSQL error %1: %2")
                          .arg(state.isEmpty() ? QStringLiteral("(none)") : state,
                               QString::fromUtf8(message ? message : connectionError).trimmed());
    if (!statement.isEmpty())
        details += QStringLiteral(" in: ") + statement.simplified();
    PQclear(result);
    throw Error(QStringLiteral("%1: %2").arg(location, meaning(state.isEmpty() ? QStringLiteral("08000") : state)),
                details);
}

} // namespace mixshift
