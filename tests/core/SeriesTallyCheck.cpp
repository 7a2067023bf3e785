// After every case has run on the test server, each store the suite made there must keep counts that match its
// rows: the suite's imports, undos, edits, deletions and copies all went through the store's triggers (Schema,
// version 6), so any path that miscounts shows here, whichever case took it.
#include "TestStore.h"

#include "store/Statement.h"

#include <QCoreApplication>

namespace {

struct SeriesTallyCheck
{
    void setup() {}

    // Boost.Test reports what fails here (a teardown(), unlike a destructor, may throw).
    void teardown()
    {
        using namespace mixshift;
        if (test::testServerUri().isEmpty())
            return;
        PostgresDatabase admin(test::testServerUri(), true);
        Statement made = admin.prepare("SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY datname");
        made.bindAll(QStringLiteral("t%1_").arg(QCoreApplication::applicationPid()));
        int checked = 0;
        for (const QString& name : made.firstColumn()) {
            PostgresDatabase store(test::serverDatabaseUri(name), true);
            if (store.scalar("SELECT to_regclass('series_tally') IS NULL") != 0)
                continue; // made empty and never opened as a project
            BOOST_TEST(test::seriesTallyMismatches(store) == 0, "store " << name.toStdString());
            ++checked;
        }
        BOOST_TEST_MESSAGE("series counts checked in " << checked << " team stores");
    }
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(SeriesTallyCheck);
