#include "AppSettings.h"
#include "MainWindow.h"
#include "import/ImportCheckPage.h"
#include "import/ImportMappingPage.h"
#include "import/ImportWizard.h"

#include "Error.h"
#include "OtherWriter.h"
#include "import/Importer.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QTreeView>
#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

struct EmptyProject
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project =
        SampleDataset::createProject(dir.filePath(QStringLiteral("w.mixshift")), SampleDataset::Content::Catalog);
};

int rowsContaining(const QTableWidget* table, const QString& text)
{
    int count = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c) && table->item(r, c)->text().contains(text)) {
                ++count;
                break;
            }
    return count;
}

} // namespace

BOOST_AUTO_TEST_SUITE(import_wizard)

BOOST_AUTO_TEST_CASE(shows_detected_settings_previews_and_imports_a_gbk_file)
{
    EmptyProject p;
    ImportWizard wizard(*p.project, fixture("gbk-simplified.csv"));
    wizard.show();
    const auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("encoding"));
    BOOST_REQUIRE(encoding);
    BOOST_TEST(encoding->currentText().toStdString() == "GB18030");

    wizard.next();
    BOOST_REQUIRE(wizard.currentPage() == wizard.mappingPage());
    const QTableWidget* preview = wizard.mappingPage()->preview();
    BOOST_TEST(preview->rowCount() == 5);
    BOOST_TEST(rowsContaining(preview, QStringLiteral("Alibaba Cloud")) == 4);
    BOOST_TEST(rowsContaining(preview, QStringLiteral("FY2024 Q2")) == 3);
    BOOST_TEST(rowsContaining(preview, QStringLiteral("2023-07-01 … 2023-09-30")) == 3);
    BOOST_TEST(rowsContaining(preview, QStringLiteral("27648000000")) == 1);

    wizard.next();
    BOOST_REQUIRE(wizard.currentPage() == wizard.checkPage());
    BOOST_REQUIRE(wizard.checkPage()->check());
    BOOST_TEST(wizard.checkPage()->check()->valuesImported == 5);
    BOOST_TEST(wizard.checkPage()->isComplete());
    BOOST_TEST(ProjectQueries(p.project->db()).counts().observations == 0, "checking stores nothing");

    wizard.accept();
    BOOST_REQUIRE(wizard.result());
    BOOST_TEST(wizard.result()->committed);
    BOOST_TEST(ProjectQueries(p.project->db()).counts().observations == 5);
}

BOOST_AUTO_TEST_CASE(refused_rows_block_the_import_until_valid_rows_are_accepted)
{
    EmptyProject p;
    ImportWizard wizard(*p.project, fixture("bad-row-middle.csv"));
    wizard.show();
    wizard.next();
    BOOST_TEST(rowsContaining(wizard.mappingPage()->preview(), QStringLiteral("refused")) == 1);
    wizard.next();
    ImportCheckPage* check = wizard.checkPage();
    BOOST_REQUIRE(check->check());
    BOOST_TEST(check->check()->rowsRejected == 1);
    BOOST_TEST(!check->isComplete());
    const auto* rejections = check->findChild<QTableWidget*>(QStringLiteral("rejections"));
    BOOST_REQUIRE(rejections);
    BOOST_TEST(rejections->rowCount() == 1);
    BOOST_TEST(rejections->item(0, 0)->text().toStdString() == "6");
    BOOST_TEST(rejections->item(0, 2)->text().toStdString() == "twenty-one");

    QCheckBox* acceptValid = nullptr;
    for (QCheckBox* box : check->findChildren<QCheckBox*>())
        if (box->text().startsWith(QStringLiteral("Import the valid rows")))
            acceptValid = box;
    BOOST_REQUIRE(acceptValid);
    acceptValid->setChecked(true);
    BOOST_TEST(check->isComplete());
    wizard.accept();
    BOOST_TEST(ProjectQueries(p.project->db()).counts().observations == 8);
}

