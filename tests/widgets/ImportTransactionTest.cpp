#include "import/ImportSession.h"
#include "import/ImportCheckPage.h"
#include "import/ImportJob.h"
#include "import/ImportWizard.h"

#include "OtherWriter.h"
#include "ProjectDump.h"
#include "ReportedErrors.h"

#include "import/CsvSniffer.h"
#include "import/ImportProfiles.h"
#include "import/MappingGuesser.h"
#include "sample/SampleDataset.h"
#include "store/Catalog.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <boost/test/unit_test.hpp>

#include <stdexcept>

using namespace mixshift;
using test::projectDump;
using test::ReportedErrors;
using test::tableRows;

namespace {

// A catalog-only project and a file naming Alibaba Cloud by a name the project does not know, with one bad row.
struct NewNameImport
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("t.mixshift"));
    std::unique_ptr<Project> project = SampleDataset::createProject(path, SampleDataset::Content::Catalog);
    QString file = dir.filePath(QStringLiteral("ali.csv"));
    ImportWizard* wizard = nullptr;

    NewNameImport()
    {
        QFile csv(file);
        BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("provider,metric,period,value,unit,source\n"
                  "Ali Cloud Intl,revenue,2023Q3,276.48,億元,Test release\n"
                  "Ali Cloud Intl,revenue,2023Q4,twenty,億元,Test release\n");
    }

    /// Walks the wizard to its last page, matches the new name to Alibaba Cloud and names a profile to save.
    void walk(ImportWizard& w)
    {
        w.show();
        w.next();
        w.next();
        BOOST_REQUIRE(w.currentPage() == w.checkPage());
        BOOST_REQUIRE(w.checkPage()->check());
        QComboBox* match = nullptr;
        for (QComboBox* box : w.checkPage()->findChildren<QComboBox*>())
            if (box->findText(QStringLiteral("same as Alibaba Cloud")) >= 0)
                match = box;
        BOOST_REQUIRE(match);
        match->setCurrentIndex(match->findText(QStringLiteral("same as Alibaba Cloud")));
        w.checkPage()->findChild<QLineEdit*>()->setText(QStringLiteral("ali profile"));
    }

    void acceptValidRows(ImportWizard& w)
    {
        for (QCheckBox* box : w.checkPage()->findChildren<QCheckBox*>())
            if (box->text().startsWith(QStringLiteral("Import the valid rows")))
                box->setChecked(true);
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(import_transaction)

BOOST_AUTO_TEST_CASE(a_refused_import_leaves_aliases_and_profiles_as_they_were_a_committed_one_keeps_them)
{
    NewNameImport t;
    ImportWizard wizard(*t.project, t.file);
    t.walk(wizard);
    const QString before = projectDump(t.project->db());
    const QStringList aliasesBefore = tableRows(t.project->db(), QStringLiteral("provider_alias"));
    {
        ReportedErrors errors;
        wizard.accept();
        BOOST_TEST(errors.only().contains(QStringLiteral("1 rows were refused; the project is unchanged")));
    }
    BOOST_REQUIRE(wizard.result());
    BOOST_TEST(!wizard.result()->committed);
    BOOST_TEST(tableRows(t.project->db(), QStringLiteral("provider_alias")) == aliasesBefore);
    BOOST_TEST(tableRows(t.project->db(), QStringLiteral("import_profile")).isEmpty());
    BOOST_TEST(projectDump(t.project->db()) == before, "the whole project is unchanged");

    t.acceptValidRows(wizard);
    wizard.accept();
    BOOST_REQUIRE(wizard.result()->committed);
    Catalog catalog(t.project->db());
    const auto matched = catalog.findProvider(QStringLiteral("Ali Cloud Intl"));
    BOOST_REQUIRE(matched);
    BOOST_TEST(matched->name.toStdString() == "Alibaba Cloud");
    BOOST_TEST(wizard.result()->newProviders.isEmpty(), "the row found the provider through the new alias");
    BOOST_TEST(ImportProfiles(t.project->db()).names() == QStringList{QStringLiteral("ali profile")});
}

BOOST_AUTO_TEST_CASE(an_import_that_cannot_get_the_project_says_busy_and_changes_nothing)
{
    NewNameImport t;
    ImportWizard wizard(*t.project, t.file);
    t.walk(wizard);
    t.acceptValidRows(wizard);
    const QString before = projectDump(t.project->db());
    ReportedErrors errors;
    {
        test::OtherWriter other(t.path);
        wizard.accept();
    }
    BOOST_TEST(!wizard.result());
    BOOST_TEST(errors.only().startsWith(QStringLiteral("Import of ali.csv: ")));
    BOOST_TEST(errors.only().contains(QStringLiteral("another program is writing to this project; try again")));
    BOOST_TEST(errors.only().contains(QStringLiteral("the project is unchanged")));
    BOOST_TEST(projectDump(t.project->db()) == before);
}

BOOST_AUTO_TEST_CASE(the_job_ends_with_failed_whatever_the_import_throws)
{
    NewNameImport t;
    const ImportPlan plan = ImportSession::plan(t.project->db(), ImportSource::file(t.file), {});
    ImportOptions options;
    options.acceptValid = true;
    options.onValue = [](const ImportedValue&) { throw std::logic_error("not an Error"); };
    ImportJob job;
    std::optional<ErrorReport> failure;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::failed, &loop, [&](const ErrorReport& report) {
        failure = report;
        loop.quit();
    });
    QObject::connect(&job, &ImportJob::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.start(*t.project, plan, options);
    loop.exec();
    BOOST_TEST(!finished);
    BOOST_REQUIRE_MESSAGE(failure, "the job ended without a word");
    BOOST_TEST(failure->message.toStdString() == "Import of ali.csv: an unexpected error; please report it with the details");
    BOOST_TEST(failure->details.toStdString() == "not an Error");
    BOOST_TEST(ProjectQueries(t.project->db()).counts().observations == 0);
}

BOOST_AUTO_TEST_SUITE_END()
