#include "ImportFixture.h"

#include "analytics/ConsistencyChecks.h"

#include <QFile>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using namespace mixshift::test;

BOOST_AUTO_TEST_SUITE(consistency_checks)

BOOST_AUTO_TEST_CASE(finds_shares_over_100_growth_against_levels_and_margins_over_100)
{
    ImportFixture f;
    const QString file = f.dir.filePath(QStringLiteral("figures.csv"));
    QFile csv(file);
    BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("provider,metric,period,value,unit,source\n"
              // 2022 shares: 45 + 30 + 29 = 104% > 100%; 2023 adds up to 100%.
              "AWS,gartner_iaas_share,2022,45,%,table A\n"
              "Microsoft Azure,gartner_iaas_share,2022,30,%,table A\n"
              "Others,gartner_iaas_share,2022,29,%,table B\n"
              "AWS,gartner_iaas_share,2023,50,%,table A\n"
              "Others,gartner_iaas_share,2023,50,%,table A\n"
              // Revenue 100 → 112 is +12%; stated +20% is off by 8 points; stated +12.4% is within a point.
              "Google Cloud,revenue,2022Q3,100,bn USD,release\n"
              "Google Cloud,revenue,2023Q3,112,bn USD,release\n"
              "Google Cloud,revenue_growth_yoy,2023Q3,20%,,press\n"
              "AWS,revenue,2022Q3,50,bn USD,release\n"
              "AWS,revenue,2023Q3,56,bn USD,release\n"
              "AWS,revenue_growth_yoy,2023Q3,12.4%,,press\n"
              // An operating income above revenue.
              "Huawei Cloud,revenue,2023,5,bn USD,report\n"
              "Huawei Cloud,operating_income,2023,6,bn USD,report\n");
    csv.close();
    BOOST_REQUIRE(f.import(file).committed);

    const QVector<Finding> findings = ConsistencyChecks::run(f.project->db()).listed;
    BOOST_REQUIRE_EQUAL(findings.size(), 3);
    BOOST_TEST((findings[0].kind == Finding::Kind::SharesOver100));
    BOOST_TEST(findings[0].description.contains(QStringLiteral("104.00%")));
    BOOST_TEST(findings[0].figures.size() == 3);
    BOOST_TEST(findings[0].figures.join(QLatin1Char('\n')).contains(QStringLiteral("table B")));
    BOOST_TEST((findings[1].kind == Finding::Kind::GrowthMismatch));
    BOOST_TEST(findings[1].description.contains(QStringLiteral("Google Cloud")));
    BOOST_TEST(findings[1].description.contains(QStringLiteral("20.00%")));
    BOOST_TEST(findings[1].description.contains(QStringLiteral("12.00%")));
    BOOST_TEST((findings[2].kind == Finding::Kind::MarginOver100));
    BOOST_TEST(findings[2].description.contains(QStringLiteral("120.00%")));

    // Kept up to a number, all counted; a cancelled run finds nothing.
    const ConsistencyChecks::Findings first = ConsistencyChecks::run(f.project->db(), 1);
    BOOST_TEST(first.listed.size() == 1);
    BOOST_TEST(first.total == 3);
    BOOST_TEST(first.listed[0].description == findings[0].description);
    const std::atomic_bool cancelled{true};
    BOOST_TEST(ConsistencyChecks::run(f.project->db(), 10, &cancelled).total == 0);
}

BOOST_AUTO_TEST_CASE(the_sample_project_mixes_gartner_editions)
{
    QTemporaryDir dir;
    const auto project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    const QVector<Finding> findings = ConsistencyChecks::run(project->db()).listed;
    // Gartner restated 2021 in its July 2023 table: the growth stated in June 2022 no longer matches.
    BOOST_TEST(!findings.isEmpty());
    for (const Finding& f : findings)
        BOOST_TEST(f.figures.size() >= 2, "every finding shows the figures it compares");
}

BOOST_AUTO_TEST_SUITE_END()
