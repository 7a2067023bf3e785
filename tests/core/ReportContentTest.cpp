#include "report/ReportContent.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QSet>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

struct SampleReport
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("sample.mixshift"));
    std::unique_ptr<Project> project = SampleDataset::createProject(path);

    ReportContent build(const QStringList& charts = {}, const QStringList& scenarios = {})
    {
        ReportRequest request;
        request.charts = charts;
        request.scenarios = scenarios;
        request.everything = charts.isEmpty() && scenarios.isEmpty();
        return ReportContent::build(project->db(), path, request);
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(report_content)

BOOST_AUTO_TEST_CASE(nothing_named_covers_every_saved_chart_and_scenario)
{
    SampleReport s;
    const ReportContent content = s.build();
    BOOST_TEST(content.charts.size() == 7);
    BOOST_TEST(content.scenarios.size() == 2);
    BOOST_TEST(content.title().toStdString() == "sample", "no title given: the project's name");
    BOOST_TEST(content.project.toStdString() == "sample.mixshift");
}

BOOST_AUTO_TEST_CASE(named_charts_and_scenarios_only_and_a_wrong_name_is_refused)
{
    SampleReport s;
    const ReportContent content = s.build({QStringLiteral("Alibaba Cloud adjusted EBITA margin")}, {});
    BOOST_TEST(content.charts.size() == 1);
    BOOST_TEST(content.scenarios.isEmpty());
    BOOST_CHECK_EXCEPTION(s.build({QStringLiteral("No such chart")}), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("no saved chart 'No such chart'"));
    });
    BOOST_CHECK_EXCEPTION(s.build({}, {QStringLiteral("Nope")}), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("no saved scenario 'Nope'")); });
}

BOOST_AUTO_TEST_CASE(every_source_behind_a_shown_value_is_numbered_once_in_the_order_cited)
{
    SampleReport s;
    const ReportContent content = s.build();
    const QStringList cited = content.sources.cited();
    BOOST_TEST(QSet<QString>(cited.cbegin(), cited.cend()).size() == cited.size(), "each source once");
    BOOST_TEST(content.citedSources().size() == cited.size());
    // Every source of every plotted value has a number; the first value of the first chart cites [1].
    for (const ChartDocument& chart : content.charts)
        for (const QString& source : chart.sources())
            BOOST_TEST(content.sources.number(source) > 0, source.toStdString());
    const ValueTable first = content.charts.front().valueTable();
    BOOST_TEST(content.sources.number(first.rows.front().cells.front().sources.front()) == 1);
    // A scenario's base quarter cites where its revenue and EBITA come from.
    for (const ScenarioSection& scenario : content.scenarios) {
        BOOST_TEST(scenario.base.sources.size() == 2);
        for (const QString& source : scenario.base.sources)
            BOOST_TEST(content.sources.number(source) > 0);
    }
    // The project's sources come with their publisher and address; the article has no address, only a date.
    int withAddress = 0;
    for (const CitedSource& c : content.citedSources()) {
        BOOST_TEST(c.number == content.sources.number(c.description));
        withAddress += c.source && !c.source->url.isEmpty() ? 1 : 0;
    }
    BOOST_TEST(withAddress > int(cited.size()) / 2);
}

BOOST_AUTO_TEST_CASE(findings_are_those_about_what_is_shown)
{
    SampleReport s;
    // The IaaS shares of the sample add up; Alibaba's stated 2021 revenue growth disagrees with its levels.
    const ReportContent shares = s.build({QStringLiteral("Worldwide IaaS shares (Gartner) — 100% bars")});
    BOOST_TEST(shares.findings.isEmpty());
    const ReportContent usd = s.build({QStringLiteral("Quarterly cloud revenue in USD")});
    BOOST_REQUIRE(!usd.findings.isEmpty());
    for (const Finding& f : usd.findings) {
        BOOST_TEST(f.subjects.size() == f.figures.size());
        BOOST_TEST(f.sources.size() == f.figures.size());
        BOOST_TEST(f.concerns(QStringLiteral("Alibaba Cloud"), QStringLiteral("Revenue")), f.description.toStdString());
        for (const QString& source : f.sources)
            BOOST_TEST(usd.sources.number(source) > 0);
    }
}

BOOST_AUTO_TEST_CASE(a_request_of_nothing_is_a_report_of_nothing)
{
    SampleReport s;
    ReportRequest request;
    const ReportContent content = ReportContent::build(s.project->db(), s.path, request);
    BOOST_TEST(content.charts.isEmpty());
    BOOST_TEST(content.scenarios.isEmpty());
    BOOST_TEST(content.findings.isEmpty());
    BOOST_TEST(content.citedSources().isEmpty());
}

BOOST_AUTO_TEST_CASE(a_scenario_is_run_with_its_fan)
{
    SampleReport s;
    const ReportContent content = s.build({}, {QStringLiteral("Faster wind-down")});
    BOOST_REQUIRE_EQUAL(content.scenarios.size(), 1);
    const ScenarioSection& section = content.scenarios.front();
    BOOST_TEST(section.scenario.levers.windDown == 0.10);
    BOOST_TEST(section.result.quarters.size() == 13);
    BOOST_TEST(section.result.quarters.front().revenue == 276.48e8, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(section.bands.draws == MonteCarloSettings::defaults(section.scenario.levers).draws);
    BOOST_TEST(section.bands.revenue.size() == 13);
    BOOST_TEST(section.unit.label.toStdString() == "億元");
    BOOST_TEST(!section.base.figuresGiven);
}

BOOST_AUTO_TEST_SUITE_END()
