#include "ImportFixture.h"
#include "QtPrinting.h"

#include "import/ImportProfiles.h"

#include <QFile>
#include <QTextStream>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using namespace mixshift::test;

namespace {


class CancelAtFirstReport : public ImportMonitor
{
public:
    void progress(qint64 rows, qint64, qint64) override { m_rows = rows; }
    bool cancelRequested() const override { return m_rows > 0; }

private:
    qint64 m_rows = 0;
};

ImportOptions acceptValid()
{
    ImportOptions options;
    options.acceptValid = true;
    return options;
}

} // namespace

BOOST_AUTO_TEST_SUITE(import)

BOOST_AUTO_TEST_CASE(gbk_and_big5_files_give_the_same_observations)
{
    for (const char* file : {"gbk-simplified.csv", "big5-traditional.csv"}) {
        ImportFixture f;
        const ImportSummary s = f.import(importData(file));
        BOOST_TEST_INFO(file);
        BOOST_TEST(s.committed);
        BOOST_TEST(s.valuesImported == 5);
        BOOST_TEST(s.rowsRejected == 0);
        const auto values = f.currentValues();
        expectValue(values, "Alibaba Cloud|revenue|2023-07-01..2023-09-30", 27648000000.0);
        expectValue(values, "Alibaba Cloud|adjusted_ebita|2023-07-01..2023-09-30", 1409000000.0);
        expectValue(values, "Alibaba Cloud|revenue_growth_yoy|2023-07-01..2023-09-30", 0.02);
        expectValue(values, "Alibaba Cloud|revenue|2023-04-01..2023-06-30", 23400000000.0);
        expectValue(values, "AWS|market_share|2022-01-01..2022-12-31", 0.3999);
    }
}

BOOST_AUTO_TEST_CASE(utf16_files_with_bom_and_tabs)
{
    for (const char* file : {"utf16le-bom.csv", "utf16be-bom.csv"}) {
        ImportFixture f;
        const SniffResult sniff = CsvSniffer::sniff(importData(file));
        BOOST_TEST(sniff.format.delimiter == QLatin1Char('\t'));
        BOOST_TEST(sniff.header.front().toStdString() == "provider", "no byte-order mark in the first header cell");
        const ImportSummary s = f.import(importData(file));
        BOOST_TEST(s.valuesImported == 3, file);
        const auto values = f.currentValues();
        expectValue(values, "Alibaba Cloud|revenue|2023-07-01..2023-09-30", 27648000000.0);
        expectValue(values, "Microsoft Azure|market_share|2022-01-01..2022-12-31", 0.21);
    }
}

BOOST_AUTO_TEST_CASE(utf8_bom_and_period_spellings)
{
    ImportFixture f;
    BOOST_TEST(CsvSniffer::sniff(importData("utf8-bom.csv")).header.front().toStdString() == "Provider");
    BOOST_TEST(f.import(importData("utf8-bom.csv")).valuesImported == 3);
    const auto values = f.currentValues();
    expectValue(values, "Google Cloud|revenue|2023-07-01..2023-09-30", 8.41e9);
    expectValue(values, "Google Cloud|revenue|2023-10-01..2023-12-31", 9.19e9);
    expectValue(values, "Google Cloud|revenue|2024-01-01..2024-03-31", 9.57e9);
}

BOOST_AUTO_TEST_CASE(european_semicolon_file_in_windows_1252)
{
    ImportFixture f;
    const SniffResult sniff = CsvSniffer::sniff(importData("european-semicolon.csv"));
    BOOST_TEST(sniff.format.delimiter == QLatin1Char(';'));
    BOOST_TEST(sniff.numbers.decimal == QLatin1Char(','));
    BOOST_TEST(sniff.numbers.thousands == QLatin1Char('.'));
    BOOST_TEST(f.import(importData("european-semicolon.csv")).valuesImported == 4);
    const auto values = f.currentValues();
    expectValue(values, "AWS|revenue|2023-07-01..2023-09-30", 23059e6);
    expectValue(values, "AWS|revenue_growth_yoy|2023-07-01..2023-09-30", 0.123);
    expectValue(values, "Microsoft Azure|revenue|2023-07-01..2023-09-30", 24259.5e6);
    expectValue(values, "Google Cloud|revenue|2023-07-01..2023-09-30", 8411e6);
    const auto rows = ProjectQueries(f.project->db()).observations({});
    BOOST_TEST(std::any_of(rows.cbegin(), rows.cend(), [](const ObservationRow& r) {
        return r.sourceTitle == QStringLiteral("Alphabet Q3 2023 – Gärtner Übersicht");
    }));
}

