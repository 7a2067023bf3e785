#include "analytics/ChartDocument.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

struct SampleDocuments
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));

    ChartDocument build(ChartKind kind, const QStringList& specs)
    {
        ChartDefinition chart;
        chart.kind = kind;
        chart.specs = specs;
        return ChartDocument::build(project->db(), chart);
    }
};

const QStringList threeShares{QStringLiteral("AWS/gartner_iaas_share"), QStringLiteral("Microsoft Azure/gartner_iaas_share"),
                              QStringLiteral("Alibaba Cloud/gartner_iaas_share")};

} // namespace

BOOST_AUTO_TEST_SUITE(chart_document)

BOOST_AUTO_TEST_CASE(a_spec_that_does_not_resolve_is_left_out_and_named)
{
    SampleDocuments s;
    const ChartDocument d = s.build(ChartKind::Line, {QStringLiteral("AWS/revenue"), QStringLiteral("Nobody/revenue")});
    BOOST_TEST(d.series.size() == 1);
    BOOST_TEST(d.definition.specs == QStringList{QStringLiteral("AWS/revenue")});
    BOOST_REQUIRE_EQUAL(d.problems.size(), 1);
    BOOST_TEST(d.problems.front().message().contains(QStringLiteral("Nobody")), d.problems.front().message().toStdString());
}

BOOST_AUTO_TEST_CASE(series_of_one_subject_are_named_by_provider_and_titled_by_the_subject)
{
    SampleDocuments s;
    const ChartDocument d = s.build(ChartKind::Line, threeShares);
    BOOST_REQUIRE_EQUAL(d.series.size(), 3);
    BOOST_TEST(d.legendName(0).toStdString() == "AWS");
    BOOST_TEST(d.legendName(2).toStdString() == "Alibaba Cloud");
    BOOST_TEST(d.title() == d.series.front().subject);
    BOOST_TEST(d.title().contains(QStringLiteral("share")), d.title().toStdString());
    ChartDocument titled = d;
    titled.definition.title = QStringLiteral("Three leaders");
    BOOST_TEST(titled.title().toStdString() == "Three leaders");
}

BOOST_AUTO_TEST_CASE(series_of_one_provider_are_named_by_subject_and_derivations_are_noted)
{
    SampleDocuments s;
    const ChartDocument d =
        s.build(ChartKind::BarLine, {QStringLiteral("Alibaba Cloud/revenue"), QStringLiteral("Alibaba Cloud/revenue:yoy")});
    BOOST_TEST(d.title().toStdString() == "Alibaba Cloud");
    BOOST_TEST(d.legendName(1) == d.series[1].subject);
    BOOST_TEST(d.notes().join(QLatin1Char('|')).contains(QStringLiteral("Derived: YoY growth")), d.notes().join('|').toStdString());
}

BOOST_AUTO_TEST_CASE(sources_are_listed_once_each_in_the_order_the_series_name_them)
{
    SampleDocuments s;
    const ChartDocument d = s.build(ChartKind::Line, threeShares);
    QStringList sources = d.sources();
    BOOST_TEST(!sources.isEmpty());
    BOOST_TEST(sources.removeDuplicates() == 0);
    BOOST_TEST(d.sourceLine().startsWith(QStringLiteral("Source: ") + sources.front()));
    BOOST_TEST(d.sourceLine().contains(QStringLiteral("zawya.com")));
}

