#pragma once

#include "store/PostgresDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

namespace mixshift::test {

/// The test server's administrator URI when the suite runs against a team store: tests/postgres/test-server
/// starts the server and names its folder in MIXSHIFT_TEST_SERVER. Empty when the suite runs on files.
inline QString testServerUri()
{
    const QString folder = qEnvironmentVariable("MIXSHIFT_TEST_SERVER");
    if (folder.isEmpty())
        return {};
    QFile file(folder + QStringLiteral("/uri"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

/// The URI of the server database `name`, reached as the administrator or as `user` (the test server's URI
/// is postgresql://postgres@/postgres?host=DIR&port=PORT).
inline QString serverDatabaseUri(const QString& name, const QString& user = {})
{
    QString uri = testServerUri();
    uri.replace(QStringLiteral("@/postgres?"), QStringLiteral("@/%1?").arg(name));
    if (!user.isEmpty())
        uri.replace(QStringLiteral("//postgres@"), QStringLiteral("//%1@").arg(user));
    return uri;
}

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