BOOST_AUTO_TEST_CASE(defaults_and_a_saved_profile_for_a_wide_table)
{
    EmptyProject p;
    {
        ImportWizard wizard(*p.project, fixture("wide-title-rows.csv"));
        wizard.show();
        wizard.next();
        ImportMappingPage* mapping = wizard.mappingPage();
        mapping->findChild<QLineEdit*>(QStringLiteral("default_metric"))->setText(QStringLiteral("gartner_iaas_share"));
        mapping->findChild<QLineEdit*>(QStringLiteral("default_unit"))->setText(QStringLiteral("%"));
        mapping->refreshPreview();
        BOOST_TEST(rowsContaining(mapping->preview(), QStringLiteral("market_share")) == 14);
        wizard.next();
        ImportCheckPage* check = wizard.checkPage();
        BOOST_TEST(check->check()->valuesImported == 14);
        for (QCheckBox* box : check->findChildren<QCheckBox*>())
            box->setChecked(true);
        for (QLineEdit* edit : check->findChildren<QLineEdit*>())
            edit->setText(QStringLiteral("Gartner shares"));
        wizard.accept();
        BOOST_TEST(ProjectQueries(p.project->db()).counts().observations == 14);
    }
    // The same header again: the profile is offered and its defaults come back.
    ImportWizard again(*p.project, fixture("wide-title-rows.csv"));
    again.show();
    bool offered = false;
    for (const QComboBox* box : again.findChildren<QComboBox*>())
        offered = offered || box->currentText() == QStringLiteral("Gartner shares");
    BOOST_TEST(offered);
    again.next();
    BOOST_TEST(again.mappingPage()->findChild<QLineEdit*>(QStringLiteral("default_unit"))->text().toStdString() == "%");
}

BOOST_AUTO_TEST_CASE(dropping_a_csv_on_the_main_window_opens_the_wizard)
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    MainWindow window(settings);
    window.setProject(SampleDataset::createProject(dir.filePath(QStringLiteral("d.mixshift")), SampleDataset::Content::Catalog));
    window.show();

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(fixture("utf8-bom.csv"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    BOOST_TEST(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    auto* wizard = window.findChild<ImportWizard*>();
    BOOST_REQUIRE(wizard);
    BOOST_TEST(wizard->windowTitle().contains(QStringLiteral("utf8-bom.csv")));
    wizard->next();
    wizard->next();
    wizard->accept();
    QCoreApplication::processEvents();
    BOOST_TEST(window.seriesBrowser()->model()->rowCount() == 1, "the browser shows the imported series");
}

BOOST_AUTO_TEST_CASE(refused_rows_are_written_whole_or_not_at_all_and_never_over_the_imported_file)
{
    EmptyProject p;
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("bad.csv"));
    BOOST_REQUIRE(QFile::copy(fixture("bad-row-middle.csv"), input));
    ImportWizard wizard(*p.project, input);
    wizard.show();
    wizard.next();
    wizard.next();
    ImportCheckPage* check = wizard.checkPage();
    BOOST_REQUIRE(check->check());

    const QString refused = dir.filePath(QStringLiteral("refused.csv"));
    check->writeRejections(refused);
    QFile file(refused);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    BOOST_TEST(file.readAll().startsWith("file,line,column,column_name,text,reason\nbad.csv,6,4,value,twenty-one,"));

    BOOST_CHECK_EXCEPTION(check->writeRejections(QStringLiteral("/dev/full")), Error,
                          [](const Error& e) { return e.message().startsWith(QStringLiteral("/dev/full: cannot be written")); });
    BOOST_CHECK_EXCEPTION(check->writeRejections(dir.filePath(QStringLiteral("missing/refused.csv"))), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("does not exist")); });
    const QByteArray before = [&] {
        QFile in(input);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }();
    BOOST_CHECK_EXCEPTION(check->writeRejections(input), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("the file being imported")); });
    BOOST_CHECK_EXCEPTION(check->writeRejections(p.project->path()), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("the project")); });
    QFile in(input);
    BOOST_REQUIRE(in.open(QIODevice::ReadOnly));
    BOOST_TEST((in.readAll() == before), "the imported file is untouched");
}

