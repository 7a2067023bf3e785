// An output never overwrites an input, and a write that fails is an error that leaves no file (issue 8, items 4
// and 5), with the technical details only under --verbose (item 12).
#include "AppRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Every file in `dir` (temporary files of a failed save included).
QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
}

struct SampleProject
{
    QTemporaryDir dir;
    QString project = dir.filePath(QStringLiteral("p.mixshift"));

    SampleProject()
    {
        BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    }
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
};

void expectOneLine(const Run& run, int exitCode, const QString& needle)
{
    BOOST_TEST(run.exitCode == exitCode);
    BOOST_TEST(run.err.count(QLatin1Char('\n')) == 1, run.err.toStdString());
    BOOST_TEST(run.err.startsWith(QStringLiteral("mixshift: ")));
    BOOST_TEST(run.err.contains(needle), run.err.toStdString());
}

} // namespace

BOOST_AUTO_TEST_SUITE(output_safety)

BOOST_AUTO_TEST_CASE(an_output_that_is_the_project_or_an_input_is_refused_and_nothing_is_touched)
{
    SampleProject s;
    BOOST_REQUIRE(QFile::link(s.project, s.path("link.mixshift")));
    const QByteArray before = hashOf(s.project);
    const QByteArray walBefore = hashOf(s.project + QStringLiteral("-wal"));
    const QStringList scenario{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                               QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--csv")};
    // The project by its own name, another spelling, a symbolic link, and SQLite's files beside it.
    for (const QString& output : {s.project, QStringLiteral("./p.mixshift"), QStringLiteral("../%1/p.mixshift").arg(QFileInfo(s.dir.path()).fileName()),
                                  s.path("link.mixshift"), s.project + QStringLiteral("-wal"), s.project + QStringLiteral("-shm")}) {
        BOOST_TEST_INFO(output.toStdString());
        const Run run = mixshift(scenario + QStringList{output}, s.dir.path());
        expectOneLine(run, 2, QStringLiteral("would overwrite the project"));
        BOOST_TEST(run.out.isEmpty(), "nothing ran");
    }
    BOOST_TEST((hashOf(s.project) == before), "the project is untouched");
    BOOST_TEST((hashOf(s.project + QStringLiteral("-wal")) == walBefore), "the -wal file is not replaced by a CSV");

    const Run chart = mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), s.project, QStringLiteral("--series"),
                                QStringLiteral("AWS/revenue"), QStringLiteral("--out"), s.path("link.mixshift")});
    expectOneLine(chart, 2, QStringLiteral("--out"));
    BOOST_TEST((hashOf(s.project) == before));

    // import F.csv --errors F.csv, and --errors a hard link to it.
    const QString csv = s.path("figures.csv");
    const QByteArray figures = "provider,metric,period,value,unit,source\nAWS,revenue,2023Q1,x,USD,s\n";
    writeFile(csv, figures);
    BOOST_REQUIRE_EQUAL(::link(QFile::encodeName(csv).constData(), QFile::encodeName(s.path("hard.csv")).constData()), 0);
    for (const QString& errors : {csv, QStringLiteral("./figures.csv"), s.path("hard.csv"), s.project}) {
        BOOST_TEST_INFO(errors.toStdString());
        const Run run = mixshift({QStringLiteral("import"), csv, QStringLiteral("--db"), s.project,
                                  QStringLiteral("--errors"), errors}, s.dir.path());
        expectOneLine(run, 2, QStringLiteral("would overwrite"));
    }
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    BOOST_TEST((file.readAll() == figures), "the imported file is untouched");
    BOOST_TEST((hashOf(s.project) == before));
}

