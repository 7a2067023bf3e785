// `mixshift import` on statements and histories as portals serve them: exit codes, the summary's words and
// what is stored, with nothing but the provider given.
#include "AppRun.h"

#include <QFile>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

namespace {

QString statement(const char* name)
{
    return QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/statements/") + QString::fromUtf8(name);
}

struct NewProject
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("p.mixshift"));
    NewProject() { BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), path}).exitCode, 0); }

    Run import(const QString& file, QStringList options)
    {
        return mixshift(QStringList{QStringLiteral("import"), file, QStringLiteral("--db"), path} + options);
    }
    QString query()
    {
        return mixshift({QStringLiteral("query"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                         QStringLiteral("csv")})
            .out;
    }
};

int linesStarting(const QString& text, const QString& prefix)
{
    int count = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            ++count;
    return count;
}

} // namespace

BOOST_AUTO_TEST_SUITE(import_command)

BOOST_AUTO_TEST_CASE(a_transposed_gbk_statement_needs_only_the_provider)
{
    NewProject p;
    const Run run = p.import(statement("income-statement-gbk.csv"), {QStringLiteral("--default"), QStringLiteral("provider=SF")});
    BOOST_TEST_INFO(run.out.toStdString() + run.err.toStdString());
    BOOST_REQUIRE_EQUAL(run.exitCode, 0);
    BOOST_TEST(run.out.contains(QStringLiteral("encoding: GB18030 (")));
    BOOST_TEST(run.out.contains(QStringLiteral("layout: transposed statement, line items down column 1 (报告日期)")));
    BOOST_TEST(run.out.contains(QStringLiteral("periods: dates a year apart (2014-12-31 … 2018-12-31), each read as "
                                               "the year ending on that date")));
    BOOST_TEST(run.out.contains(QStringLiteral("unit 万元 = 10,000 CNY (45 values)")));
    BOOST_TEST(run.out.contains(QStringLiteral("two lines for one metric: revenue: kept '营业总收入(万元)'")));
    BOOST_TEST(run.out.contains(QStringLiteral("metrics matched through aliases: 营业总收入 -> revenue")));
    BOOST_TEST(run.out.contains(QStringLiteral("values imported: 53")));
    const QString stored = p.query();
    BOOST_TEST(stored.contains(QStringLiteral("SF,revenue,,,2018,2018-01-01,2018-12-31,90942690000,CNY,万元,")));
    BOOST_TEST(stored.contains(QStringLiteral("SF,basic_eps,,,2018,2018-01-01,2018-12-31,1.03,CNY,")));
}

BOOST_AUTO_TEST_CASE(a_statement_without_its_provider_is_refused_in_rows_not_values)
{
    NewProject p;
    const Run refused = p.import(statement("income-statement-gbk.csv"), {});
    BOOST_TEST(refused.exitCode == 1);
    BOOST_TEST_INFO(refused.out.toStdString());
    // 15 rows of five periods each: 75 values, refused for one reason on 15 rows.
    BOOST_TEST(refused.out.contains(QStringLiteral("rows rejected: 15")));
    BOOST_TEST(refused.out.contains(QStringLiteral("rejected: 15 rows, lines 2–17: no provider")));
}

BOOST_AUTO_TEST_CASE(a_daily_history_imports_into_quarters_and_is_refused_once_without_a_length)
{
    NewProject p;
    const QStringList provider{QStringLiteral("--default"), QStringLiteral("provider=SF")};
    const Run refused = p.import(statement("daily-history-gbk.csv"), provider);
    BOOST_TEST(refused.exitCode == 1);
    BOOST_TEST(linesStarting(refused.out, QStringLiteral("rejected: ")) == 1);
    BOOST_TEST(refused.out.contains(QStringLiteral("cells, lines 2–520, column 1 (日期)")));
    BOOST_TEST(refused.out.contains(QStringLiteral("choose a period length of month, quarter or year")));

    const Run run = p.import(statement("daily-history-gbk.csv"),
                             provider + QStringList{QStringLiteral("--period-length"), QStringLiteral("quarter"),
                                                    QStringLiteral("--aggregate"), QStringLiteral("last")});
    BOOST_TEST_INFO(run.out.toStdString());
    BOOST_REQUIRE_EQUAL(run.exitCode, 0);
    BOOST_TEST(run.out.contains(QStringLiteral("columns not read (text, not values): 股票代码, 名称")));
    BOOST_TEST(run.out.contains(QStringLiteral("combined into 96 period values (last; 63–65 values a period)")));
    BOOST_TEST(p.query().contains(QStringLiteral("SF,收盘价,,,2018 Q4,2018-10-01,2018-12-31,35.1,")));
}