BOOST_AUTO_TEST_CASE(wide_table_below_title_rows)
{
    ImportFixture f;
    const ImportMapping guessed = f.mappingFor(importData("wide-title-rows.csv"));
    BOOST_TEST(guessed.headerRecord == 3);
    BOOST_TEST((guessed.layout == ImportLayout::Wide));
    BOOST_TEST((guessed.wideField == ImportField::Period));
    BOOST_TEST(guessed.valueColumns().size() == 2);
    const ImportSummary s = f.import(importData("wide-title-rows.csv"), [](ImportMapping& m) {
        m.defaults.insert(ImportField::Metric, QStringLiteral("gartner_iaas_share"));
        m.defaults.insert(ImportField::Unit, QStringLiteral("%"));
        m.defaults.insert(ImportField::Source, QStringLiteral("Gartner (July 2024)"));
    }, acceptValid());
    BOOST_TEST(s.valuesImported == 14);
    BOOST_REQUIRE_EQUAL(s.rowsRejected, 1);
    BOOST_TEST(s.rejections.front().line == 12);
    BOOST_TEST(s.rejections.front().reason.contains(QStringLiteral("fields")));
    const auto values = f.currentValues();
    expectValue(values, "AWS|market_share|2022-01-01..2022-12-31", 0.399);
    expectValue(values, "Alibaba Cloud|market_share|2023-01-01..2023-12-31", 0.079);
    expectValue(values, "Market total|market_share|2023-01-01..2023-12-31", 1.0);
    // gartner_iaas_share implies Gartner's IaaS market.
    const auto series = ProjectQueries(f.project->db()).series();
    BOOST_TEST(std::all_of(series.cbegin(), series.cend(),
                           [](const SeriesSummary& x) { return x.marketKey == QStringLiteral("gartner_iaas_ww"); }));
}

BOOST_AUTO_TEST_CASE(a_bad_row_in_the_middle_leaves_the_project_unchanged)
{
    ImportFixture f;
    const ImportSummary refused = f.import(importData("bad-row-middle.csv"));
    BOOST_TEST(!refused.committed);
    BOOST_TEST(refused.rowsRejected == 1);
    BOOST_REQUIRE_EQUAL(refused.rejections.size(), 1);
    const Rejection& r = refused.rejections.front();
    BOOST_TEST(r.line == 6);
    BOOST_TEST(r.column == 4);
    BOOST_TEST(r.columnName.toStdString() == "value");
    BOOST_TEST(r.text.toStdString() == "twenty-one");
    BOOST_TEST(f.observationCount() == 0);
    BOOST_TEST(f.project->db().scalar("SELECT count(*) FROM import_batch") == 0);
    BOOST_TEST(f.project->db().scalar("SELECT count(*) FROM source") == 0);

    const ImportSummary accepted = f.import(importData("bad-row-middle.csv"), {}, acceptValid());
    BOOST_TEST(accepted.committed);
    BOOST_TEST(accepted.valuesImported == 8);
    const auto values = f.currentValues();
    BOOST_TEST(values.size() == 8);
    expectValue(values, "AWS|revenue|2022-01-01..2022-03-31", 18.4e9);
    expectValue(values, "AWS|revenue|2024-01-01..2024-03-31", 25.0e9);
    BOOST_TEST(!values.contains(QStringLiteral("AWS|revenue|2023-01-01..2023-03-31")));
}

