#include "TestProject.h"

#include "store/ProjectQueries.h"

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using mixshift::test::revenueInput;

BOOST_AUTO_TEST_SUITE(project_queries)

BOOST_AUTO_TEST_CASE(observations_stream_in_the_order_they_are_listed_and_stop_when_told)
{
    test::TestProject t;
    for (int quarter = 0; quarter < 8; ++quarter) {
        ObservationInput input = revenueInput(100 + quarter, t.article, QString::number(100 + quarter));
        input.start = QDate(2020, 1, 1).addMonths(3 * quarter);
        input.end = input.start.addMonths(3).addDays(-1);
        t.store.put(t.series, input, ConflictPolicy::Skip);
    }
    ProjectQueries queries(t.project->db());
    const QVector<ObservationRow> all = queries.observations({});
    BOOST_REQUIRE_EQUAL(all.size(), 8);

    QVector<ObservationRow> visited;
    queries.forEachObservation({}, [&visited](const ObservationRow& row) {
        visited.append(row);
        return true;
    });
    BOOST_REQUIRE_EQUAL(visited.size(), all.size());
    for (int i = 0; i < all.size(); ++i) {
        BOOST_TEST((visited[i].start == all[i].start));
        BOOST_TEST(visited[i].value == all[i].value);
        BOOST_TEST(visited[i].periodLabel.toStdString() == all[i].periodLabel.toStdString());
    }

    int seen = 0;
    queries.forEachObservation({}, [&seen](const ObservationRow&) { return ++seen < 3; });
    BOOST_TEST(seen == 3, "the visitor stops the reading");
}

BOOST_AUTO_TEST_SUITE_END()
