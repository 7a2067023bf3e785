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

} // namespace mixshift::test
