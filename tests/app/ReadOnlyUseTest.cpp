// The read commands read without writing: beside another program's open write transaction they answer at
// once, and on read-only media they work and leave nothing beside the project.
#include "AppRun.h"
#include "ReadOnlyFolder.h"

#include <QDir>
#include <QTemporaryDir>

namespace {

QStringList readCommands(const QString& chart)
{
    return {QStringLiteral("info"), QStringLiteral("query"), QStringLiteral("check"), QStringLiteral("chart list"),
            QStringLiteral("scenario list"), QStringLiteral("export-chart ") + chart};
}

void expectReadsWork(const QString& project, const QString& chartOut)
{
    for (const QString& command : readCommands(chartOut)) {
        QStringList arguments = command.split(QLatin1Char(' '));
        if (arguments.front() == QLatin1String("export-chart"))
            arguments = {QStringLiteral("export-chart"), QStringLiteral("--series"),
                         QStringLiteral("Alibaba Cloud/revenue"), QStringLiteral("--out"), arguments.at(1)};
        arguments << QStringLiteral("--db") << project;
        const Run run = mixshift(arguments);
        BOOST_TEST_INFO(command.toStdString() << ": " << run.err.toStdString());
        BOOST_TEST(run.exitCode == 0);
        BOOST_TEST(run.err.isEmpty());
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(read_only_use)

BOOST_AUTO_TEST_CASE(reads_answer_beside_another_programs_write_transaction)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("s.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QString before = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project}).out;

    // sqlite3 holds the write lock with an uncommitted insert while the commands run.
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {project});
    BOOST_REQUIRE(writer.waitForStarted());
    writer.write("BEGIN IMMEDIATE;\nINSERT INTO source (key, title) VALUES ('w', 'uncommitted');\nSELECT 'locked';\n");
    BOOST_REQUIRE(writer.waitForReadyRead(10000));
    BOOST_REQUIRE(writer.readAllStandardOutput().contains("locked"));

    expectReadsWork(project, dir.filePath(QStringLiteral("chart.png")));
    BOOST_TEST((mixshift({QStringLiteral("query"), QStringLiteral("--db"), project}).out == before));

    // A writer is told who holds the project, in words, after its wait.
    const Run import = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), project,
                                 QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--save"),
                                 QStringLiteral("x")});
    BOOST_TEST(import.exitCode == 1);
    BOOST_TEST(import.err.contains(QStringLiteral("another program is writing")), import.err.toStdString());
    writer.write("ROLLBACK;\n.quit\n");
    writer.closeWriteChannel();
    BOOST_TEST(writer.waitForFinished(10000));
}

BOOST_AUTO_TEST_CASE(reads_work_on_read_only_media_and_leave_nothing)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("media"));
    BOOST_REQUIRE(QDir().mkpath(folder));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), folder + QStringLiteral("/s.mixshift"), QStringLiteral("--sample")}).exitCode, 0);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    const ReadOnlyFolder readOnly(folder);
    if (readOnly.path().isEmpty()) {
        BOOST_TEST_MESSAGE("skipped: no way to make a folder read-only here");
        return;
    }
    const QString project = readOnly.path() + QStringLiteral("/s.mixshift");
    expectReadsWork(project, dir.filePath(QStringLiteral("chart.svg")));
    BOOST_TEST((QDir(readOnly.path()).entryList(QDir::Files) == files));
    const Run write = mixshift({QStringLiteral("import"), QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/utf8-bom.csv"),
                                QStringLiteral("--db"), project});
    BOOST_TEST(write.exitCode == 1);
    BOOST_TEST(write.err.contains(QStringLiteral("read-only")), write.err.toStdString());
    BOOST_TEST(write.err.count(QLatin1Char('\n')) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
