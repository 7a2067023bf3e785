#include "models/ObservationTableModel.h"
#include "models/SeriesTreeModel.h"

#include <QAbstractItemModelTester>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

SeriesSummary summary(std::int64_t id, const char* provider, const char* metric, const char* scope, int count)
{
    SeriesSummary s;
    s.id = id;
    s.provider = QString::fromUtf8(provider);
    s.metricKey = s.metricName = QString::fromUtf8(metric);
    s.metricKind = QStringLiteral("money");
    s.aggregation = QStringLiteral("flow");
    s.category = QString::fromUtf8(scope);
    s.currency = QStringLiteral("CNY");
    s.observationCount = count;
    return s;
}

} // namespace

BOOST_AUTO_TEST_SUITE(models)

BOOST_AUTO_TEST_CASE(series_tree_groups_provider_metric_series_with_counts)
{
    SeriesTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSeries({summary(1, "Alibaba Cloud", "Revenue", "", 5), summary(2, "Alibaba Cloud", "Revenue", "ModelScope", 2),
                     summary(3, "Alibaba Cloud", "EBITA", "", 3), summary(4, "AWS", "Revenue", "", 7)});
    BOOST_TEST(model.rowCount() == 2);
    const QModelIndex alibaba = model.index(0, 0);
    BOOST_TEST(model.data(alibaba).toString().toStdString() == "Alibaba Cloud");
    BOOST_TEST(model.data(model.index(0, SeriesTreeModel::CountColumn)).toString().toStdString() == "10");
    BOOST_TEST(model.rowCount(alibaba) == 2);
    const QModelIndex revenue = model.index(0, 0, alibaba);
    BOOST_TEST(model.rowCount(revenue) == 2);
    const QModelIndex modelScope = model.index(1, 0, revenue);
    BOOST_TEST(model.data(modelScope).toString().toStdString() == "ModelScope · CNY");
    BOOST_TEST(model.data(modelScope, SeriesTreeModel::SeriesIdRole).toLongLong() == 2);
    BOOST_REQUIRE(model.seriesAt(modelScope));
    BOOST_TEST(model.seriesAt(modelScope)->id == 2);
    BOOST_TEST(model.seriesAt(revenue)->id == 1);
    BOOST_TEST(model.seriesAt(model.index(1, 0))->id == 4);
    BOOST_TEST(!model.seriesAt(QModelIndex()));
    BOOST_TEST(model.seriesAt(model.firstSeriesIndex())->id == 1);
    BOOST_TEST((model.indexOfSeries(4).parent().parent() == model.index(1, 0)));
}

BOOST_AUTO_TEST_CASE(observation_table_shows_display_units_and_marks_revisions)
{
    ObservationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ObservationRow current;
    current.periodLabel = QStringLiteral("FY2024 Q2");
    current.calendarLabel = QStringLiteral("2023 Q3");
    current.value = 276.48e8;
    current.originalText = QStringLiteral("276.48億元");
    current.sourceTitle = QStringLiteral("阿里雲重新定調");
    ObservationRow revision = current;
    revision.value = 276.5e8;
    revision.current = false;
    model.setObservations(summary(1, "Alibaba Cloud", "Revenue", "", 1), {current, revision});

    BOOST_TEST(model.rowCount() == 2);
    BOOST_TEST(model.headerData(ObservationTableModel::ValueColumn, Qt::Horizontal).toString().toStdString() ==
               "Value (億元)");
    BOOST_TEST(model.data(model.index(0, ObservationTableModel::PeriodColumn)).toString().toStdString() ==
               "FY2024 Q2 (2023 Q3)");
    BOOST_TEST(model.data(model.index(0, ObservationTableModel::ValueColumn)).toString().toStdString() == "276.48");
    BOOST_TEST(model.data(model.index(1, ObservationTableModel::ValueColumn)).toString().toStdString() == "276.5");
    BOOST_TEST(!model.data(model.index(0, 0), ObservationTableModel::IsRevisionRole).toBool());
    BOOST_TEST(model.data(model.index(1, 0), ObservationTableModel::IsRevisionRole).toBool());
    BOOST_TEST(model.data(model.index(1, ObservationTableModel::StatusColumn)).toString().toStdString() == "revision");
}

BOOST_AUTO_TEST_SUITE_END()
