#include "core/ImportFixture.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "ProjectEditing.h"
#include "import/ClipboardTable.h"
#include "import/ImportCheckPage.h"
#include "import/ImportWizard.h"

#include "sample/SampleDataset.h"
#include "store/ImportBatches.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QMimeData>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using mixshift::test::currentValues;
using mixshift::test::expectValue;

namespace {

QString workbook(const char* name)
{
    return QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/workbooks/") + QString::fromUtf8(name);
}

struct CatalogWindow
{
    QTemporaryDir dir;
    QSettings ini{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{ini};
    MainWindow window{settings};

    CatalogWindow()
    {
        window.setProject(SampleDataset::createProject(dir.filePath(QStringLiteral("c.mixshift")),
                                                       SampleDataset::Content::Catalog));
        window.show();
    }

    Project& project() { return *window.project(); }
};

void runToTheEnd(ImportWizard& wizard)
{
    wizard.next();
    wizard.next();
    BOOST_REQUIRE(wizard.currentPage() == wizard.checkPage());
    BOOST_REQUIRE(wizard.checkPage()->isComplete());
    wizard.accept();
    BOOST_REQUIRE(wizard.result());
    BOOST_TEST(wizard.result()->committed);
}

} // namespace

BOOST_AUTO_TEST_SUITE(spreadsheet_input)

BOOST_AUTO_TEST_CASE(the_wizard_offers_a_workbooks_sheets_and_imports_the_one_chosen)
{
    CatalogWindow w;
    ImportWizard wizard(w.project(), workbook("cloud-figures.xlsx"));
    wizard.show();
    auto* sheet = wizard.findChild<QComboBox*>(QStringLiteral("sheet"));
    BOOST_REQUIRE(sheet);
    BOOST_TEST(sheet->isVisible());
    BOOST_TEST(sheet->count() == 3);
    BOOST_TEST(sheet->currentText().toStdString() == "Revenue");
    // A sheet's cells need no encoding or delimiter.
    BOOST_TEST(!wizard.findChild<QComboBox*>(QStringLiteral("encoding"))->isVisible());
    const auto* sample = wizard.findChild<QTableWidget*>(QStringLiteral("rawSample"));
    BOOST_REQUIRE(sample);
    BOOST_TEST(sample->item(0, 0)->text().toStdString() == "Cloud figures by quarter (fixture values)");
    BOOST_TEST(sample->item(4, 3)->text().toStdString() == "39.99%");

    sheet->setCurrentText(QStringLiteral("Quarters"));
    BOOST_TEST(sample->item(0, 3)->text().toStdString() == "2023-03-31");
    runToTheEnd(wizard);
    BOOST_TEST(wizard.result()->valuesImported == 4);
    BOOST_TEST(wizard.result()->fileName.toStdString() == "cloud-figures.xlsx [Quarters]");
    const auto values = currentValues(w.project().db());
    expectValue(values, "AWS|revenue|2023-01-01..2023-03-31", 21.354e9);
    expectValue(values, "AWS|revenue|2023-10-01..2023-12-31", 24.2e9);
}

BOOST_AUTO_TEST_CASE(the_ods_twin_gives_the_wizard_the_same_values)
{
    CatalogWindow w;
    ImportWizard wizard(w.project(), workbook("cloud-figures.ods"));
    wizard.show();
    wizard.findChild<QComboBox*>(QStringLiteral("sheet"))->setCurrentText(QStringLiteral("Quarters"));
    runToTheEnd(wizard);
    BOOST_TEST(wizard.result()->valuesImported == 4);
    expectValue(currentValues(w.project().db()), "AWS|revenue|2023-10-01..2023-12-31", 24.2e9);
}

BOOST_AUTO_TEST_CASE(ctrl_v_opens_the_wizard_on_a_table_copied_from_a_spreadsheet)
{
    CatalogWindow w;
    QGuiApplication::clipboard()->setText(QStringLiteral("provider\tmetric\tperiod\tvalue\tunit\tsource\n"
                                                         "AWS\trevenue\t2023Q1\t21.354\tbn USD\tAmazon Q1 2023\n"
                                                         "Alibaba Cloud\trevenue\tFY2024 Q2\t276.48\t億元\tarticle\n"));
    auto* paste = w.window.findChild<QAction*>(QStringLiteral("pasteAction"));
    BOOST_REQUIRE(paste);
    BOOST_TEST((paste->shortcut() == QKeySequence(QKeySequence::Paste)));
    BOOST_REQUIRE(paste->isEnabled());
    paste->trigger();
    auto* wizard = w.window.findChild<ImportWizard*>();
    BOOST_REQUIRE(wizard);
    runToTheEnd(*wizard);
    const auto values = currentValues(w.project().db());
    expectValue(values, "AWS|revenue|2023-01-01..2023-03-31", 21.354e9);
    expectValue(values, "Alibaba Cloud|revenue|2023-07-01..2023-09-30", 27648000000.0);
    const auto batches = ImportBatches(w.project().db()).list();
    BOOST_REQUIRE(!batches.isEmpty());
    BOOST_TEST(batches.back().fileName.toStdString() == "clipboard");
    // Undone and made again from the plan: the clipboard's text is kept with the step, not read again.
    QGuiApplication::clipboard()->clear();
    w.window.editing()->undoStack()->undo();
    BOOST_TEST(currentValues(w.project().db()).isEmpty());
    w.window.editing()->undoStack()->redo();
    BOOST_TEST(currentValues(w.project().db()).size() == 2);
}

BOOST_AUTO_TEST_CASE(a_table_copied_from_a_web_page_comes_as_html)
{
    CatalogWindow w;
    auto* data = new QMimeData;
    data->setHtml(QStringLiteral("<p>Shares</p><table><tr><th>provider</th><th>metric</th><th>period</th><th>value"
                                 "</th><th>source</th></tr><tr><td>AWS</td><td>market_share</td><td>2022</td>"
                                 "<td>39.99%</td><td>Gartner</td></tr><tr><td>Microsoft Azure</td><td>market_share"
                                 "</td><td>2022</td><td>21%</td><td>Gartner</td></tr></table>"));
    data->setText(QStringLiteral("Shares provider metric period value source AWS market_share 2022 39.99% Gartner"));
    QGuiApplication::clipboard()->setMimeData(data);
    w.window.findChild<QAction*>(QStringLiteral("pasteAction"))->trigger();
    auto* wizard = w.window.findChild<ImportWizard*>();
    BOOST_REQUIRE(wizard);
    runToTheEnd(*wizard);
    const auto values = currentValues(w.project().db());
    expectValue(values, "AWS|market_share|2022-01-01..2022-12-31", 0.3999);
    expectValue(values, "Microsoft Azure|market_share|2022-01-01..2022-12-31", 0.21);
}

BOOST_AUTO_TEST_CASE(html_tables_keep_spanned_cells_in_their_first_place)
{
    const QVector<QStringList> rows = ClipboardTable::htmlRows(
        QStringLiteral("<table><tr><td colspan=\"2\">Revenue (bn USD)</td><td>x</td></tr>"
                       "<tr><td>AWS</td><td>21.4<br>restated</td><td>y</td></tr></table>"));
    BOOST_REQUIRE_EQUAL(rows.size(), 2);
    BOOST_TEST(rows[0].join(QLatin1Char('|')).toStdString() == "Revenue (bn USD)||x");
    BOOST_TEST(rows[1].join(QLatin1Char('|')).toStdString() == "AWS|21.4 restated|y");
    BOOST_TEST(ClipboardTable::htmlRows(QStringLiteral("<p>no table</p>")).isEmpty());
}

BOOST_AUTO_TEST_CASE(an_empty_clipboard_opens_nothing)
{
    CatalogWindow w;
    QGuiApplication::clipboard()->clear();
    w.window.findChild<QAction*>(QStringLiteral("pasteAction"))->trigger();
    BOOST_TEST(!w.window.findChild<ImportWizard*>());
}

BOOST_AUTO_TEST_SUITE_END()
