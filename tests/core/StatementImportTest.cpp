// Statements and histories as Chinese and US portals serve them, imported through the one import session:
// the stored values, periods, metrics and the summary's words.
#include "ImportFixture.h"
#include "OtherWriter.h"

#include "import/DatePeriods.h"
#include "import/ImportSession.h"
#include "store/Transaction.h"

#include <boost/test/unit_test.hpp>

#include <QElapsedTimer>
#include <QFile>

using namespace mixshift;
using namespace mixshift::test;

namespace {

QString statement(const char* name)
{
    return QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/statements/") + QString::fromUtf8(name);
}

ImportChoices forProvider(const QString& provider)
{
    ImportChoices choices;
    choices.defaults.insert(ImportField::Provider, provider);
    return choices;
}

ImportSummary importFile(ImportFixture& f, const QString& file, const ImportChoices& choices, ImportOptions options = {})
{
    const ImportPlan plan = ImportSession::plan(f.project->db(), ImportSource::file(file), choices);
    return ImportSession::run(f.project->db(), plan, options);
}

bool anyContains(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) { return line.contains(text); });
}

} // namespace

BOOST_AUTO_TEST_SUITE(statement_import)

BOOST_AUTO_TEST_CASE(an_annual_gbk_statement_is_years_of_known_metrics_in_base_units)
{
    ImportFixture f;
    const ImportPlan plan = ImportSession::plan(f.project->db(), ImportSource::file(statement("income-statement-gbk.csv")), forProvider("SF"));
    BOOST_TEST((plan.mapping.layout == ImportLayout::Transposed));
    BOOST_TEST((plan.mapping.periodLength == PeriodLength::Year));
    BOOST_TEST(anyContains(plan.notes, QStringLiteral("dates a year apart")));
    BOOST_TEST(plan.mapping.statementCurrency.toStdString() == "CNY");

    const ImportSummary s = ImportSession::run(f.project->db(), plan, {});
    BOOST_TEST_INFO(s.rejectionGroups.value(0).reason.toStdString());
    BOOST_REQUIRE(s.committed);
    const auto values = f.currentValues();
    // 2018-12-31 of an annual statement is the year 2018, in yuan (9,094,269 万元).
    BOOST_TEST(values.value("SF|revenue|2018-01-01..2018-12-31") == 90942690000.0);
    BOOST_TEST(!values.contains("SF|revenue|2018-10-01..2018-12-31"));
    BOOST_TEST(values.value("SF|net_income_parent|2017-01-01..2017-12-31") == 4771510000.0);
    BOOST_TEST(values.value("SF|cost_of_revenue|2015-01-01..2015-12-31") == 38800000000.0);
    BOOST_TEST(values.value("SF|rnd_expense|2018-01-01..2018-12-31") == 984510000.0);
    BOOST_TEST(!values.contains("SF|rnd_expense|2017-01-01..2017-12-31")); // "--" is missing
    // Earnings per share are yuan per share: not scaled by the statement's 万元.
    BOOST_TEST(values.value("SF|basic_eps|2018-01-01..2018-12-31") == 1.03);
    BOOST_TEST(values.value("SF|diluted_eps|2016-01-01..2016-12-31") == 0.99);
    // Lines the catalog does not know become metrics named by their label without the unit.
    BOOST_TEST(s.newMetrics.contains(QStringLiteral("营业总成本")));
    BOOST_TEST(values.value("SF|营业总成本|2018-01-01..2018-12-31") == 85635420000.0);
    // 营业总收入 and 营业收入 both mean revenue: the first is kept, and the summary says so.
    BOOST_TEST(anyContains(s.notes, QStringLiteral("kept '营业总收入(万元)', left out '营业收入(万元)'")));
    // 汇兑收益 is missing in every period: skipped and counted, not refused.
    BOOST_TEST(anyContains(s.notes, QStringLiteral("1 line missing in every period")));
    BOOST_TEST(!s.newMetrics.contains(QStringLiteral("汇兑收益")));
    BOOST_TEST(anyContains(s.notes, QStringLiteral("per share, not scaled as totals: 基本每股收益, 稀释每股收益")));
    BOOST_TEST(anyContains(s.notes, QStringLiteral("unit 万元 = 10,000 CNY")));
    BOOST_TEST(s.rowsRejected == 0);
}

BOOST_AUTO_TEST_CASE(the_same_statement_in_utf8_with_bom_and_crlf_stores_the_same_values)
{
    ImportFixture gbk;
    ImportFixture utf8;
    BOOST_REQUIRE(importFile(gbk, statement("income-statement-gbk.csv"), forProvider("SF")).committed);
    BOOST_REQUIRE(importFile(utf8, statement("income-statement-utf8-bom-crlf.csv"), forProvider("SF")).committed);
    BOOST_TEST((gbk.currentValues() == utf8.currentValues()));
    BOOST_TEST(gbk.currentValues().size() == 53);
}

