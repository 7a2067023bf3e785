// Changes made, taken back and made again through the one change interface: the project compared row by row.

#include "ImportFixture.h"
#include "ProjectDump.h"

#include "Error.h"
#include "edit/AliasChange.h"
#include "edit/ImportChange.h"
#include "edit/SavedItemChange.h"
#include "domain/PeriodParser.h"
#include "edit/ValueEdit.h"
#include "store/ImportBatches.h"

#include <QFile>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using namespace mixshift::test;

namespace {

SeriesSummary seriesOf(Database& db, const char* provider, const char* metric)
{
    for (const SeriesSummary& s : ProjectQueries(db).series())
        if (s.provider == QLatin1String(provider) && s.metricKey == QLatin1String(metric) && s.market.isEmpty() &&
            s.category.isEmpty())
            return s;
    BOOST_FAIL("no such series");
    return {};
}

struct SampleProject
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project =
        SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")), SampleDataset::Content::Figures);
    Database& db() { return project->db(); }
    double current(const SeriesSummary& series, const QString& period)
    {
        const auto p = PeriodParser::parse(period, series.fiscalYearEndMonth);
        ObservationFilter filter;
        filter.seriesId = series.id;
        filter.includeRevisions = false;
        for (const ObservationRow& row : ProjectQueries(db()).observations(filter))
            if (row.start == p->start() && row.end == p->end())
                return row.value;
        return -1;
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(project_changes)

BOOST_AUTO_TEST_CASE(a_typed_value_is_read_like_a_cell)
{
    SampleProject t;
    const SeriesSummary alibaba = seriesOf(t.db(), "Alibaba Cloud", "revenue");
    const HandValue v = HandValue::typed(alibaba, QStringLiteral("FY2024 Q2"), QStringLiteral("≈ 280.1 億元"),
                                         QStringLiteral("億元"), QStringLiteral("my notes"), QString());
    BOOST_TEST(v.seriesId == alibaba.id);
    BOOST_TEST(near(v.observation.value, 280.1e8));
    BOOST_TEST(v.observation.qualifier.toStdString() == "≈");
    BOOST_TEST((v.observation.start == QDate(2023, 7, 1))); // Alibaba's fiscal year ends in March
    BOOST_TEST(v.observation.originalText.toStdString() == "≈ 280.1 億元");
    // No unit typed: the series' stated unit.
    BOOST_TEST(HandValue::typed(alibaba, QStringLiteral("FY2024 Q2"), QStringLiteral("280.1"), QStringLiteral("億元"),
                                QStringLiteral("s"), QString())
                   .observation.value == v.observation.value);

    const auto refused = [&](const char* period, const char* value, const char* words) {
        try {
            HandValue::typed(alibaba, QString::fromUtf8(period), QString::fromUtf8(value), QStringLiteral("億元"),
                             QStringLiteral("s"), QString());
        } catch (const Error& e) {
            BOOST_TEST_INFO(e.message().toStdString());
            BOOST_TEST(e.message().contains(QString::fromUtf8(words)));
            return;
        }
        BOOST_ERROR("accepted " << value);
    };
    refused("FY2024 Q9", "1", "period: 'FY2024 Q9' is not a period");
    refused("FY2024 Q2", "", "value: type a number");
    refused("FY2024 Q2", "12%", "not a percentage");
    refused("FY2024 Q2", "8.4 bn USD", "the series is in CNY, the value says USD");
    // Earnings per share stated in a 万元 statement: the 万 scales the statement's totals, not this line.
    SeriesSummary eps = alibaba;
    eps.perShare = true;
    BOOST_TEST(HandValue::typed(eps, QStringLiteral("FY2024 Q2"), QStringLiteral("1.23"), QStringLiteral("万元"),
                                QStringLiteral("s"), QString())
                   .observation.value == 1.23);
    // No unit typed and none stated for the row (a new period): a bare number is not money.
    try {
        HandValue::typed(alibaba, QStringLiteral("FY2026 Q1"), QStringLiteral("280.1"), QString(), QStringLiteral("s"),
                         QString());
        BOOST_ERROR("a bare number was taken as money");
    } catch (const Error& e) {
        BOOST_TEST(e.message().contains(QStringLiteral("give its unit")));
    }
}

BOOST_AUTO_TEST_CASE(a_hand_edit_is_a_revision_with_its_source_and_undo_takes_it_back)
{
    SampleProject t;
    const SeriesSummary alibaba = seriesOf(t.db(), "Alibaba Cloud", "revenue");
    const double stated = t.current(alibaba, QStringLiteral("FY2024 Q2"));
    BOOST_REQUIRE(stated > 0);
    const QString before = projectDump(t.db());

    ValueEdit edit(HandValue::typed(alibaba, QStringLiteral("FY2024 Q2"), QStringLiteral("280.1 億元"),
                                    QStringLiteral("億元"), QStringLiteral("Analyst call, 2024-11-15"),
                                    QStringLiteral("restated on the call")),
                   QStringLiteral("Enter Alibaba Cloud revenue FY2024 Q2"));
    edit.apply(t.db());
    BOOST_TEST(near(t.current(alibaba, QStringLiteral("FY2024 Q2")), 280.1e8));
    const auto batch = ImportBatches(t.db()).find(edit.batchId());
    BOOST_REQUIRE(batch);
    BOOST_TEST(batch->kind.toStdString() == "edit");
    BOOST_TEST(batch->fileName == ValueEdit::batchName());
    BOOST_TEST(batch->revised == 1);
    // The value it replaced is kept as a revision, and the new one names its (new) source.
    ObservationFilter filter;
    filter.seriesId = alibaba.id;
    int revisions = 0;
    for (const ObservationRow& row : ProjectQueries(t.db()).observations(filter)) {
        if (!row.current && row.value == stated)
            ++revisions;
        if (row.current && near(row.value, 280.1e8))
            BOOST_TEST(row.sourceTitle.toStdString() == "Analyst call, 2024-11-15");
    }
    BOOST_TEST(revisions == 1);

    edit.revert(t.db());
    checkProjectIs(t.db(), before);
    edit.apply(t.db()); // redo
    BOOST_TEST(near(t.current(alibaba, QStringLiteral("FY2024 Q2")), 280.1e8));

    // The same value from the same source again changes nothing, and says so.
    ValueEdit again(HandValue::typed(alibaba, QStringLiteral("FY2024 Q2"), QStringLiteral("280.1 億元"),
                                     QStringLiteral("億元"), QStringLiteral("Analyst call, 2024-11-15"), QString()),
                    QStringLiteral("again"));
    const QString edited = projectDump(t.db());
    BOOST_CHECK_THROW(again.apply(t.db()), Error);
    checkProjectIs(t.db(), edited);
}

BOOST_AUTO_TEST_CASE(an_import_change_reverts_and_imports_again_only_the_same_file)
{
    ImportFixture f;
    const QString path = f.dir.filePath(QStringLiteral("figures.csv"));
    const auto write = [&](const QByteArray& text) {
        QFile file(path);
        BOOST_REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    write("provider,metric,period,value,unit,source\nNewco,revenue,2024Q1,10,million USD,Newco report\n");
    const QString before = projectDump(f.project->db());
    const ImportPlan plan = ImportSession::plan(f.project->db(), ImportSource::file(path), {});
    const ImportSummary done = ImportSession::run(f.project->db(), plan, {});
    BOOST_REQUIRE(done.committed);
    const QString imported = projectDump(f.project->db());

    ImportChange change(plan, {}, done);
    BOOST_TEST(change.text().toStdString() == "Import figures.csv");
    change.apply(f.project->db()); // already made: nothing happens
    checkProjectIs(f.project->db(), imported);
    change.revert(f.project->db());
    checkProjectIs(f.project->db(), before);
    change.apply(f.project->db());
    BOOST_TEST(f.currentValues().value(QStringLiteral("Newco|revenue|2024-01-01..2024-03-31")) == 10e6);
    change.revert(f.project->db());
    checkProjectIs(f.project->db(), before);

    write("provider,metric,period,value,unit,source\nNewco,revenue,2024Q1,11,million USD,Newco report\n");
    BOOST_CHECK_EXCEPTION(change.apply(f.project->db()), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("has changed")); });
    checkProjectIs(f.project->db(), before);
}

BOOST_AUTO_TEST_CASE(saving_over_deleting_and_renaming_a_scenario_are_taken_back)
{
    SampleProject t;
    ScenarioStore store(t.db());
    const QStringList names = store.names();
    BOOST_REQUIRE(!names.isEmpty());
    const QString name = names.front();
    const SavedScenario stored = *store.load(name);

    SavedScenario changed = stored;
    changed.levers.windDown = stored.levers.windDown + 0.05;
    changed.notes = QStringLiteral("faster wind-down");
    const auto over = ScenarioChange::saving(t.db(), changed, QStringLiteral("Save scenario"));
    over->apply(t.db());
    BOOST_TEST(store.load(name)->notes.toStdString() == "faster wind-down");
    over->revert(t.db());
    BOOST_TEST(store.load(name)->levers.windDown == stored.levers.windDown);
    BOOST_TEST(store.load(name)->notes == stored.notes);

    const auto removal = ScenarioChange::removing(t.db(), name, QStringLiteral("Delete scenario"));
    BOOST_REQUIRE(removal);
    removal->apply(t.db());
    BOOST_TEST(!store.load(name));
    removal->revert(t.db());
    BOOST_TEST(store.load(name)->levers.windDown == stored.levers.windDown);
    BOOST_TEST(!ScenarioChange::removing(t.db(), QStringLiteral("no such scenario"), QString()));

    ScenarioRename rename(QStringLiteral("Rename"), name, QStringLiteral("renamed"));
    rename.apply(t.db());
    BOOST_TEST(store.names().contains(QStringLiteral("renamed")));
    rename.revert(t.db());
    BOOST_TEST(store.names() == names);
}

BOOST_AUTO_TEST_CASE(an_alias_re_pointed_and_removed_comes_back_as_it_was)
{
    SampleProject t;
    Catalog catalog(t.db());
    const std::int64_t aws = catalog.findProvider(QStringLiteral("AWS"))->id;
    const std::int64_t alibaba = catalog.findProvider(QStringLiteral("Alibaba Cloud"))->id;
    BOOST_REQUIRE(catalog.findProvider(QStringLiteral("Amazon")));
    const QString before = projectDump(t.db());

    const auto repoint = AliasChange::setting(t.db(), Catalog::AliasKind::Provider, QStringLiteral("Amazon"),
                                              Catalog::AliasTarget{alibaba, std::nullopt, QString()}, QString());
    repoint->apply(t.db());
    BOOST_TEST(catalog.findProvider(QStringLiteral("Amazon"))->id == alibaba);
    repoint->revert(t.db());
    BOOST_TEST(catalog.findProvider(QStringLiteral("Amazon"))->id == aws);

    const auto removal = AliasChange::setting(t.db(), Catalog::AliasKind::Metric, QStringLiteral("營收"),
                                              std::nullopt, QString());
    removal->apply(t.db());
    BOOST_TEST(!catalog.matchMetric(QStringLiteral("營收")));
    removal->revert(t.db());
    checkProjectIs(t.db(), before);
}

BOOST_AUTO_TEST_SUITE_END()