BOOST_AUTO_TEST_CASE(messy_values_missing_markers_and_ranges)
{
    ImportFixture f;
    const ImportSummary s = f.import(importData("messy-values.csv"), {}, acceptValid());
    BOOST_TEST(s.valuesImported == 10);
    BOOST_TEST(s.missing == 5);
    BOOST_REQUIRE_EQUAL(s.rowsRejected, 1);
    BOOST_TEST(s.rejections.front().reason.contains(QStringLiteral("range")));
    const auto values = f.currentValues();
    expectValue(values, "Alibaba Cloud|revenue|2019-01-01..2019-03-31", 276.48e8);
    expectValue(values, "Alibaba Cloud|revenue|2019-04-01..2019-06-30", 276.48e8);
    expectValue(values, "Alibaba Cloud|revenue|2019-07-01..2019-09-30", 14.09e8);
    expectValue(values, "Alibaba Cloud|revenue|2019-10-01..2019-12-31", -1234e6);
    expectValue(values, "Alibaba Cloud|revenue|2020-01-01..2020-03-31", 1234.5e6);
    expectValue(values, "Alibaba Cloud|revenue_growth_yoy|2021-07-01..2021-09-30", 0.12);
    expectValue(values, "Alibaba Cloud|revenue_growth_yoy|2021-10-01..2021-12-31", -0.02);
    expectValue(values, "Alibaba Cloud|revenue|2022-04-01..2022-06-30", 276.48e8);
    expectValue(values, "Google Cloud|revenue|2022-07-01..2022-09-30", 8.4e9);
    expectValue(values, "Alibaba Cloud|revenue|2022-10-01..2022-12-31", 12.71e8);
    BOOST_TEST(!values.contains(QStringLiteral("Alibaba Cloud|revenue|2020-04-01..2020-06-30")), "— is missing, not 0");

    ImportFixture midpoint;
    midpoint.import(importData("messy-values.csv"), [](ImportMapping& m) { m.ranges = RangeRule::Midpoint; });
    bool rangeStored = false;
    for (const double v : midpoint.currentValues())
        rangeStored = rangeStored || near(v, 0.33);
    BOOST_TEST(rangeStored, "32-34% with the midpoint rule is 33%");
}

BOOST_AUTO_TEST_CASE(fiscal_period_spellings_resolve_through_the_providers_year)
{
    ImportFixture f;
    BOOST_TEST(f.import(importData("fiscal-periods.csv")).valuesImported == 11);
    const auto values = f.currentValues();
    expectValue(values, "Alibaba Cloud|revenue|2023-07-01..2023-09-30", 1e8);  // FY2024 Q2
    expectValue(values, "Alibaba Cloud|revenue|2023-10-01..2023-12-31", 2e8);  // FY24Q3
    expectValue(values, "Alibaba Cloud|revenue|2024-01-01..2024-03-31", 3e8);  // 2024財年第四財季
    expectValue(values, "Alibaba Cloud|revenue|2024-04-01..2024-06-30", 4e8);  // 2024年Q2
    expectValue(values, "Alibaba Cloud|revenue|2022-07-01..2022-09-30", 5e8);  // 2022年第三季度
    expectValue(values, "Alibaba Cloud|revenue|2020-07-01..2020-09-30", 8e8);  // 3Q20
    expectValue(values, "Alibaba Cloud|revenue|2020-04-01..2020-06-30", 9e8);  // 2020-06-30
    expectValue(values, "Alibaba Cloud|revenue|2019-01-01..2019-12-31", 10e8); // 2019年
    expectValue(values, "Alibaba Cloud|revenue|2018-04-01..2019-03-31", 11e8); // FY2019
}

BOOST_AUTO_TEST_CASE(same_file_again_is_recognised_and_changes_nothing)
{
    ImportFixture f;
    const ImportSummary first = f.import(importData("utf8-bom.csv"));
    BOOST_TEST(first.earlierImports.isEmpty());
    const ImportSummary second = f.import(importData("utf8-bom.csv"));
    BOOST_REQUIRE_EQUAL(second.earlierImports.size(), 1);
    BOOST_TEST(second.earlierImports.front().startsWith(QStringLiteral("utf8-bom.csv")));
    BOOST_TEST(second.sha256 == first.sha256);
    BOOST_TEST(second.unchanged == 3);
    BOOST_TEST(second.valuesImported == 0);
    BOOST_TEST(ProjectQueries(f.project->db()).counts().revisions == 0);
}

