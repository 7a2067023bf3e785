#pragma once

#include "TestServer.h"

#include "store/PostgresDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <optional>

#include <boost/test/unit_test.hpp>

namespace mixshift::test {

using testserver::reachedAs;
using testserver::serverDatabaseUri;
using testserver::serverRuns;
using testserver::testServerUri;

/// A new, empty database on the test server, and its URI.
/// A new database on the test server; `options` follow CREATE DATABASE's name (a collation, say).
inline QString newServerDatabase(const QString& options = QString())
{
    static QAtomicInt made;
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(made.fetchAndAddRelaxed(1));
    PostgresDatabase admin(testServerUri(), false);
    admin.exec(("CREATE DATABASE " + name + options).toStdString());
    return serverDatabaseUri(name);
}

/// A login role on the test server that must give `password` (the server asks it of every member of
/// mixshift_password_users: tests/postgres/test-server), a member of `group` too; its URI for `databaseUri`.
inline QString passwordUser(const char* group, const QString& databaseUri, const QString& password)
{
    static QAtomicInt made;
    const QString user = QStringLiteral("pw%1_%2").arg(QCoreApplication::applicationPid()).arg(made.fetchAndAddRelaxed(1));
    PostgresDatabase admin(testServerUri(), false);
    admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE mixshift_password_users, %3")
                   .arg(user, password, QLatin1String(group))
                   .toStdString());
    return reachedAs(databaseUri, user);
}

/// While it lives, libpq finds no password of its own: none in PGPASSWORD, no ~/.pgpass.
class NoStoredPasswords
{
public:
    NoStoredPasswords()
        : m_password(variable("PGPASSWORD")), m_file(variable("PGPASSFILE"))
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/mixshift-test-pgpass");
    }
    ~NoStoredPasswords()
    {
        restore("PGPASSWORD", m_password);
        restore("PGPASSFILE", m_file);
    }
    NoStoredPasswords(const NoStoredPasswords&) = delete;
    NoStoredPasswords& operator=(const NoStoredPasswords&) = delete;

private:
    static std::optional<QByteArray> variable(const char* name)
    {
        return qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt;
    }
    static void restore(const char* name, const std::optional<QByteArray>& value)
    {
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }

    std::optional<QByteArray> m_password;
    std::optional<QByteArray> m_file;
};

/// Where a test keeps a new project: a file in `dir`, or a new database on the test server when the suite
/// runs against a team store — so every store test runs on both engines.
inline QString newStoreLocation(const QTemporaryDir& dir, const QString& fileName)
{
    return testServerUri().isEmpty() ? dir.filePath(fileName) : newServerDatabase();
}

/// A precondition for cases about SQLite files themselves (a full disk, a second writer on the file): they
/// skip, saying so, when the suite runs against a team store.
inline boost::test_tools::assertion_result storeIsAFile(boost::unit_test::test_unit_id)
{
    boost::test_tools::assertion_result result(testServerUri().isEmpty());
    result.message() << "a case about project files: the suite runs against a team store";
    return result;
}

/// How many series a team store's kept counts (series_tally) get wrong: counts that differ from the rows,
/// and counts kept for series that no longer exist. 0 when they are right.
inline std::int64_t seriesTallyMismatches(Database& db)
{
    return db.scalar(R"SQL(
        WITH counted (series_id, observations, revisions) AS (
            SELECT series_id, sum(o), sum(r)
            FROM (SELECT series_id, count(*) AS o, 0 AS r FROM observation GROUP BY series_id
                  UNION ALL
                  SELECT series_id, 0, count(*) FROM observation_revision GROUP BY series_id) rows
            GROUP BY series_id)
        SELECT count(*) FROM counted c FULL JOIN series_tally t ON t.series_id = c.series_id
        WHERE coalesce(c.observations, 0) <> coalesce(t.observations, 0)
           OR coalesce(c.revisions, 0) <> coalesce(t.revisions, 0)
           OR NOT EXISTS (SELECT 1 FROM series s WHERE s.id = coalesce(t.series_id, c.series_id))
    )SQL");
}

} // namespace mixshift::test