BOOST_AUTO_TEST_CASE(a_file_output_that_cannot_be_written_fails_and_leaves_no_file)
{
    SampleProject s;
    // /dev/full: every write fails with "no space left on device". Chart formats take it through a link with
    // the suffix that names the format.
    for (const char* suffix : {"png", "pdf", "svg", "csv"}) {
        const QString link = s.path("full.") + QString::fromLatin1(suffix);
        BOOST_REQUIRE(QFile::link(QStringLiteral("/dev/full"), link));
        const Run run = mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), s.project, QStringLiteral("--chart"),
                                  QStringLiteral("AWS vs Azure FY2022"), QStringLiteral("--out"), link});
        BOOST_TEST_INFO(suffix);
        expectOneLine(run, 1, link + QStringLiteral(": cannot be written"));
        BOOST_TEST(run.out.isEmpty(), "no 'wrote …' line");
    }
    BOOST_TEST((QFileInfo(QStringLiteral("/dev/full")).exists() && !QFileInfo(QStringLiteral("/dev/full")).isFile()),
               "the device is still a device");

    const Run scenario = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                                   QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--csv"), QStringLiteral("/dev/full")});
    expectOneLine(scenario, 1, QStringLiteral("/dev/full: cannot be written"));
    const Run shares = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                                 QStringLiteral("--model"), QStringLiteral("share"), QStringLiteral("--csv"), QStringLiteral("/dev/full")});
    expectOneLine(shares, 1, QStringLiteral("/dev/full: cannot be written"));
    const Run errors = mixshift({QStringLiteral("import"), QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/bad-row-middle.csv"),
                                 QStringLiteral("--db"), s.project, QStringLiteral("--errors"), QStringLiteral("/dev/full")});
    expectOneLine(errors, 1, QStringLiteral("/dev/full: cannot be written"));
    BOOST_TEST(errors.err.contains(QStringLiteral("the project is unchanged")));

    // A folder that does not exist: refused before anything is written, and no file appears.
    const QStringList before = filesIn(s.dir);
    for (const QString& out : {s.path("missing/chart.png"), s.path("missing/chart.csv")}) {
        const Run run = mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), s.project, QStringLiteral("--series"),
                                  QStringLiteral("AWS/revenue"), QStringLiteral("--out"), out});
        expectOneLine(run, 1, QStringLiteral("does not exist"));
    }
    const Run missing = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                                  QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--csv"), s.path("missing/m.csv")});
    expectOneLine(missing, 1, QStringLiteral("does not exist"));
    BOOST_TEST(!QFileInfo::exists(s.path("missing")));
    BOOST_TEST((filesIn(s.dir) == before), "no temporary or partial file left");
}

BOOST_AUTO_TEST_CASE(a_partial_write_on_a_full_disk_leaves_no_file)
{
    // A size limit on the process stands in for a full disk: writes beyond 64 KiB fail with EFBIG.
    SampleProject s;
    const QString png = s.path("big.png");
    const Run run = mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), s.project, QStringLiteral("--chart"),
                              QStringLiteral("AWS vs Azure FY2022"), QStringLiteral("--out"), png},
                             {}, [](QProcess& process) {
                                 process.setChildProcessModifier([] {
                                     ::signal(SIGXFSZ, SIG_IGN);
                                     const rlimit limit{64 * 1024, 64 * 1024};
                                     ::setrlimit(RLIMIT_FSIZE, &limit);
                                 });
                             });
    expectOneLine(run, 1, png + QStringLiteral(": cannot be written"));
    BOOST_TEST(!QFileInfo::exists(png), "no partial PNG");
    BOOST_TEST(QDir(s.dir.path()).entryList({QStringLiteral("big.png*")}, QDir::Files | QDir::Hidden).isEmpty(),
               "no temporary file either");
}

BOOST_AUTO_TEST_CASE(standard_output_that_cannot_be_written_is_an_error)
{
    SampleProject s;
    const QStringList db{QStringLiteral("--db"), s.project};
    const QList<QStringList> commands{
        QStringList{QStringLiteral("query")} + db,
        QStringList{QStringLiteral("query"), QStringLiteral("--format"), QStringLiteral("csv")} + db,
        QStringList{QStringLiteral("info")} + db,
        QStringList{QStringLiteral("check")} + db,
        QStringList{QStringLiteral("chart"), QStringLiteral("list")} + db,
        QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("mix")} + db,
        QStringList{QStringLiteral("--version")},
    };
    for (const QStringList& command : commands) {
        BOOST_TEST_INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run run = mixshift(command, {}, [](QProcess& process) { process.setStandardOutputFile(QStringLiteral("/dev/full")); });
        expectOneLine(run, 1, QStringLiteral("standard output"));
    }
}

BOOST_AUTO_TEST_CASE(verbose_adds_the_details_on_a_second_line_and_only_then)
{
    SampleProject s;
    const QStringList command{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                              QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--csv"), QStringLiteral("/dev/full")};
    const Run quiet = mixshift(command);
    expectOneLine(quiet, 1, QStringLiteral("cannot be written"));
    BOOST_TEST(!quiet.err.contains(QStringLiteral("QFileDevice")));
    for (const QStringList& verbose : {QStringList{QStringLiteral("--verbose")} + command, command + QStringList{QStringLiteral("--verbose")}}) {
        const Run run = mixshift(verbose);
        BOOST_TEST(run.exitCode == 1);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        BOOST_REQUIRE_EQUAL(lines.size(), 2);
        BOOST_TEST(lines[0].toStdString() == quiet.err.trimmed().toStdString());
        BOOST_TEST(lines[1].startsWith(QStringLiteral("mixshift: details: QFileDevice::FileError")), lines[1].toStdString());
    }
}

BOOST_AUTO_TEST_SUITE_END()
