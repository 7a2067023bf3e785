// Import batches taken back: the project after removing a batch is compared, table by table and row by row,
// with the project before the batch was imported.

#include "ImportFixture.h"
#include "ProjectDump.h"

#include "Error.h"
#include "store/Database.h"
#include "store/ImportBatches.h"
#include "store/Transaction.h"

#include <QFile>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using namespace mixshift::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

BatchRemoval removeBatch(ImportFixture& f, std::int64_t batch)
{
    Transaction transaction(f.project->db());
    const BatchRemoval removal = ImportBatches(f.project->db()).remove(batch);
    transaction.commit();
    return removal;
}

const QByteArray firstFile = "provider,metric,period,value,unit,source\n"
                             "Newco Cloud,revenue,2024Q1,10,million USD,Newco report\n"
                             "Newco Cloud,revenue,2024Q2,11,million USD,Newco report\n"
                             "Newco Cloud,widgets_sold,2024Q1,5,,Newco report\n"
                             "Alibaba Cloud,revenue,2024Q1,30,億元,Alibaba results\n";

const QByteArray restated = "provider,metric,period,value,unit,source\n"
                            "Newco Cloud,revenue,2024Q1,12,million USD,Newco restated\n"
                            "Newco Cloud,revenue,2024Q3,13,million USD,Newco restated\n"
                            "Alibaba Cloud,revenue,2024Q1,31,億元,Alibaba restated\n";

} // namespace

BOOST_AUTO_TEST_SUITE(import_undo)

BOOST_AUTO_TEST_CASE(removing_an_import_removes_what_it_created)
{
    ImportFixture f;
    const QString before = projectDump(f.project->db());
    const ImportSummary summary = f.import(writeFile(f.dir, "first.csv", firstFile));
    BOOST_REQUIRE(summary.committed);
    BOOST_TEST(summary.valuesImported == 4);
    BOOST_REQUIRE(summary.batchId > 0);

    const auto listed = ImportBatches(f.project->db()).list();
    BOOST_REQUIRE_EQUAL(listed.size(), 1);
    BOOST_TEST(listed[0].fileName.toStdString() == "first.csv");
    BOOST_TEST(listed[0].kind.toStdString() == "import");
    BOOST_TEST(listed[0].added == 4);
    BOOST_TEST(listed[0].sha256.size() == 64);
    BOOST_TEST(listed[0].importedBy.toStdString() == f.project->db().userName().toStdString());

    const BatchRemoval removal = removeBatch(f, summary.batchId);
    BOOST_TEST(removal.valuesRemoved == 4);
    BOOST_TEST(removal.valuesRestored == 0);
    // Newco Cloud, widgets_sold, two new sources and three new series.
    BOOST_TEST(removal.catalogEntriesRemoved == 7);
    checkProjectIs(f.project->db(), before);
}

BOOST_AUTO_TEST_CASE(removing_an_overwriting_import_puts_the_old_values_back_also_after_reopening)
{
    for (const ConflictPolicy policy : {ConflictPolicy::Overwrite, ConflictPolicy::Revision}) {
        ImportFixture f;
        const ImportSummary first = f.import(writeFile(f.dir, "first.csv", firstFile));
        BOOST_REQUIRE(first.committed);
        const QString afterFirst = projectDump(f.project->db());

        ImportOptions options;
        options.policy = policy;
        const ImportSummary second = f.import(writeFile(f.dir, "restated.csv", restated), {}, options);
        BOOST_REQUIRE(second.committed);
        BOOST_TEST(second.conflicts == 2);
        BOOST_TEST(f.currentValues().value(QStringLiteral("Newco Cloud|revenue|2024-01-01..2024-03-31")) == 12e6);
        const auto listed = ImportBatches(f.project->db()).find(second.batchId);
        BOOST_REQUIRE(listed);
        BOOST_TEST(listed->added == 1);
        BOOST_TEST(listed->overwritten == (policy == ConflictPolicy::Overwrite ? 2 : 0));
        BOOST_TEST(listed->revised == (policy == ConflictPolicy::Revision ? 2 : 0));

        // The first import cannot go before the one that replaced its values.
        const QString bothImported = projectDump(f.project->db());
        BOOST_CHECK_EXCEPTION(removeBatch(f, first.batchId), Error, [&](const Error& e) {
            return e.message().contains(QStringLiteral("undo them first: %1 (restated.csv)").arg(second.batchId));
        });
        checkProjectIs(f.project->db(), bothImported);

        // Closed and opened again: the batch still knows what it replaced.
        f.project.reset();
        f.project = Project::open(f.path);
        const BatchRemoval removal = removeBatch(f, second.batchId);
        BOOST_TEST(removal.valuesRestored == 2);
        BOOST_TEST(removal.valuesRemoved == 1);
        checkProjectIs(f.project->db(), afterFirst);
        BOOST_TEST(f.currentValues().value(QStringLiteral("Newco Cloud|revenue|2024-01-01..2024-03-31")) == 10e6);
    }
}