BOOST_AUTO_TEST_CASE(a_stray_quote_is_refused_unless_quotes_are_lenient_and_columns_can_be_skipped)
{
    NewProject p;
    const QString file = p.dir.filePath(QStringLiteral("quotes.csv"));
    QFile out(file);
    BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("provider,metric,period,value,unit,comment\n"
              "Alibaba Cloud,revenue,2023Q3,276.48,億元,the 12\" figure\n"
              "Alibaba Cloud,revenue,2023Q2,251.23,億元,plain\n");
    out.close();
    const Run strict = p.import(file, {QStringLiteral("--dry-run")});
    BOOST_TEST(strict.exitCode == 1);
    BOOST_TEST(strict.out.contains(QStringLiteral("rejected: line 2, column 6 (comment)")));
    BOOST_TEST(strict.out.contains(QStringLiteral("a quote inside an unquoted field")));
    const Run lenient = p.import(file, {QStringLiteral("--dry-run"), QStringLiteral("--lenient-quotes")});
    BOOST_TEST(lenient.exitCode == 0);
    BOOST_TEST(lenient.out.contains(QStringLiteral("values imported: 2")));
    const Run skipped = p.import(file, {QStringLiteral("--lenient-quotes"), QStringLiteral("--skip"), QStringLiteral("value"),
                                        QStringLiteral("--dry-run")});
    BOOST_TEST(skipped.out.contains(QStringLiteral("columns left out as asked: value")));
    BOOST_TEST(skipped.out.contains(QStringLiteral("no value column is mapped")));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(imports_lists_batches_and_undo_restores_what_an_import_overwrote)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("u.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QStringList queryArgs{QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--format"),
                                QStringLiteral("csv")};
    const QString before = mixshift(queryArgs).out;

    const QString csv = dir.filePath(QStringLiteral("restated.csv"));
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("provider,metric,period,value,unit,source\n"
               "Alibaba Cloud,revenue,FY2024 Q2,300,億元,restated by hand\n"
               "Newco,revenue,2024Q1,1,million USD,restated by hand\n");
    file.close();
    const Run imported = mixshift({QStringLiteral("import"), csv, QStringLiteral("--db"), project,
                                   QStringLiteral("--on-conflict"), QStringLiteral("overwrite")});
    BOOST_TEST_INFO(imported.out.toStdString() + imported.err.toStdString());
    BOOST_REQUIRE_EQUAL(imported.exitCode, 0);
    BOOST_TEST(imported.out.contains(QStringLiteral("batch: 1 (mixshift imports undo --batch 1 takes it back)")));
    BOOST_TEST(mixshift(queryArgs).out != before);

    const Run listed = mixshift({QStringLiteral("imports"), QStringLiteral("--db"), project, QStringLiteral("--format"),
                                 QStringLiteral("csv")});
    BOOST_REQUIRE_EQUAL(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_REQUIRE_EQUAL(lines.size(), 2);
    BOOST_TEST(lines[0].toStdString() == "batch,imported_at,kind,file,sha256,added,overwritten,revised,rejected,by");
    const QStringList fields = lines[1].split(QLatin1Char(','));
    BOOST_REQUIRE_EQUAL(fields.size(), 10);
    BOOST_TEST(fields[0].toStdString() == "1");
    BOOST_TEST(fields[3].toStdString() == "restated.csv");
    BOOST_TEST(fields[4].size() == 64);
    BOOST_TEST(fields[5].toStdString() == "1"); // Newco
    BOOST_TEST(fields[6].toStdString() == "1"); // Alibaba FY2024 Q2
    BOOST_TEST(!fields[9].isEmpty());

    const Run undone = mixshift({QStringLiteral("imports"), QStringLiteral("undo"), QStringLiteral("--db"), project,
                                 QStringLiteral("--batch"), QStringLiteral("1")});
    BOOST_TEST_INFO(undone.err.toStdString());
    BOOST_REQUIRE_EQUAL(undone.exitCode, 0);
    BOOST_TEST(undone.out.contains(QStringLiteral("values restored: 1")));
    BOOST_TEST(mixshift(queryArgs).out == before);

    const Run again = mixshift({QStringLiteral("imports"), QStringLiteral("undo"), QStringLiteral("--db"), project,
                                QStringLiteral("--batch"), QStringLiteral("1")});
    BOOST_TEST(again.exitCode == 1);
    BOOST_TEST(again.err.contains(QStringLiteral("there is no import 1")));
}
