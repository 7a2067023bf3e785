// What `query` prints (issue 8, items 9 and 11): terminal text escaped, table cells capped, rows streamed.
#include "AppRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

struct Project
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("q.mixshift"));

    explicit Project(const std::function<void(QTextStream&)>& rows)
    {
        BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), path}).exitCode, 0);
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        {
            QFile file(csv);
            BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
            QTextStream out(&file);
            out << "provider,metric,period,value,unit,source\n";
            rows(out);
        }
        const Run imported = mixshift({QStringLiteral("import"), csv, QStringLiteral("--db"), path});
        BOOST_REQUIRE_MESSAGE(imported.exitCode == 0, imported.out.toStdString() << imported.err.toStdString());
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(query_output)

BOOST_AUTO_TEST_CASE(the_table_escapes_control_and_bidi_characters_and_caps_wide_cells)
{
    const QString huge(100000, QLatin1Char('W'));
    Project p([&huge](QTextStream& out) {
        out << QStringLiteral("\"evil\u202Etxt.exe\",revenue,2023Q1,1,USD,\"red \x1b[31mtext\"\n");
        out << huge << ",revenue,2023Q1,2,USD,plain\n";
    });
    const Run table = mixshift({QStringLiteral("query"), QStringLiteral("--db"), p.path});
    BOOST_REQUIRE_EQUAL(table.exitCode, 0);
    BOOST_TEST(table.out.contains(QStringLiteral("evil\\u202Etxt.exe")), table.out.toStdString());
    BOOST_TEST(table.out.contains(QStringLiteral("red \\u001B[31mtext")));
    BOOST_TEST(!table.out.contains(QChar(0x202E)));
    BOOST_TEST(!table.out.contains(QChar(0x1B)));
    BOOST_TEST(table.out.contains(QString(59, QLatin1Char('W')) + QStringLiteral("…")));
    for (const QString& line : table.out.split(QLatin1Char('\n')))
        BOOST_TEST(line.size() < 400, "a line of " << line.size() << " characters");

    // CSV is data, not terminal text: the names come out whole.
    const Run csv = mixshift({QStringLiteral("query"), QStringLiteral("--db"), p.path, QStringLiteral("--format"), QStringLiteral("csv")});
    BOOST_TEST(csv.out.contains(huge));
    BOOST_TEST(csv.out.contains(QStringLiteral("evil\u202Etxt.exe")));
}

BOOST_AUTO_TEST_CASE(the_import_summary_escapes_names)
{
    Project p([](QTextStream&) {});
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bidi.csv"));
    {
        QFile file(csv);
        BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("provider,metric,period,value,unit,source\n\"gpj.\xE2\x80\xAE" "exe\",revenue,2023Q1,1,USD,s\n"
                   "AWS,revenue,\"bad\x1b[2J\",5,USD,s\n");
    }
    const Run run = mixshift({QStringLiteral("import"), csv, QStringLiteral("--db"), p.path, QStringLiteral("--accept-valid")});
    BOOST_TEST(run.exitCode == 0, run.err.toStdString());
    BOOST_TEST(run.out.contains(QStringLiteral("new providers: gpj.\\u202Eexe")), run.out.toStdString());
    BOOST_TEST(run.out.contains(QStringLiteral("'bad\\u001B[2J'")));
    BOOST_TEST(!run.out.contains(QChar(0x202E)));
    BOOST_TEST(!run.out.contains(QChar(0x1B)));
}

// Not under ASan: its shadow memory alone is over the limit the child is given.
#if !defined(MIXSHIFT_SANITIZED)
BOOST_AUTO_TEST_CASE(query_streams_rows_at_constant_memory)
{
    // 240,000 values: held whole, they take over 200 MB; streamed, the command stays under 100 MB of data.
    Project p([](QTextStream& out) {
        for (int provider = 0; provider < 300; ++provider)
            for (int year = 1800; year < 2000; ++year)
                for (int q = 1; q <= 4; ++q)
                    out << "Provider " << provider << ",revenue," << year << 'Q' << q << ',' << year * 10 + q
                        << ",million USD,generated\n";
    });
    for (const char* format : {"csv", "table"}) {
        const Run run = mixshift({QStringLiteral("query"), QStringLiteral("--db"), p.path, QStringLiteral("--format"),
                                  QString::fromLatin1(format)},
                                 {}, [](QProcess& process) {
                                     process.setStandardOutputFile(QProcess::nullDevice());
                                     process.setChildProcessModifier([] {
                                         const rlimit limit{100 * 1024 * 1024, 100 * 1024 * 1024};
                                         ::setrlimit(RLIMIT_DATA, &limit);
                                     });
                                 });
        BOOST_TEST_INFO(format);
        BOOST_TEST(run.exitCode == 0, run.err.toStdString());
    }
}
#endif

BOOST_AUTO_TEST_SUITE_END()