BOOST_AUTO_TEST_CASE(a_value_replaced_twice_in_one_import_comes_back_as_it_was_before_it)
{
    ImportFixture f;
    BOOST_REQUIRE(f.import(writeFile(f.dir, "first.csv", firstFile)).committed);
    const QString afterFirst = projectDump(f.project->db());
    // 2024Q1 restated twice in one file, then a revision hung on it, under the revision policy.
    const QByteArray twice = "provider,metric,period,value,unit,source,status\n"
                             "Newco Cloud,revenue,2024Q1,12,million USD,Newco restated,current\n"
                             "Newco Cloud,revenue,2024Q1,14,million USD,Newco restated again,current\n"
                             "Newco Cloud,revenue,2024Q1,9,million USD,Newco flash,revision\n";
    const ImportSummary second = f.import(writeFile(f.dir, "twice.csv", twice), [](ImportMapping& m) {
        m.columns[6] = ImportField::Status;
    });
    BOOST_REQUIRE(second.committed);
    BOOST_TEST(f.currentValues().value(QStringLiteral("Newco Cloud|revenue|2024-01-01..2024-03-31")) == 14e6);
    removeBatch(f, second.batchId);
    checkProjectIs(f.project->db(), afterFirst);
}

BOOST_AUTO_TEST_CASE(a_later_import_that_revises_blocks_and_one_that_only_adds_does_not)
{
    ImportFixture f;
    const ImportSummary first = f.import(writeFile(f.dir, "first.csv", firstFile));
    BOOST_REQUIRE(first.committed);
    // A revision hung on the first import's value makes the later batch depend on it.
    const QByteArray revision = "provider,metric,period,value,unit,source,status\n"
                                "Newco Cloud,revenue,2024Q2,9,million USD,Newco flash,revision\n";
    const ImportSummary hung = f.import(writeFile(f.dir, "revision.csv", revision), [](ImportMapping& m) {
        m.columns[6] = ImportField::Status;
    });
    BOOST_REQUIRE(hung.committed);
    BOOST_TEST(ImportBatches(f.project->db()).dependents(first.batchId).size() == 1);
    removeBatch(f, hung.batchId);
    BOOST_TEST(ImportBatches(f.project->db()).dependents(first.batchId).isEmpty());

    // Values of new periods in a series the first import created: independent; the series stays for them.
    const QByteArray more = "provider,metric,period,value,unit,source\n"
                            "Newco Cloud,revenue,2024Q4,15,million USD,Newco report\n";
    const ImportSummary later = f.import(writeFile(f.dir, "more.csv", more));
    BOOST_REQUIRE(later.committed);
    const BatchRemoval removal = removeBatch(f, first.batchId);
    BOOST_TEST(removal.valuesRemoved == 4);
    const auto values = f.currentValues();
    BOOST_TEST(values.size() == 1);
    BOOST_TEST(values.value(QStringLiteral("Newco Cloud|revenue|2024-10-01..2024-12-31")) == 15e6);
}

