#pragma once

// Running the real mixshift executable from the app tests.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <boost/test/unit_test.hpp>

#include <functional>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs mixshift with `arguments` and waits for it; `prepare` may set up the process (environment, output
/// file, a child-process modifier) before it starts.
inline Run mixshift(const QStringList& arguments, const QString& workingDirectory = {},
                    const std::function<void(QProcess&)>& prepare = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    if (prepare)
        prepare(process);
    process.start(QStringLiteral(MIXSHIFT_EXECUTABLE), arguments);
    BOOST_REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// What a poppler tool (pdftotext, pdfinfo, pdffonts, pdfimages) prints with `arguments`: how the tests read the
/// PDFs mixshift writes, as any reader would (poppler-utils is among the packages scripts/install-deps installs).
inline QString poppler(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    BOOST_REQUIRE_MESSAGE(process.waitForFinished(60000), tool.toStdString() + " did not run: install poppler-utils");
    BOOST_REQUIRE_EQUAL(process.exitCode(), 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The value of a `name: value` line of `mixshift info`.
inline QString infoValue(const QString& info, const QString& name)
{
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2);
    return {};
}