BOOST_AUTO_TEST_CASE(a_statement_imports_through_the_wizard_as_through_the_command_line)
{
    EmptyProject p;
    ImportWizard wizard(*p.project, QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/statements/income-statement-utf8-bom-crlf.csv"));
    wizard.show();
    wizard.next();
    ImportMappingPage* mapping = wizard.mappingPage();
    auto* layout = mapping->findChildren<QComboBox*>().value(0);
    BOOST_REQUIRE(layout);
    BOOST_TEST(layout->currentData().toInt() == static_cast<int>(ImportLayout::Transposed));
    mapping->findChild<QLineEdit*>(QStringLiteral("default_provider"))->setText(QStringLiteral("SF"));
    mapping->refreshPreview();
    BOOST_TEST(rowsContaining(mapping->preview(), QStringLiteral("90942690000")) == 1);
    BOOST_TEST(mapping->findChild<QLabel*>(QStringLiteral("planNotes"))->text().contains(QStringLiteral("a year apart")));
    wizard.next();
    ImportCheckPage* check = wizard.checkPage();
    BOOST_REQUIRE(check->check());
    BOOST_TEST(check->check()->valuesImported == 53);
    for (QCheckBox* box : check->findChildren<QCheckBox*>())
        box->setChecked(true);
    wizard.accept();
    BOOST_REQUIRE(wizard.result());
    BOOST_TEST(wizard.result()->committed);
    BOOST_TEST(ProjectQueries(p.project->db()).counts().observations == 53);
}

BOOST_AUTO_TEST_CASE(every_refused_row_is_exported_not_only_those_the_check_keeps)
{
    EmptyProject p;
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("many-bad.csv"));
    {
        QFile out(input);
        BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("provider,metric,period,value,unit\n");
        for (int i = 0; i < 12000; ++i)
            out.write("Alibaba Cloud,revenue,2023Q3,not a number,億元\n");
    }
    ImportWizard wizard(*p.project, input);
    wizard.show();
    wizard.next();
    wizard.next();
    ImportCheckPage* check = wizard.checkPage();
    BOOST_REQUIRE(check->check());
    BOOST_TEST(check->check()->rowsRejected == 12000);
    BOOST_TEST(check->check()->rejections.size() == Importer::keptRejections);
    const QString refused = dir.filePath(QStringLiteral("refused.csv"));
    check->writeRejections(refused);
    QFile file(refused);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    BOOST_TEST(file.readAll().count('\n') == 12001);
}

BOOST_AUTO_TEST_CASE(a_preview_beside_another_programs_import_does_not_wait_for_it)
{
    EmptyProject p;
    ImportWizard wizard(*p.project, fixture("gbk-simplified.csv"));
    wizard.show();
    test::OtherWriter other(p.project->path());
    QElapsedTimer clock;
    clock.start();
    wizard.next();
    BOOST_TEST(clock.elapsed() < 4000);
    BOOST_TEST(wizard.mappingPage()->preview()->rowCount() == 5);
    BOOST_TEST(rowsContaining(wizard.mappingPage()->preview(), QStringLiteral("27648000000")) == 1);
    wizard.next();
    BOOST_REQUIRE(wizard.checkPage()->check());
    BOOST_TEST(wizard.checkPage()->check()->valuesImported == 5);
    BOOST_TEST(clock.elapsed() < 8000);
}

BOOST_AUTO_TEST_CASE(an_alias_match_is_listed_and_can_be_refused)
{
    EmptyProject p;
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("amazon.csv"));
    {
        QFile out(input);
        BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("provider,metric,period,value,unit\nAmazon,revenue,2023Q3,23.1,bn USD\n");
    }
    ImportWizard wizard(*p.project, input);
    wizard.show();
    wizard.next();
    wizard.next();
    ImportCheckPage* check = wizard.checkPage();
    BOOST_REQUIRE(check->check());
    auto* matches = check->findChild<QListWidget*>(QStringLiteral("aliasMatches"));
    BOOST_REQUIRE(matches);
    BOOST_REQUIRE_EQUAL(matches->count(), 1);
    BOOST_TEST(matches->item(0)->text().startsWith(QStringLiteral("Amazon → ")));
    BOOST_TEST(check->check()->newProviders.isEmpty());
    matches->item(0)->setCheckState(Qt::Unchecked);
    QCoreApplication::processEvents();
    BOOST_REQUIRE(check->check());
    BOOST_TEST((check->check()->newProviders == QStringList{QStringLiteral("Amazon")}));
    BOOST_TEST(matches->count() == 1);
    BOOST_TEST((matches->item(0)->checkState() == Qt::Unchecked));
}

BOOST_AUTO_TEST_SUITE_END()