BOOST_AUTO_TEST_CASE(a_quarterly_statement_in_yi_is_quarters)
{
    ImportFixture f;
    const ImportSummary s = importFile(f, statement("quarterly-statement-yi.csv"), forProvider("Alibaba Cloud"));
    BOOST_REQUIRE(s.committed);
    const auto values = f.currentValues();
    // Alibaba's fiscal year ends in March: 2023-09-30 is FY2024 Q2, the calendar quarter July–September.
    BOOST_TEST(near(values.value("Alibaba Cloud|revenue|2023-07-01..2023-09-30"), 27648000000.0));
    BOOST_TEST(near(values.value("Alibaba Cloud|revenue|2022-10-01..2022-12-31"), 20977000000.0));
    BOOST_TEST(values.value("Alibaba Cloud|basic_eps|2023-07-01..2023-09-30") == 1.10);
}

BOOST_AUTO_TEST_CASE(a_statement_in_us_dollar_millions_with_full_width_brackets)
{
    ImportFixture f;
    const ImportSummary s = importFile(f, statement("annual-statement-usd.csv"), forProvider("Example Corp"));
    BOOST_REQUIRE(s.committed);
    const auto values = f.currentValues();
    BOOST_TEST(values.value("Example Corp|revenue|2023-01-01..2023-12-31") == 90757e6);
    BOOST_TEST(values.value("Example Corp|net_income|2023-01-01..2023-12-31") == 10000e6);
    BOOST_TEST(values.value("Example Corp|diluted_eps|2023-01-01..2023-12-31") == 7.82);
    // A line without a unit is not given the others' millions.
    BOOST_TEST(values.value("Example Corp|headcount|2023-01-01..2023-12-31") == 1000.0);
}

BOOST_AUTO_TEST_CASE(a_daily_history_is_aggregated_into_the_periods_asked_for)
{
    ImportFixture f;
    ImportChoices choices = forProvider("SF");
    choices.periodLength = PeriodLength::Quarter;
    choices.aggregation = Aggregation::Last;
    const ImportPlan plan = ImportSession::plan(f.project->db(), ImportSource::file(statement("daily-history-gbk.csv")), choices);
    BOOST_TEST(plan.sniff.format.encoding.toStdString() == "GB18030");
    BOOST_TEST(plan.mapping.aggregateDates);
    const ImportSummary s = ImportSession::run(f.project->db(), plan, {});
    BOOST_TEST_INFO(s.rejectionGroups.value(0).reason.toStdString() + " " + s.rejectionGroups.value(0).columnName.toStdString());
    BOOST_REQUIRE(s.committed);
    BOOST_TEST(s.rowsRejected == 0);
    const auto values = f.currentValues();
    // The last trading day of 2018 Q4 in the file is 2018-12-28, closing at 35.10; the file lists it first.
    BOOST_TEST(values.value("SF|收盘价|2018-10-01..2018-12-31") == 35.10);
    // 2017 Q1's last value, whatever order the file lists the days in.
    BOOST_TEST(values.contains("SF|收盘价|2017-01-01..2017-03-31"));
    // Eight quarters, one value each, for every measure column; the code and the changing short name are not read.
    BOOST_TEST(s.newMetrics.size() == 12);
    BOOST_TEST(!s.newMetrics.contains(QStringLiteral("股票代码")));
    BOOST_TEST(!s.newMetrics.contains(QStringLiteral("名称")));
    BOOST_TEST(s.valuesImported == 8 * 12);
    BOOST_TEST(anyContains(s.notes, QStringLiteral("combined into 96 period values (last;")));
    // Scientific notation (总市值 1.54826644892e+11) is read.
    BOOST_TEST(near(values.value("SF|总市值|2018-10-01..2018-12-31"), 1.54826644892e+11));
}

BOOST_AUTO_TEST_CASE(daily_dates_without_a_period_length_are_refused_once_per_column)
{
    ImportFixture f;
    const ImportSummary s = importFile(f, statement("daily-history-gbk.csv"), forProvider("SF"));
    BOOST_TEST(!s.committed);
    BOOST_TEST(f.observationCount() == 0);
    BOOST_REQUIRE_EQUAL(s.rejectionGroups.size(), 1);
    const RejectionGroup& g = s.rejectionGroups.front();
    BOOST_TEST(g.columnName.toStdString() == "日期");
    BOOST_TEST(g.count >= 519);
    BOOST_TEST(g.reason.contains(QStringLiteral("a day is not a period MixShift stores")));
}

