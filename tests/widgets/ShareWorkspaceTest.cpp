#include "scenario/ShareWorkspace.h"

#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

double shareOf(const ShareYear& year, const QString& provider)
{
    for (const auto& [name, share] : year.shares)
        if (name == provider)
            return share;
    return -1;
}

} // namespace

BOOST_AUTO_TEST_SUITE(share_workspace)

BOOST_AUTO_TEST_CASE(starts_from_the_articles_2022_shares_and_follows_edits)
{
    QTemporaryDir dir;
    const auto project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    ShareWorkspace workspace(*project);
    BOOST_REQUIRE_EQUAL(workspace.years().size(), 6);
    BOOST_TEST(workspace.years().front().hhi == 2099.6442, boost::test_tools::tolerance(1e-9));
    auto* table = workspace.findChild<QTableWidget*>(QStringLiteral("shares"));
    BOOST_TEST(table->item(0, 1)->text().toStdString() == "39.99%");
    BOOST_TEST(workspace.findChild<QCustomPlot*>()->graphCount() == 4);

    workspace.addTransfer(2023, QStringLiteral("AWS"), QStringLiteral("Microsoft Azure"), 0.2);
    BOOST_TEST(shareOf(workspace.years()[1], QStringLiteral("Microsoft Azure")) == 0.41, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(table->item(1, 2)->text().contains(QStringLiteral("▲1")), "Azure climbs to first");

    auto* growth = workspace.findChild<QTableWidget*>(QStringLiteral("providerGrowth"));
    BOOST_REQUIRE_EQUAL(growth->rowCount(), 4);
    growth->item(2, 1)->setText(QStringLiteral("0.3")); // Alibaba Cloud, third largest
    BOOST_TEST(shareOf(workspace.years()[1], QStringLiteral("Alibaba Cloud")) > 0.0771);
    growth->item(2, 1)->setText(QStringLiteral("fast"));
    BOOST_TEST(workspace.years().isEmpty());

    auto* source = workspace.findChild<QComboBox*>(QStringLiteral("source"));
    BOOST_REQUIRE(source);
    source->setCurrentText(QStringLiteral("gartner-2023-07-cxonet"));
    BOOST_TEST(growth->rowCount() == 6, "five providers and Others in Gartner's July 2023 table");
    if (const QByteArray out = qgetenv("MIXSHIFT_SCREENSHOT_DIR"); !out.isEmpty()) {
        growth->item(2, 1)->setText(QStringLiteral("0.3"));
        workspace.resize(1300, 800);
        workspace.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/share-workspace.png"));
    }
}

BOOST_AUTO_TEST_SUITE_END()
