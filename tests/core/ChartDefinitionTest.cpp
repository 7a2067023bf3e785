#include "TestProject.h"

#include "Error.h"
#include "analytics/ChartDefinition.h"

#include <QJsonArray>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using mixshift::test::TestProject;

BOOST_AUTO_TEST_SUITE(chart_definition)

BOOST_AUTO_TEST_CASE(annotations_are_read_as_typed)
{
    const ChartAnnotation label = ChartAnnotation::parse(ChartAnnotation::Kind::Label,
                                                         QStringLiteral("FY2024 Q2, 276.48, the article's quarter, 276.48 億元"));
    BOOST_TEST(label.period.toStdString() == "FY2024 Q2");
    BOOST_TEST(label.value == 276.48);
    BOOST_TEST(label.text.toStdString() == "the article's quarter, 276.48 億元", "the text keeps its commas");
    const ChartAnnotation line = ChartAnnotation::parse(ChartAnnotation::Kind::ReferenceLine, QStringLiteral("10,10% target"));
    BOOST_TEST(line.value == 10);
    BOOST_TEST(line.text.toStdString() == "10% target");
    const ChartAnnotation shade =
        ChartAnnotation::parse(ChartAnnotation::Kind::ShadedRange, QStringLiteral("FY2024 Q1,,since the announcement"));
    BOOST_TEST(shade.period.toStdString() == "FY2024 Q1");
    BOOST_TEST(shade.periodEnd.isEmpty(), "to the end of the chart");
    for (const auto& [kind, text] :
         {std::pair{ChartAnnotation::Kind::Label, "FY2024 Q2,text only"}, std::pair{ChartAnnotation::Kind::Label, "Q2,nan,x"},
          std::pair{ChartAnnotation::Kind::ReferenceLine, "ten"}, std::pair{ChartAnnotation::Kind::ReferenceLine, "inf,x"},
          std::pair{ChartAnnotation::Kind::ShadedRange, ",2024,x"}})
        BOOST_CHECK_THROW(ChartAnnotation::parse(kind, QString::fromLatin1(text)), Error);
}

BOOST_AUTO_TEST_CASE(subtitle_notes_byline_and_annotations_round_trip_through_saved_charts)
{
    TestProject t;
    ChartDefinition chart;
    chart.name = QStringLiteral("margin");
    chart.title = QStringLiteral("Alibaba Cloud: adjusted EBITA margin");
    chart.specs = {QStringLiteral("Alibaba Cloud/adjusted_ebita:margin")};
    chart.subtitle = QStringLiteral("Quarterly, fiscal years ending in March");
    chart.notes = {QStringLiteral("Adjusted EBITA is non-GAAP."), QStringLiteral("阿里雲 figures")};
    chart.byline = QStringLiteral("Chart: an analyst");
    chart.annotations = {
        ChartAnnotation::parse(ChartAnnotation::Kind::ReferenceLine, QStringLiteral("10,10% margin target")),
        ChartAnnotation::parse(ChartAnnotation::Kind::ShadedRange, QStringLiteral("FY2024 Q1,FY2025 Q2,strategy")),
        ChartAnnotation::parse(ChartAnnotation::Kind::Label, QStringLiteral("FY2024 Q2,5.1,here"))};
    SavedCharts(t.project->db()).save(chart);
    const auto back = SavedCharts(t.project->db()).load(QStringLiteral("margin"));
    BOOST_REQUIRE(back);
    BOOST_TEST(back->subtitle == chart.subtitle);
    BOOST_TEST(back->notes == chart.notes);
    BOOST_TEST(back->byline == chart.byline);
    BOOST_REQUIRE(back->annotations.size() == 3);
    BOOST_TEST(int(back->annotations[0].kind) == int(ChartAnnotation::Kind::ReferenceLine));
    BOOST_TEST(back->annotations[0].value == 10);
    BOOST_TEST(back->annotations[1].periodEnd.toStdString() == "FY2025 Q2");
    BOOST_TEST(back->annotations[2].text.toStdString() == "here");
    BOOST_TEST(back->annotations[2].value == 5.1);

    // A chart saved before these existed reads with none; an annotation of a kind not known is left out.
    QJsonObject old = chart.toJson();
    old.remove(QStringLiteral("subtitle"));
    QJsonArray marks = old.value(QStringLiteral("annotations")).toArray();
    marks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("arrow")}});
    old[QStringLiteral("annotations")] = marks;
    const ChartDefinition read = ChartDefinition::fromJson(QStringLiteral("x"), old);
    BOOST_TEST(read.subtitle.isEmpty());
    BOOST_TEST(read.annotations.size() == 3);
}

BOOST_AUTO_TEST_SUITE_END()
