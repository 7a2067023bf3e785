#pragma once

#include "TestServer.h"

#include "store/PostgresDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

namespace mixshift::test {

using testserver::reachedAs;
using testserver::serverDatabaseUri;
using testserver::serverRuns;
using testserver::testServerUri;

/// A new, empty database on the test server, and its URI.
inline QString newServerDatabase()
{
    static QAtomicInt made;
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(made.fetchAndAddRelaxed(1));
    PostgresDatabase admin(testServerUri(), false);
    admin.exec(("CREATE DATABASE " + name).toStdString());
    return serverDatabaseUri(name);
}

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
