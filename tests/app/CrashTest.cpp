// An import killed without warning (SIGKILL) at moments spread over its whole run — reading, writing, the
// commit, the checkpoint that follows it — leaves a project that opens with exactly the state before or after.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <boost/test/unit_test.hpp>

namespace {

QString runMixshift(const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.start(QStringLiteral(MIXSHIFT_EXECUTABLE), arguments);
    BOOST_REQUIRE(process.waitForFinished(120000));
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// `observations: N` of `mixshift info`, or -1 when the project does not open.
qint64 observations(const QString& project)
{
    int exitCode = -1;
    const QString out = runMixshift({QStringLiteral("info"), QStringLiteral("--db"), project}, &exitCode);
    BOOST_TEST_INFO(out.toStdString());
    BOOST_TEST(exitCode == 0);
    for (const QString& line : out.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("observations: ")))
            return line.mid(14).toLongLong();
    return -1;
}

void copyProject(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    BOOST_REQUIRE(QFile::copy(from, to));
}

} // namespace

BOOST_AUTO_TEST_SUITE(crash)

BOOST_AUTO_TEST_CASE(an_import_killed_at_any_moment_leaves_before_or_after)
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.mixshift"));
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(big);
        BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "provider,metric,period,value,unit,source\n";
        for (int p = 0; p < 250; ++p)
            for (int year = 1900; year < 2100; ++year)
                for (int q = 1; q <= 4; ++q)
                    out << "Provider " << p << ",revenue," << year << 'Q' << q << ',' << year * 10 + q
                        << ",million USD,generated\n";
    }
    int exitCode = -1;
    runMixshift({QStringLiteral("init"), pristine}, &exitCode);
    BOOST_REQUIRE_EQUAL(exitCode, 0);

    // The whole import once, to know how long it takes and what "after" is.
    const QString full = dir.filePath(QStringLiteral("full.mixshift"));
    copyProject(pristine, full);
    QElapsedTimer timer;
    timer.start();
    runMixshift({QStringLiteral("import"), big, QStringLiteral("--db"), full}, &exitCode);
    const qint64 duration = timer.elapsed();
    BOOST_REQUIRE_EQUAL(exitCode, 0);
    const qint64 after = observations(full);
    BOOST_REQUIRE_EQUAL(after, 200000);

    int killedBefore = 0;
    int killedAfter = 0;
    // Moments as fractions of the whole run; 0 stands for "as soon as the summary is printed": the commit is
    // done and the checkpoint that closing the project runs is under way.
    for (const double moment : {0.05, 0.2, 0.4, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0, 1.1, 0.0}) {
        const QString project = dir.filePath(QStringLiteral("killed.mixshift"));
        copyProject(pristine, project);
        QProcess import;
        import.start(QStringLiteral(MIXSHIFT_EXECUTABLE), {QStringLiteral("import"), big, QStringLiteral("--db"), project});
        BOOST_REQUIRE(import.waitForStarted());
        if (moment > 0) {
            QThread::msleep(static_cast<unsigned long>(moment * double(duration)));
        } else {
            while (import.state() == QProcess::Running && !import.canReadLine())
                import.waitForReadyRead(5);
        }
        import.kill();
        import.waitForFinished();

        const qint64 count = observations(project);
        BOOST_TEST_INFO("killed at " << moment << " of " << duration << " ms");
        BOOST_TEST((count == 0 || count == after), count);
        (count == 0 ? killedBefore : killedAfter) += 1;
        // And the project takes further work: a second import completes it.
        if (count == 0) {
            runMixshift({QStringLiteral("import"), big, QStringLiteral("--db"), project}, &exitCode);
            BOOST_TEST(exitCode == 0);
            BOOST_TEST(observations(project) == after);
        }
    }
    BOOST_TEST_MESSAGE("killed before the commit " << killedBefore << " times, after it " << killedAfter);
    BOOST_TEST(killedBefore > 0);
    BOOST_TEST(killedAfter > 0);
}

BOOST_AUTO_TEST_SUITE_END()
