#pragma once

// The tests' own PostgreSQL server (tests/postgres/test-server), as every suite reaches it: Qt only, so that
// the app suite, which runs the program rather than linking core, can use it too (there a function is named
// mixshift, so these live outside that namespace; TestStore.h brings them into mixshift::test).

#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <boost/test/unit_test.hpp>

namespace testserver {

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

/// The URI of the server database `name`, reached as the administrator (the test server's URI is
/// postgresql://postgres@/postgres?host=DIR&port=PORT).
inline QString serverDatabaseUri(const QString& name)
{
    return testServerUri().replace(QStringLiteral("@/postgres?"), QStringLiteral("@/%1?").arg(name));
}

/// The same store reached as database user `user`.
inline QString reachedAs(QString uri, const QString& user)
{
    return uri.replace(QRegularExpression(QStringLiteral("//[^@/]*@")), QStringLiteral("//%1@").arg(user));
}

/// A precondition for the cases that need the server itself (roles, several connections, other programs):
/// they skip, saying so, without one.
inline boost::test_tools::assertion_result serverRuns(boost::unit_test::test_unit_id)
{
    boost::test_tools::assertion_result result(!testServerUri().isEmpty());
    result.message() << "a team-store case: no test server (tests/postgres/test-server; apt-get install postgresql)";
    return result;
}

} // namespace testserver