BOOST_AUTO_TEST_CASE(a_dry_run_reads_beside_another_writer_and_changes_nothing, *boost::unit_test::precondition(test::storeIsAFile))
{
    ImportFixture f;
    BOOST_REQUIRE(importFile(f, statement("quarterly-statement-yi.csv"), forProvider("Alibaba Cloud")).committed);
    const auto before = f.currentValues();
    const QString file = statement("income-statement-gbk.csv");
    const ImportPlan plan = ImportSession::plan(f.project->db(), ImportSource::file(file), forProvider("SF"));
    ImportOptions dry;
    dry.dryRun = true;
    qint64 shown = 0;
    dry.onValue = [&shown](const ImportedValue&) { ++shown; };
    QElapsedTimer clock;
    clock.start();
    ImportSummary s;
    {
        OtherWriter other(f.path);
        const auto reader = Project::open(f.path, Project::Access::Read);
        s = ImportSession::run(reader->db(), plan, dry);
    }
    // No busy wait for the writer's lock (SQLite would wait its 5 s timeout, then fail).
    BOOST_TEST(clock.elapsed() < 4000);
    BOOST_TEST(s.dryRun);
    BOOST_TEST(!s.committed);
    BOOST_TEST(s.valuesImported == 53);
    BOOST_TEST(shown == 53);
    BOOST_TEST((s.newProviders == QStringList{QStringLiteral("SF")}));
    BOOST_TEST(f.currentValues() == before);
    // What the dry run said is what the import does.
    const ImportSummary real = ImportSession::run(f.project->db(), plan, {});
    BOOST_TEST(real.valuesImported == s.valuesImported);
    BOOST_TEST(real.newMetrics == s.newMetrics);
    // And a second dry run sees every value as stored already.
    const ImportSummary again = ImportSession::run(f.project->db(), plan, dry);
    BOOST_TEST(again.unchanged == 53);
    BOOST_TEST(again.valuesImported == 0);
}

BOOST_AUTO_TEST_CASE(a_name_matched_through_an_alias_is_announced_and_can_be_kept_apart)
{
    ImportFixture f;
    const QString file = f.dir.filePath(QStringLiteral("amazon.csv"));
    QFile out(file);
    BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("provider,metric,period,value,unit\nAmazon,revenue,2023Q3,23.1,bn USD\n");
    out.close();
    Catalog catalog(f.project->db());
    const auto aws = catalog.findProvider(QStringLiteral("AWS"));
    BOOST_REQUIRE(aws);
    BOOST_REQUIRE(catalog.findProvider(QStringLiteral("Amazon")));

    ImportOptions dry;
    dry.dryRun = true;
    const ImportSummary matched = importFile(f, file, {}, dry);
    BOOST_REQUIRE_EQUAL(matched.aliasMatches.size(), 1);
    BOOST_TEST(matched.aliasMatches.front().written.toStdString() == "Amazon");
    BOOST_TEST(matched.aliasMatches.front().matched.toStdString() == aws->name.toStdString());
    BOOST_TEST(matched.newProviders.isEmpty());

    ImportChoices apart;
    apart.literalNames << QStringLiteral("Amazon");
    const ImportSummary s = importFile(f, file, apart);
    BOOST_REQUIRE(s.committed);
    BOOST_TEST(s.aliasMatches.isEmpty());
    BOOST_TEST((s.newProviders == QStringList{QStringLiteral("Amazon")}));
    BOOST_TEST(f.currentValues().value("Amazon|revenue|2023-07-01..2023-09-30") == 23.1e9);
    // The new provider's own name now wins over the alias.
    const ImportSummary next = importFile(f, file, {}, dry);
    BOOST_TEST(next.aliasMatches.isEmpty());
    BOOST_TEST(next.unchanged == 1);
}

BOOST_AUTO_TEST_CASE(dates_stand_for_the_periods_they_end_or_lie_in)
{
    using DatePeriods::range;
    const auto year = range(QDate(2019, 9, 30), PeriodLength::Year, false, 12);
    BOOST_REQUIRE(year);
    BOOST_TEST((year->first == QDate(2018, 10, 1)));
    BOOST_TEST((year->second == QDate(2019, 9, 30)));
    const auto within = range(QDate(2019, 9, 30), PeriodLength::Year, true, 3);
    BOOST_TEST((within->first == QDate(2019, 4, 1)));
    BOOST_TEST((within->second == QDate(2020, 3, 31)));
    const auto quarter = range(QDate(2019, 5, 10), PeriodLength::Quarter, true, 12);
    BOOST_TEST((quarter->first == QDate(2019, 4, 1)));
    BOOST_TEST((quarter->second == QDate(2019, 6, 30)));
    BOOST_TEST((!range(QDate(2019, 5, 10), PeriodLength::Day, true, 12)));
    BOOST_TEST((DatePeriods::spacing({QDate(2018, 12, 31), QDate(2017, 12, 31), QDate(2016, 12, 31)}) ==
               PeriodLength::Year));
    BOOST_TEST((DatePeriods::spacing({QDate(2023, 1, 31), QDate(2023, 2, 28), QDate(2023, 3, 31)}) ==
               PeriodLength::Month));
    BOOST_TEST((DatePeriods::spacing({QDate(2023, 1, 3), QDate(2023, 1, 4)}) == PeriodLength::Day));
    BOOST_TEST((DatePeriods::spacing({QDate(2023, 1, 3)}) == PeriodLength::Automatic));
    BOOST_TEST((DatePeriods::parseDate(QStringLiteral("20181231")) == QDate(2018, 12, 31)));
    BOOST_TEST((DatePeriods::parseDate(QStringLiteral("2018/2/3")) == QDate(2018, 2, 3)));
    BOOST_TEST((!DatePeriods::parseDate(QStringLiteral("2018-02-30"))));
}

BOOST_AUTO_TEST_SUITE_END()