BOOST_AUTO_TEST_CASE(a_100_percent_stack_gives_each_provider_its_part_of_the_three)
{
    SampleDocuments s;
    const StackedTable t = s.build(ChartKind::Stacked100, threeShares).stacked(true);
    BOOST_REQUIRE_EQUAL(t.keys.size(), 4); // 2020 … 2023
    BOOST_TEST(t.incomplete == 0);
    // 2023: AWS 39%, Azure 23%, Alibaba 7.9% of the market; of the three, AWS has 39 / 69.9.
    BOOST_TEST(t.values[0][3] == 39.0 / 69.9 * 100, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(t.values[0][3] + t.values[1][3] + t.values[2][3] == 100.0, boost::test_tools::tolerance(1e-9));
    const StackedTable plain = s.build(ChartKind::StackedArea, threeShares).stacked(false);
    BOOST_TEST(plain.values[2][3] == 7.9, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_stack_leaves_out_periods_a_series_lacks)
{
    SampleDocuments s;
    // Alibaba's quarters start long before Azure's intelligent-cloud ones end: only shared quarters stack.
    const ChartDocument d = s.build(ChartKind::Stacked100, {QStringLiteral("Alibaba Cloud/revenue:usd"), QStringLiteral("AWS/revenue")});
    const StackedTable t = d.stacked(false);
    BOOST_TEST(t.incomplete > 0);
    BOOST_TEST(t.keys.size() + t.incomplete == d.valueTable().rows.size());
}

BOOST_AUTO_TEST_CASE(a_provider_s_events_belong_only_on_a_chart_of_that_provider)
{
    SampleDocuments s;
    const ChartDocument own = s.build(ChartKind::Bars, {QStringLiteral("Alibaba Cloud/revenue")});
    const QMap<QDate, QStringList> shown = own.eventsShown();
    BOOST_TEST(shown.size() == 4); // five events; two share November 2023
    BOOST_REQUIRE(shown.contains(QDate(2023, 11, 15)));
    BOOST_TEST(shown.value(QDate(2023, 11, 15)).size() == 2);
    BOOST_TEST(s.build(ChartKind::Line, threeShares).eventsShown().isEmpty());
}

BOOST_AUTO_TEST_CASE(time_labels_are_the_provider_s_fiscal_quarters_thinned_to_fit)
{
    SampleDocuments s;
    const ChartDocument d = s.build(ChartKind::Bars, {QStringLiteral("Alibaba Cloud/revenue")});
    const QVector<TimeTick> all = d.timeTicks(1000);
    BOOST_REQUIRE(all.size() > 5);
    BOOST_TEST(std::any_of(all.cbegin(), all.cend(), [](const TimeTick& t) { return t.label == QLatin1String("FY2024 Q2"); }));
    const QVector<TimeTick> few = d.timeTicks(4);
    BOOST_TEST(few.size() <= 4);
    BOOST_TEST(few.front().label == all.front().label);
    // Mixed fiscal years: calendar quarters.
    const ChartDocument mixed = s.build(ChartKind::Line, {QStringLiteral("Alibaba Cloud/revenue:usd"), QStringLiteral("AWS/revenue")});
    const QVector<TimeTick> calendar = mixed.timeTicks(1000);
    BOOST_TEST(std::any_of(calendar.cbegin(), calendar.cend(), [](const TimeTick& t) { return t.label == QLatin1String("2023 Q3"); }));
    BOOST_TEST(std::none_of(calendar.cbegin(), calendar.cend(), [](const TimeTick& t) { return t.label.startsWith(QLatin1String("FY")); }));
    // The table of its values names its rows so too.
    for (const ValueTable::Row& row : mixed.valueTable().rows)
        BOOST_TEST(!row.period.startsWith(QLatin1String("FY")), row.period.toStdString());
}

BOOST_AUTO_TEST_CASE(the_value_table_has_a_row_per_period_and_the_article_s_quarter)
{
    SampleDocuments s;
    const ValueTable t = s.build(ChartKind::Bars, {QStringLiteral("Alibaba Cloud/revenue")}).valueTable();
    BOOST_TEST(t.columns.size() == 1);
    const auto row = std::find_if(t.rows.cbegin(), t.rows.cend(), [](const ValueTable::Row& r) { return r.period == QLatin1String("FY2024 Q2"); });
    BOOST_REQUIRE(row != t.rows.cend());
    BOOST_TEST(row->cells.front().present);
    BOOST_TEST(row->cells.front().value == 276.48e8, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(!row->cells.front().sources.isEmpty());
    // A row per period, in time order, a cell present only where the series has a value.
    const ValueTable two = s.build(ChartKind::Line, threeShares).valueTable();
    BOOST_TEST(two.rows.size() == 4);
    BOOST_TEST(two.rows.front().period.toStdString() == "2020");
}

BOOST_AUTO_TEST_SUITE_END()
