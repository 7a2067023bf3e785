#include "TestProject.h"

#include "Error.h"
#include "store/ProjectQueries.h"
#include "store/Transaction.h"

#include <boost/test/unit_test.hpp>

#include <vector>

using namespace mixshift;
using mixshift::test::TestProject;
using mixshift::test::revenueInput;

BOOST_AUTO_TEST_SUITE(store)

BOOST_AUTO_TEST_CASE(observation_round_trip_survives_reopening)
{
    TestProject t;
    BOOST_TEST((t.store.put(t.series, revenueInput(276.48e8, t.article, QStringLiteral("276.48億元")),
                           ConflictPolicy::Revision) == PutOutcome::Inserted));
    const QString path = t.path;
    t.project.reset();

    const auto project = Project::open(path);
    ProjectQueries queries(project->db());
    const auto series = queries.series();
    BOOST_REQUIRE_EQUAL(series.size(), 1);
    BOOST_TEST(series[0].provider.toStdString() == "Alibaba Cloud");
    BOOST_TEST(series[0].observationCount == 1);
    const auto rows = queries.observations({});
    BOOST_REQUIRE_EQUAL(rows.size(), 1);
    BOOST_TEST(rows[0].value == 276.48e8);
    BOOST_TEST(rows[0].periodLabel.toStdString() == "FY2024 Q2");
    BOOST_TEST(rows[0].calendarLabel.toStdString() == "2023 Q3");
    BOOST_TEST(rows[0].originalText.toStdString() == "276.48億元");
    BOOST_TEST(rows[0].sourceTitle.toStdString() == "阿里雲重新定調");
    BOOST_TEST(rows[0].current);
}

BOOST_AUTO_TEST_CASE(series_identity_is_unique_and_found_again)
{
    TestProject t;
    BOOST_TEST(t.store.seriesId({t.alibaba, t.revenue, std::nullopt, {}, QStringLiteral("CNY")}) == t.series);
    const auto usd = t.store.seriesId({t.alibaba, t.revenue, std::nullopt, {}, QStringLiteral("USD")});
    BOOST_TEST(usd != t.series);
    BOOST_TEST(ProjectQueries(t.project->db()).counts().series == 2);
}

BOOST_AUTO_TEST_CASE(conflict_policies)
{
    TestProject t;
    t.store.put(t.series, revenueInput(276.48e8, t.release, QStringLiteral("27,648")), ConflictPolicy::Skip);

    BOOST_TEST((t.store.put(t.series, revenueInput(1, t.article, {}), ConflictPolicy::Skip) == PutOutcome::Skipped));
    BOOST_TEST(ProjectQueries(t.project->db()).observations({})[0].value == 276.48e8);

    BOOST_TEST((t.store.put(t.series, revenueInput(276.5e8, t.article, QStringLiteral("276.5")),
                           ConflictPolicy::Revision) == PutOutcome::Revised));
    auto rows = ProjectQueries(t.project->db()).observations({});
    BOOST_REQUIRE_EQUAL(rows.size(), 2);
    BOOST_TEST(rows[0].current);
    BOOST_TEST(rows[0].value == 276.5e8);
    BOOST_TEST(rows[0].sourceTitle.toStdString() == "阿里雲重新定調");
    BOOST_TEST(!rows[1].current);
    BOOST_TEST(rows[1].value == 276.48e8);
    BOOST_TEST(rows[1].sourceTitle.toStdString() == "Results release");

    BOOST_TEST((t.store.put(t.series, revenueInput(3, t.release, {}), ConflictPolicy::Overwrite) ==
                PutOutcome::Overwritten));
    ObservationFilter currentOnly;
    currentOnly.includeRevisions = false;
    rows = ProjectQueries(t.project->db()).observations(currentOnly);
    BOOST_REQUIRE_EQUAL(rows.size(), 1);
    BOOST_TEST(rows[0].value == 3);
    BOOST_TEST(ProjectQueries(t.project->db()).counts().revisions == 1);
}

// A chunk that meets stored periods (a file imported again, with a few values new or changed): each value ends as
// put() would leave it, whatever the others do; a period twice in one chunk meets itself, in order.
BOOST_AUTO_TEST_CASE(a_chunk_meeting_stored_periods_is_put_value_by_value)
{
    TestProject t;
    const auto quarter = [&](int q, double value) {
        ObservationInput input = revenueInput(value, t.release, {});
        input.start = QDate(2020, 1, 1).addMonths(3 * q);
        input.end = input.start.addMonths(3).addDays(-1);
        return input;
    };
    std::vector<ObservationInput> stored;
    for (int q = 0; q < 3; ++q)
        stored.push_back(quarter(q, 10 + q));
    for (const ObservationInput& o : stored)
        t.store.put(t.series, o, ConflictPolicy::Revision);

    // Quarter 0 as stored, quarter 1 changed, quarters 3 to 12 new.
    std::vector<ObservationInput> incoming{quarter(0, 10), quarter(1, 99)};
    for (int q = 3; q < 13; ++q)
        incoming.push_back(quarter(q, q));
    std::vector<ObservationStore::NewObservation> chunk;
    for (const ObservationInput& o : incoming)
        chunk.push_back({t.series, &o});
    std::vector<PutOutcome> outcomes(chunk.size());
    t.store.putAll(chunk.data(), static_cast<int>(chunk.size()), ConflictPolicy::Revision, outcomes.data());
    BOOST_TEST((outcomes[0] == PutOutcome::Unchanged));
    BOOST_TEST((outcomes[1] == PutOutcome::Revised));
    for (std::size_t k = 2; k < outcomes.size(); ++k)
        BOOST_TEST((outcomes[k] == PutOutcome::Inserted));
    ObservationFilter currentOnly;
    currentOnly.includeRevisions = false;
    const auto rows = ProjectQueries(t.project->db()).observations(currentOnly);
    BOOST_REQUIRE_EQUAL(rows.size(), 13);
    BOOST_TEST(rows[1].value == 99);
    BOOST_TEST(rows[2].value == 12);
    BOOST_TEST(rows[12].value == 12);
    BOOST_TEST(ProjectQueries(t.project->db()).counts().revisions == 1);

    // The same new period twice: the first is inserted, the second revises it.
    const std::vector<ObservationInput> twice{quarter(20, 1), quarter(20, 2)};
    const std::vector<ObservationStore::NewObservation> repeated{{t.series, &twice[0]}, {t.series, &twice[1]}};
    std::vector<PutOutcome> again(2);
    t.store.putAll(repeated.data(), 2, ConflictPolicy::Revision, again.data());
    BOOST_TEST((again[0] == PutOutcome::Inserted));
    BOOST_TEST((again[1] == PutOutcome::Revised));
}

