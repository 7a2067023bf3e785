#define BOOST_TEST_MODULE app
#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run mixshift(const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(MIXSHIFT_EXECUTABLE), arguments);
    BOOST_REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The value of a `name: value` line of `mixshift info`.
QString infoValue(const QString& info, const QString& name)
{
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2);
    return {};
}

} // namespace

BOOST_AUTO_TEST_CASE(version)
{
    const Run run = mixshift({QStringLiteral("--version")});
    BOOST_TEST(run.exitCode == 0);
    BOOST_TEST(run.out.startsWith(QStringLiteral("mixshift 0.")));
}

BOOST_AUTO_TEST_CASE(init_sample_then_info_and_query)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("s.mixshift"));
    const Run init = mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")});
    BOOST_TEST_INFO(init.err.toStdString());
    BOOST_REQUIRE_EQUAL(init.exitCode, 0);

    const Run info = mixshift({QStringLiteral("info"), QStringLiteral("--db"), project});
    BOOST_REQUIRE_EQUAL(info.exitCode, 0);
    BOOST_TEST(infoValue(info.out, QStringLiteral("schema_version")).toStdString() == "1");
    BOOST_TEST(infoValue(info.out, QStringLiteral("providers")).toInt() >= 7);
    BOOST_TEST(infoValue(info.out, QStringLiteral("series")).toInt() > 20);
    BOOST_TEST(infoValue(info.out, QStringLiteral("observations")).toInt() > 200);

    const Run query = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--provider"),
                                QStringLiteral("Alibaba Cloud"), QStringLiteral("--format"), QStringLiteral("csv")});
    BOOST_REQUIRE_EQUAL(query.exitCode, 0);
    const QStringList lines = query.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(lines.front().toStdString() ==
               "provider,metric,market,category,period,start,end,value,unit,stated_unit,qualifier,original_text,"
               "source,status");
    bool revenue = false;
    for (const QString& line : lines.mid(1)) {
        BOOST_TEST(line.startsWith(QStringLiteral("Alibaba Cloud,")));
        revenue = revenue || (line.contains(QStringLiteral(",revenue,,,FY2024 Q2,2023-07-01,2023-09-30,27648000000,CNY,億元,")) &&
                              line.contains(QStringLiteral("阿里雲重新定調")));
    }
    BOOST_TEST(revenue, "the article's FY2024 Q2 revenue is missing from:\n" << query.out.toStdString());

    const Run table = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--provider"),
                                QStringLiteral("亞馬遜"), QStringLiteral("--metric"), QStringLiteral("market_share")});
    BOOST_REQUIRE_EQUAL(table.exitCode, 0);
    BOOST_TEST(table.out.contains(QStringLiteral("0.3999")));
    BOOST_TEST(table.out.contains(QStringLiteral("revision")));
}

BOOST_AUTO_TEST_CASE(bad_arguments_and_unreadable_projects_give_one_line_and_fail)
{
    QTemporaryDir dir;
    const QString notAProject = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notAProject);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();

    const QList<QStringList> cases{
        {QStringLiteral("info")},
        {QStringLiteral("info"), QStringLiteral("--db"), notAProject},
        {QStringLiteral("info"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.mixshift"))},
        {QStringLiteral("query"), QStringLiteral("--db"), notAProject},
        {QStringLiteral("query"), QStringLiteral("--bogus")},
        {QStringLiteral("init")},
        {QStringLiteral("init"), notAProject},
        {QStringLiteral("--frobnicate")},
    };
    for (const QStringList& arguments : cases) {
        const Run run = mixshift(arguments);
        BOOST_TEST_INFO(arguments.join(QLatin1Char(' ')).toStdString());
        BOOST_TEST(run.exitCode != 0);
        BOOST_TEST(run.err.count(QLatin1Char('\n')) == 1, run.err.toStdString());
        BOOST_TEST(run.err.startsWith(QStringLiteral("mixshift: ")));
        BOOST_TEST(run.out.isEmpty());
    }
}

BOOST_AUTO_TEST_CASE(query_with_unknown_provider_says_so)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("e.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project}).exitCode, 0);
    const Run run = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--provider"),
                              QStringLiteral("Oracle")});
    BOOST_TEST(run.exitCode == 1);
    BOOST_TEST(run.err.contains(QStringLiteral("no provider or alias 'Oracle'")));
}
