#include "scenario/ShareModel.h"

#include "Error.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

ShareInputs threeWayMarket()
{
    ShareInputs in;
    in.baseYear = 2022;
    in.baseShares = {{QStringLiteral("A"), 0.5}, {QStringLiteral("B"), 0.3}, {QStringLiteral("Others"), 0.2}};
    in.marketGrowth = 0.10;
    in.years = 2;
    return in;
}

double shareOf(const ShareYear& year, const QString& provider)
{
    for (const auto& [name, share] : year.shares)
        if (name == provider)
            return share;
    BOOST_FAIL("no share for " << provider.toStdString());
    return 0;
}

double total(const ShareYear& year)
{
    double sum = 0;
    for (const auto& entry : year.shares)
        sum += entry.second;
    return sum;
}

} // namespace

BOOST_AUTO_TEST_SUITE(share_model)

BOOST_AUTO_TEST_CASE(a_faster_grower_gains_share_worked_by_hand)
{
    ShareInputs in = threeWayMarket();
    in.providerGrowth.insert(QStringLiteral("A"), 0.32);
    const QVector<ShareYear> years = ShareModel::run(in);
    BOOST_REQUIRE_EQUAL(years.size(), 3);
    // 2023: A 0.5·1.32 = 0.66, B 0.33, Others 0.22 of a market 1.21 times the size: A = 6/11, B = 3/11.
    BOOST_TEST(years[1].year == 2023);
    BOOST_TEST(years[1].marketSize == 1.21, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(shareOf(years[1], QStringLiteral("A")) == 6.0 / 11, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(shareOf(years[1], QStringLiteral("B")) == 3.0 / 11, boost::test_tools::tolerance(1e-12));
    // HHI leaves "Others" out: (600/11)² + (300/11)² = 450000/121.
    BOOST_TEST(years[1].hhi == 450000.0 / 121, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(years[1].cr3 == 9.0 / 11, boost::test_tools::tolerance(1e-12));
    for (const ShareYear& y : years)
        BOOST_TEST(total(y) == 1.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_transfer_moves_points_and_ranks_and_persists)
{
    ShareInputs in = threeWayMarket();
    in.transfers = {{2023, QStringLiteral("A"), QStringLiteral("B"), 0.15}};
    const QVector<ShareYear> years = ShareModel::run(in);
    BOOST_TEST(shareOf(years[1], QStringLiteral("A")) == 0.35, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(shareOf(years[1], QStringLiteral("B")) == 0.45, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(years[1].rank.value(QStringLiteral("B")) == 1);
    BOOST_TEST(years[1].rankChange.value(QStringLiteral("B")) == 1);
    BOOST_TEST(years[1].rankChange.value(QStringLiteral("A")) == -1);
    BOOST_TEST(!years[1].rank.contains(QStringLiteral("Others")));
    // Everyone grows alike in 2024, so the moved shares stay where the transfer left them.
    BOOST_TEST(shareOf(years[2], QStringLiteral("B")) == 0.45, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(bad_inputs_are_refused)
{
    ShareInputs in = threeWayMarket();
    in.baseShares[0].second = 0.6;
    BOOST_CHECK_EXCEPTION(ShareModel::run(in), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("110%")); });
    in = threeWayMarket();
    in.transfers = {{2023, QStringLiteral("A"), QStringLiteral("Z"), 0.01}};
    BOOST_CHECK_EXCEPTION(ShareModel::run(in), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("'Z'")); });
}

BOOST_AUTO_TEST_CASE(the_articles_2022_shares_from_the_sample_project)
{
    QTemporaryDir dir;
    const auto project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    ShareInputs in;
    in.baseShares = ShareModel::baseShares(project->db(), QStringLiteral("gartner_iaas_ww"), 2022,
                                           QStringLiteral("article"));
    BOOST_REQUIRE_EQUAL(in.baseShares.size(), 4);
    in.years = 0;
    const ShareYear base = ShareModel::run(in).front();
    BOOST_TEST(shareOf(base, QStringLiteral("Others")) == 1 - 0.3999 - 0.21 - 0.0771,
               boost::test_tools::tolerance(1e-9));
    // The article's three: 39.99² + 21² + 7.71².
    BOOST_TEST(base.hhi == 2099.6442, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(base.cr3 == 0.687, boost::test_tools::tolerance(1e-9));

    // Gartner's July 2023 table has five providers and "Others"; rounding leaves the sum a hair off 100%.
    const auto gartner = ShareModel::baseShares(project->db(), QStringLiteral("gartner_iaas_ww"), 2022,
                                                QStringLiteral("gartner-2023-07-cxonet"));
    BOOST_TEST(gartner.size() == 6);
    BOOST_CHECK_EXCEPTION(ShareModel::baseShares(project->db(), QStringLiteral("gartner_iaas_ww"), 1999, {}), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("1999")); });
}

BOOST_AUTO_TEST_CASE(penetration_moves_in_equal_steps)
{
    const QVector<PenetrationYear> path = ShareModel::penetration(2023, 0.2, 0.5, 3, 100, 0.10);
    BOOST_REQUIRE_EQUAL(path.size(), 4);
    BOOST_TEST(path[1].publicShare == 0.3, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(path[3].year == 2026);
    BOOST_TEST(path[3].computeMarket == 133.1, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(path[3].publicCloudMarket == 66.55, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_SUITE_END()
