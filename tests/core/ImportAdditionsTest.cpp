#include "QtPrinting.h"
#include "import/ImportProfiles.h"

#include "ImportFixture.h"
#include "ProjectDump.h"

#include <QFile>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using test::projectDump;

namespace {

// A file naming Alibaba Cloud by a name the catalog does not know; `bad` adds a refused row.
struct AliasImport : test::ImportFixture
{
    QString file = dir.filePath(QStringLiteral("ali.csv"));
    std::int64_t alibaba = 0;

    explicit AliasImport(bool bad = false)
    {
        QFile csv(file);
        BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("provider,metric,period,value,unit,source\n"
                  "Ali Cloud Intl,revenue,2023Q3,276.48,億元,Test release\n");
        if (bad)
            csv.write("Ali Cloud Intl,revenue,2023Q4,twenty,億元,Test release\n");
        csv.close();
        alibaba = Catalog(project->db()).findProvider(QStringLiteral("Alibaba Cloud"))->id;
    }

    ImportOptions withAdditions() const
    {
        ImportOptions options;
        options.providerAliases.insert(QStringLiteral("Ali Cloud Intl"), alibaba);
        options.saveProfile = ProfileToSave{QStringLiteral("ali"), {QStringLiteral("provider"), QStringLiteral("metric")}};
        return options;
    }
};

struct CancelAtOnce : ImportMonitor
{
    void progress(qint64, qint64, qint64) override {}
    bool cancelRequested() const override { return true; }
};

} // namespace

BOOST_AUTO_TEST_SUITE(import_additions)

BOOST_AUTO_TEST_CASE(aliases_and_the_profile_are_written_with_the_values_and_found_by_the_rows)
{
    AliasImport t;
    const ImportSummary s = t.import(t.file, {}, t.withAdditions());
    BOOST_REQUIRE(s.committed);
    BOOST_TEST(s.newProviders.isEmpty(), "the row found Alibaba Cloud through the alias");
    BOOST_TEST(Catalog(t.project->db()).findProvider(QStringLiteral("Ali Cloud Intl"))->id == t.alibaba);
    BOOST_TEST(ImportProfiles(t.project->db()).names() == QStringList{QStringLiteral("ali")});
    BOOST_TEST(t.currentValues().contains(QStringLiteral("Alibaba Cloud|revenue|2023-07-01..2023-09-30")));
}

BOOST_AUTO_TEST_CASE(a_refused_cancelled_or_dry_run_import_writes_neither)
{
    {
        AliasImport t(true);
        const QString before = projectDump(t.project->db());
        BOOST_TEST(!t.import(t.file, {}, t.withAdditions()).committed);
        BOOST_TEST(projectDump(t.project->db()) == before, "refused");
    }
    {
        AliasImport t;
        const QString before = projectDump(t.project->db());
        CancelAtOnce cancel;
        const ImportSummary s = t.import(t.file, {}, t.withAdditions(), &cancel);
        BOOST_TEST(s.cancelled);
        BOOST_TEST(projectDump(t.project->db()) == before, "cancelled");
    }
    {
        AliasImport t;
        const QString before = projectDump(t.project->db());
        ImportOptions options = t.withAdditions();
        options.dryRun = true;
        BOOST_TEST(!t.import(t.file, {}, options).committed);
        BOOST_TEST(projectDump(t.project->db()) == before, "dry run");
    }
}

BOOST_AUTO_TEST_SUITE_END()