BOOST_AUTO_TEST_CASE(conflict_policies_are_counted)
{
    QTemporaryDir dir;
    const QString changed = dir.filePath(QStringLiteral("changed.csv"));
    QFile file(changed);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("provider,metric,period,value,unit,source\nGoogle Cloud,revenue,2023Q3,8.5,bn USD,restated\n");
    file.close();
    for (const auto policy : {ConflictPolicy::Skip, ConflictPolicy::Overwrite, ConflictPolicy::Revision}) {
        ImportFixture f;
        f.import(importData("utf8-bom.csv"));
        ImportOptions options;
        options.policy = policy;
        const ImportSummary s = f.import(changed, {}, options);
        BOOST_TEST(s.conflicts == 1);
        const double stored = f.currentValues().value(QStringLiteral("Google Cloud|revenue|2023-07-01..2023-09-30"));
        const auto revisions = ProjectQueries(f.project->db()).counts().revisions;
        if (policy == ConflictPolicy::Skip) {
            BOOST_TEST(s.skipped == 1);
            BOOST_TEST(near(stored, 8.41e9));
            BOOST_TEST(revisions == 0);
        } else if (policy == ConflictPolicy::Overwrite) {
            BOOST_TEST(s.overwritten == 1);
            BOOST_TEST(near(stored, 8.5e9));
            BOOST_TEST(revisions == 0);
        } else {
            BOOST_TEST(s.revised == 1);
            BOOST_TEST(near(stored, 8.5e9));
            BOOST_TEST(revisions == 1);
        }
    }
}

BOOST_AUTO_TEST_CASE(cancel_midway_leaves_the_project_as_it_was)
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QFile file(big);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    QTextStream out(&file);
    out << "provider,metric,period,value,unit,source\n";
    for (int year = 1900; year < 2000; ++year)
        for (int q = 1; q <= 4; ++q)
            for (int p = 0; p < 30; ++p)
                out << "Provider " << p << ",revenue," << year << 'Q' << q << ',' << year + q << ",million USD,gen\n";
    out.flush();
    file.close();

    ImportFixture f;
    CancelAtFirstReport monitor;
    const ImportSummary s = f.import(big, {}, {}, &monitor);
    BOOST_TEST(s.cancelled);
    BOOST_TEST(!s.committed);
    BOOST_TEST(s.rowsRead < 12000);
    BOOST_TEST(f.observationCount() == 0);
    BOOST_TEST(f.project->db().scalar("SELECT count(*) FROM provider WHERE name LIKE 'Provider %'") == 0);
}

BOOST_AUTO_TEST_CASE(dry_run_reports_and_changes_nothing)
{
    ImportFixture f;
    QVector<ImportedValue> shown;
    ImportOptions options;
    options.dryRun = true;
    options.onValue = [&shown](const ImportedValue& v) { shown << v; };
    const ImportSummary s = f.import(importData("gbk-simplified.csv"), {}, options);
    BOOST_TEST(!s.committed);
    BOOST_TEST(s.valuesImported == 5);
    BOOST_REQUIRE_EQUAL(shown.size(), 5);
    BOOST_TEST(shown.front().provider.toStdString() == "Alibaba Cloud");
    BOOST_TEST(shown.front().periodLabel.toStdString() == "FY2024 Q2");
    BOOST_TEST(f.observationCount() == 0);
}

BOOST_AUTO_TEST_CASE(public_figures_import_as_they_stand)
{
    ImportFixture f;
    const QString file = QStringLiteral(MIXSHIFT_SHARED_DIR "/reference/public-figures.csv");
    const ImportSummary refused = f.import(file);
    BOOST_TEST(refused.rowsRead == 400);
    BOOST_REQUIRE_EQUAL(refused.rowsRejected, 2);
    for (const Rejection& r : refused.rejections) {
        BOOST_TEST(r.text.toStdString() == "32-34");
        BOOST_TEST(r.reason.contains(QStringLiteral("range")));
    }
    BOOST_TEST(f.observationCount() == 0);

    const ImportSummary s = f.import(file, {}, acceptValid());
    BOOST_TEST(s.valuesImported == 398);
    BOOST_TEST(s.conflicts > 50, "restatements and rounding differences become revisions");
    BOOST_TEST(s.revised == s.conflicts);
    const auto values = f.currentValues();
    // Thousands separators and Gartner's restated 2022 total: the later row of the file is current.
    BOOST_TEST(values.contains(QStringLiteral("Market total|revenue|2022-01-01..2022-12-31")));
    expectValue(values, "AWS|revenue|2023-01-01..2023-03-31", 21354e6);
    // 亿 with currency USD: 25.58 × 10^8.
    BOOST_TEST(f.project->db().scalar("SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id "
                                      "WHERE s.currency = 'USD' AND abs(o.value - 2558000000) < 1") >= 1);
    BOOST_TEST(s.newProviders.contains(QStringLiteral("Rackspace")));
}