BOOST_AUTO_TEST_CASE(aliases_an_import_set_point_back_where_they_did)
{
    ImportFixture f;
    Catalog catalog(f.project->db());
    const std::int64_t alibaba = catalog.findProvider(QStringLiteral("Alibaba Cloud"))->id;
    const std::int64_t aws = catalog.findProvider(QStringLiteral("AWS"))->id;
    catalog.addProviderAlias(QStringLiteral("Ali"), aws); // wrong, set by hand earlier
    const QString before = projectDump(f.project->db());

    ImportOptions options;
    options.providerAliases.insert(QStringLiteral("Ali"), alibaba);
    options.providerAliases.insert(QStringLiteral("Aliyun"), alibaba);
    const QByteArray text = "provider,metric,period,value,unit,source\n"
                            "Aliyun,revenue,2024Q1,30,億元,Alibaba results\n"
                            "Ali,revenue,2024Q2,31,億元,Alibaba results\n";
    const ImportSummary summary = f.import(writeFile(f.dir, "aliases.csv", text), {}, options);
    BOOST_REQUIRE(summary.committed);
    BOOST_TEST(catalog.findProvider(QStringLiteral("Ali"))->id == alibaba);
    removeBatch(f, summary.batchId);
    checkProjectIs(f.project->db(), before);
    BOOST_TEST(catalog.findProvider(QStringLiteral("Ali"))->id == aws);
    BOOST_TEST(!catalog.findProvider(QStringLiteral("Aliyun")));
}

BOOST_AUTO_TEST_CASE(an_unknown_batch_is_refused_by_number)
{
    ImportFixture f;
    BOOST_CHECK_EXCEPTION(removeBatch(f, 42), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("there is no import 42"));
    });
}

BOOST_AUTO_TEST_CASE(a_batch_from_before_undo_was_recorded_is_listed_but_not_removed)
{
    ImportFixture f;
    const ImportSummary summary = f.import(writeFile(f.dir, "first.csv", firstFile));
    BOOST_REQUIRE(summary.committed);
    // What a project made before schema 3 holds after its migration: the batch, marked not undoable.
    f.project->db().prepare("UPDATE import_batch SET undoable = 0 WHERE id = ?").bindAll(summary.batchId).run();
    const QString before = projectDump(f.project->db());
    BOOST_TEST(!ImportBatches(f.project->db()).find(summary.batchId)->undoable);
    BOOST_CHECK_EXCEPTION(removeBatch(f, summary.batchId), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("cannot be undone")); });
    checkProjectIs(f.project->db(), before);
}

BOOST_AUTO_TEST_CASE(edits_made_since_an_import_survive_its_removal)
{
    ImportFixture f;
    Catalog catalog(f.project->db());
    const std::int64_t alibaba = catalog.findProvider(QStringLiteral("Alibaba Cloud"))->id;
    const std::int64_t aws = catalog.findProvider(QStringLiteral("AWS"))->id;
    ImportOptions options;
    options.providerAliases.insert(QStringLiteral("Aliyun"), alibaba);
    const QByteArray text = "provider,metric,period,value,unit,source\n"
                            "Aliyun,revenue,2024Q1,30,億元,Alibaba results\n"
                            "Newco Cloud,revenue,2024Q1,10,million USD,Newco report\n";
    const ImportSummary summary = f.import(writeFile(f.dir, "aliases.csv", text), {}, options);
    BOOST_REQUIRE(summary.committed);
    // Since: the alias re-pointed by hand, and an alias given to the provider the import created.
    catalog.addProviderAlias(QStringLiteral("Aliyun"), aws);
    const std::int64_t newco = catalog.findProvider(QStringLiteral("Newco Cloud"))->id;
    catalog.addProviderAlias(QStringLiteral("NC"), newco);

    removeBatch(f, summary.batchId);
    BOOST_TEST(f.currentValues().isEmpty());
    BOOST_REQUIRE(catalog.findProvider(QStringLiteral("Aliyun")));
    BOOST_TEST(catalog.findProvider(QStringLiteral("Aliyun"))->id == aws);
    BOOST_REQUIRE(catalog.findProvider(QStringLiteral("NC")));
    BOOST_TEST(catalog.findProvider(QStringLiteral("NC"))->id == newco);
}

BOOST_AUTO_TEST_SUITE_END()