BOOST_AUTO_TEST_CASE(aliases_find_providers_and_metrics_in_chinese)
{
    TestProject t;
    BOOST_TEST(t.catalog.findProvider(QStringLiteral("阿里云"))->id == t.alibaba);
    BOOST_TEST(t.catalog.findProvider(QStringLiteral("alibaba group"))->id == t.alibaba);
    BOOST_TEST(t.catalog.findProvider(QStringLiteral("阿里雲"))->fiscalYearEndMonth == 3);
    BOOST_TEST(t.catalog.findMetric(QStringLiteral("營收"))->key.toStdString() == "revenue");
    BOOST_TEST(!t.catalog.findProvider(QStringLiteral("Oracle")));
}

BOOST_AUTO_TEST_CASE(transaction_rolls_back_unless_committed)
{
    TestProject t;
    try {
        Transaction transaction(t.project->db());
        t.store.put(t.series, revenueInput(1, t.article, {}), ConflictPolicy::Skip);
        throw Error(QStringLiteral("cancelled"));
    } catch (const Error&) {
    }
    BOOST_TEST(ProjectQueries(t.project->db()).counts().observations == 0);

    {
        Transaction transaction(t.project->db());
        t.store.put(t.series, revenueInput(1, t.article, {}), ConflictPolicy::Skip);
        transaction.commit();
    }
    BOOST_TEST(ProjectQueries(t.project->db()).counts().observations == 1);
}

// What values point at holds on both engines (a file's foreign keys; a team store's statement triggers).
BOOST_AUTO_TEST_CASE(foreign_keys_are_enforced)
{
    TestProject t;
    Database& db = t.project->db();
    BOOST_CHECK_THROW(t.store.put(t.series, revenueInput(1, 9999, {}), ConflictPolicy::Skip), Error);
    BOOST_CHECK_THROW(t.store.put(9999, revenueInput(1, t.article, {}), ConflictPolicy::Skip), Error);
    ObservationInput unknownBatch = revenueInput(1, t.article, {});
    unknownBatch.batchId = 9999;
    BOOST_CHECK_THROW(t.store.put(t.series, unknownBatch, ConflictPolicy::Skip), Error);
    BOOST_TEST(db.scalar("SELECT count(*) FROM observation") == 0);

    // Many rows at once, one of them naming a source that does not exist: none is written.
    const int chunk = t.store.newChunk();
    std::vector<ObservationInput> inputs(static_cast<std::size_t>(chunk));
    std::vector<ObservationStore::NewObservation> rows;
    for (int i = 0; i < chunk; ++i) {
        inputs[i] = revenueInput(i, t.article, {});
        inputs[i].start = inputs[i].end = QDate(1900, 1, 1).addDays(i); // a day each: a chunk is thousands
        rows.push_back({t.series, &inputs[i]});
    }
    inputs.back().sourceId = 9999;
    {
        Transaction transaction(db);
        BOOST_CHECK_THROW(t.store.insertAllNew(rows.data(), chunk), Error);
    }
    BOOST_TEST(db.scalar("SELECT count(*) FROM observation") == 0);
    inputs.back().sourceId = t.article;
    {
        Transaction transaction(db);
        BOOST_TEST(t.store.insertAllNew(rows.data(), chunk));
        transaction.commit();
    }
    BOOST_TEST(db.scalar("SELECT count(*) FROM observation") == chunk);

    // Changing a value to an unknown source, deleting a source values cite: refused.
    BOOST_CHECK_THROW(db.prepare("UPDATE observation SET source_id = 9999 WHERE period_start = '1900-01-01'").run(),
                      Error);
    BOOST_CHECK_THROW(db.prepare("DELETE FROM source WHERE id = ?").bindAll(t.article).run(), Error);
    BOOST_TEST(db.scalar("SELECT count(*) FROM source WHERE id = " + std::to_string(t.article)) == 1);
    // Deleting a series deletes its values.
    db.prepare("DELETE FROM series WHERE id = ?").bindAll(t.series).run();
    BOOST_TEST(db.scalar("SELECT count(*) FROM observation") == 0);
}

BOOST_AUTO_TEST_SUITE_END()