BOOST_AUTO_TEST_CASE(profiles_are_saved_and_offered_for_the_same_header)
{
    ImportFixture f;
    ImportMapping mapping = f.mappingFor(importData("wide-title-rows.csv"));
    mapping.defaults.insert(ImportField::Metric, QStringLiteral("market_share"));
    const SniffResult sniff = CsvSniffer::sniff(importData("wide-title-rows.csv"));
    ImportProfiles profiles(f.project->db());
    profiles.save(QStringLiteral("Gartner IaaS shares"), mapping, sniff.header);
    BOOST_TEST(profiles.forHeader(sniff.header) == QStringList{QStringLiteral("Gartner IaaS shares")});
    BOOST_TEST(profiles.forHeader({QStringLiteral("other")}).isEmpty());
    const auto loaded = profiles.load(QStringLiteral("Gartner IaaS shares"));
    BOOST_REQUIRE(loaded);
    BOOST_TEST((loaded->toJson() == mapping.toJson()));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(real_world_files)

// Date, Country, ten engines (values headed by their names), Source.
void mapSearchEngineTable(ImportMapping& m)
{
    m.layout = ImportLayout::Wide;
    m.wideField = ImportField::Provider;
    m.columns = {ImportField::Period, ImportField::Category};
    for (int i = 0; i < 10; ++i)
        m.columns << ImportField::Value;
    m.columns << ImportField::Source;
    m.defaults.insert(ImportField::Metric, QStringLiteral("market_share"));
    m.defaults.insert(ImportField::Market, QStringLiteral("Search engines"));
}

BOOST_AUTO_TEST_CASE(search_engine_share_table_through_a_wide_profile)
{
    ImportFixture f;
    const QString file = QStringLiteral(MIXSHIFT_SHARED_DIR "/testdata/realworld/search-engine-market-share.csv");
    ImportSummary s = f.import(file, [](ImportMapping& m) { mapSearchEngineTable(m); });
    // Shares without % are refused, each with the reason, until the profile says what the numbers are.
    BOOST_TEST(!s.committed);
    BOOST_TEST(s.rowsRejected == s.rowsRead);
    BOOST_TEST(std::all_of(s.rejections.cbegin(), s.rejections.cend(), [](const Rejection& r) {
        return r.reason.contains(QStringLiteral("percentage")) && r.line >= 2 && r.column >= 3;
    }));

    s = f.import(file, [](ImportMapping& m) {
        mapSearchEngineTable(m);
        m.defaults.insert(ImportField::Unit, QStringLiteral("%"));
    });
    BOOST_TEST(s.committed);
    BOOST_TEST(s.rowsRejected == 0);
    BOOST_TEST(s.valuesImported + s.unchanged + s.skipped == 48 * 10 - s.missing);
    BOOST_TEST(s.newProviders.contains(QStringLiteral("Yahoo")));
    // 2001-03-27, US: Yahoo 36.5%.
    expectValue(f.currentValues(), "Yahoo|market_share|2001-03-01..2001-03-31", 0.365);
}

BOOST_AUTO_TEST_CASE(sp500_financials_through_a_wide_metric_profile)
{
    ImportFixture f;
    const QString file = QStringLiteral(MIXSHIFT_SHARED_DIR "/testdata/realworld/sp500-constituents-financials.csv");
    const ImportSummary s = f.import(file, [](ImportMapping& m) {
        m.layout = ImportLayout::Wide;
        m.wideField = ImportField::Metric;
        m.columns.fill(ImportField::Ignore);
        m.columns[1] = ImportField::Provider;
        m.columns[2] = ImportField::Category;
        m.columns[9] = ImportField::Value;  // Market Cap
        m.columns[10] = ImportField::Value; // EBITDA
        m.columns[13] = ImportField::SourceUrl;
        m.defaults.insert(ImportField::Period, QStringLiteral("2018"));
        m.defaults.insert(ImportField::Currency, QStringLiteral("USD"));
    });
    BOOST_TEST(s.committed);
    BOOST_TEST(s.rowsRejected == 0);
    BOOST_TEST(s.rowsRead > 500);
    BOOST_TEST(s.newMetrics == (QStringList{QStringLiteral("Market Cap"), QStringLiteral("EBITDA")}));
    // 3M: market cap 92293693440 (13-digit integers stay exact), EBITDA 6488000000.
    const auto values = f.currentValues();
    expectValue(values, "3M|market_cap|2018-01-01..2018-12-31", 92293693440.0);
    expectValue(values, "3M|ebitda|2018-01-01..2018-12-31", 6488000000.0);
}

BOOST_AUTO_TEST_SUITE_END()
