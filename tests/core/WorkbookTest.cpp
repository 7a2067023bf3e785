#include "ImportFixture.h"

#include "import/ImportSession.h"
#include "io/ExportTable.h"
#include "io/NumberFormatCode.h"
#include "io/TableFile.h"
#include "io/Workbook.h"
#include "io/ZipDeclaredSize.h"
#include "store/ImportBatches.h"

#include <QFile>

#include <functional>
#include <limits>

#include <boost/test/unit_test.hpp>

#include <xlsxwriter.h>

using namespace mixshift;
using namespace mixshift::test;

namespace {

QString book(const char* name)
{
    return QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/workbooks/") + QString::fromUtf8(name);
}

// "row,column" → the cell's shown text (or "!" and its problem).
QHash<QString, QString> cellsOf(const WorkbookSheet& sheet)
{
    QHash<QString, QString> cells;
    for (const WorkbookCell& c : sheet.cells)
        cells.insert(QStringLiteral("%1,%2").arg(c.row).arg(c.column),
                     c.problem.isEmpty() ? c.text : QStringLiteral("!") + c.problem);
    return cells;
}

ImportSummary importSheet(ImportFixture& f, const QString& path, const QString& sheet, ImportChoices choices = {},
                          ImportOptions options = {})
{
    const ImportPlan plan = ImportSession::plan(f.project->db(), ImportSource::file(path, sheet), choices);
    return ImportSession::run(f.project->db(), plan, options);
}

ImportOptions validRowsOnly()
{
    ImportOptions options;
    options.acceptValid = true;
    return options;
}


// A workbook written in the test with libxlsxwriter; `fill` writes its one sheet "Data".
QString madeWorkbook(const QTemporaryDir& dir, const char* name, const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Data");
    fill(wb, ws);
    BOOST_REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    return path;
}

lxw_format* numberFormat(lxw_workbook* wb, const char* code)
{
    lxw_format* format = workbook_add_format(wb);
    format_set_num_format(format, code);
    return format;
}

} // namespace

BOOST_AUTO_TEST_SUITE(workbooks)

BOOST_AUTO_TEST_CASE(number_format_codes_say_how_a_number_shows)
{
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("0.0%")) == ShownAs::Percent));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("0.00\"%\"")) == ShownAs::Number)); // quoted text
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("yyyy\\-mm\\-dd")) == ShownAs::Date));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("[$-409]mmm-yy;@")) == ShownAs::Date));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")) == ShownAs::Date));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("h:mm")) == ShownAs::Time));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("mm:ss")) == ShownAs::Time));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("d/m/yyyy h:mm")) == ShownAs::DateTime));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("General")) == ShownAs::Number));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("[Magenta]0.00")) == ShownAs::Number));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("[h]:mm:ss")) == ShownAs::Time));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("h:mm AM/PM")) == ShownAs::Time));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("h:mm a/p")) == ShownAs::Time));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("0.00E+00")) == ShownAs::Number));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("[Red]#,##0.00;[Blue]-#,##0.00")) == ShownAs::Number));
    BOOST_TEST((NumberFormatCode::classify(QStringLiteral("#,##0.00\" bn USD\"")) == ShownAs::Number));
    BOOST_TEST((NumberFormatCode::classifyBuiltin(9) == ShownAs::Percent));
    BOOST_TEST((NumberFormatCode::classifyBuiltin(14) == ShownAs::Date));
    BOOST_TEST((NumberFormatCode::classifyBuiltin(4) == ShownAs::Number));
}

BOOST_AUTO_TEST_CASE(xlsx_cells_read_as_they_show)
{
    const Workbook wb = Workbook::read(book("cloud-figures.xlsx"));
    BOOST_TEST(wb.sheetNames().join(QLatin1Char('|')).toStdString() == "Revenue|Quarters|阿里雲");
    const WorkbookSheet& revenue = wb.sheet(QStringLiteral("revenue")); // names match whatever their case
    const auto cells = cellsOf(revenue);
    BOOST_TEST(cells.value("0,0").toStdString() == "Cloud figures by quarter (fixture values)");
    BOOST_TEST(revenue.mergedTitleRows == QVector<int>{0});
    BOOST_TEST(cells.value("3,3").toStdString() == "276.48");
    BOOST_TEST(cells.value("4,3").toStdString() == "39.99%"); // 0.3999 in the built-in 0.00%
    BOOST_TEST(cells.value("5,3").toStdString() == "21%");    // 0.21 in a custom 0.0%
    BOOST_TEST(cells.value("6,3").toStdString() == "8.411");  // a formula's saved result
    BOOST_TEST(cells.value("7,3").startsWith(QStringLiteral("!the formula =SUM(D99:D100) was saved without")));
    BOOST_TEST(cells.value("3,4").toStdString() == "億元");

    const auto quarters = cellsOf(wb.sheet(QStringLiteral("Quarters")));
    BOOST_TEST(quarters.value("0,3").toStdString() == "2023-03-31"); // serial 45016, built-in m/d/yyyy
    BOOST_TEST(quarters.value("0,4").toStdString() == "2023-06-30"); // serial 45107, custom yyyy-mm-dd
    BOOST_TEST(quarters.value("0,6").toStdString() == "2023-12-31");
    BOOST_TEST(quarters.value("1,6").toStdString() == "24.2");
}

BOOST_AUTO_TEST_CASE(the_ods_twin_shows_the_same_cells)
{
    const Workbook xlsx = Workbook::read(book("cloud-figures.xlsx"));
    const Workbook ods = Workbook::read(book("cloud-figures.ods"));
    BOOST_TEST(ods.sheetNames() == xlsx.sheetNames());
    for (const QString& name : xlsx.sheetNames()) {
        BOOST_TEST_INFO(name.toStdString());
        auto fromXlsx = cellsOf(xlsx.sheet(name));
        auto fromOds = cellsOf(ods.sheet(name));
        // The formula without a result is spelled in each file's own grammar.
        for (auto* cells : {&fromXlsx, &fromOds})
            for (auto it = cells->begin(); it != cells->end(); ++it)
                if (it.value().startsWith(QLatin1Char('!')))
                    it.value() = QStringLiteral("!formula");
        BOOST_TEST(fromOds == fromXlsx);
        BOOST_TEST(ods.sheet(name).mergedTitleRows == xlsx.sheet(name).mergedTitleRows);
    }
}

BOOST_AUTO_TEST_CASE(each_sheet_imports_the_same_from_xlsx_and_ods)
{
    for (const char* file : {"cloud-figures.xlsx", "cloud-figures.ods"}) {
        BOOST_TEST_INFO(file);
        ImportFixture f;
        // The formula saved without a result refuses its row, never reads as 0.
        const ImportSummary revenue = importSheet(f, book(file), QStringLiteral("Revenue"), {}, validRowsOnly());
        BOOST_TEST(revenue.committed);
        BOOST_TEST(revenue.valuesImported == 4);
        BOOST_REQUIRE_EQUAL(revenue.rowsRejected, 1);
        BOOST_TEST(revenue.rejections.front().line == 8);
        BOOST_TEST(revenue.rejections.front().reason.contains(QStringLiteral("without its result")));
        BOOST_TEST(revenue.fileName.toStdString() == std::string(file) + " [Revenue]");

        const ImportSummary quarters = importSheet(f, book(file), QStringLiteral("Quarters"));
        BOOST_TEST(quarters.valuesImported == 4);

        ImportChoices alibaba;
        alibaba.defaults.insert(ImportField::Provider, QStringLiteral("阿里雲"));
        const ImportSummary chinese = importSheet(f, book(file), QStringLiteral("阿里雲"), alibaba);
        BOOST_TEST(chinese.valuesImported == 2);

        const auto values = f.currentValues();
        expectValue(values, "Alibaba Cloud|revenue|2023-07-01..2023-09-30", 27648000000.0);
        expectValue(values, "Alibaba Cloud|adjusted_ebita|2023-07-01..2023-09-30", 1409000000.0);
        expectValue(values, "AWS|market_share|2022-01-01..2022-12-31", 0.3999);
        expectValue(values, "Microsoft Azure|market_share|2022-01-01..2022-12-31", 0.21);
        expectValue(values, "Google Cloud|revenue|2023-07-01..2023-09-30", 8.411e9);
        BOOST_TEST(!values.contains(QStringLiteral("Google Cloud|revenue|2023-10-01..2023-12-31")));
        expectValue(values, "AWS|revenue|2023-01-01..2023-03-31", 21.354e9);
        expectValue(values, "AWS|revenue|2023-10-01..2023-12-31", 24.2e9);
        BOOST_TEST(values.size() == 9);
    }
}

BOOST_AUTO_TEST_CASE(a_refused_formula_row_stops_the_whole_sheet_by_default)
{
    ImportFixture f;
    const ImportSummary s = importSheet(f, book("cloud-figures.xlsx"), QStringLiteral("Revenue"));
    BOOST_TEST(!s.committed);
    BOOST_TEST(f.observationCount() == 0);
}

BOOST_AUTO_TEST_CASE(a_sheet_import_is_recorded_and_recognised_again)
{
    ImportFixture f;
    const ImportSummary first = importSheet(f, book("cloud-figures.xlsx"), QStringLiteral("Quarters"));
    const auto batches = ImportBatches(f.project->db()).list();
    BOOST_REQUIRE(!batches.isEmpty());
    BOOST_TEST(batches.back().fileName.toStdString() == "cloud-figures.xlsx [Quarters]");
    // The same cells from the ods twin: the fingerprint is of the cells, so it is the same sheet.
    const ImportSummary again = importSheet(f, book("cloud-figures.ods"), QStringLiteral("Quarters"));
    BOOST_TEST(again.sha256 == first.sha256);
    BOOST_TEST(!again.earlierImports.isEmpty());
}

BOOST_AUTO_TEST_CASE(what_cannot_be_read_is_refused_with_a_reason)
{
    const auto message = [](const QString& path, const QString& sheet) {
        try {
            ImportSource::file(path, sheet);
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    BOOST_TEST(message(book("cloud-figures.xlsx"), QStringLiteral("Margins"))
                   .endsWith(QStringLiteral("no sheet 'Margins' (sheets: Revenue, Quarters, 阿里雲)")));

    QTemporaryDir dir;
    const QString xls = dir.filePath(QStringLiteral("legacy.xls"));
    QFile legacy(xls);
    BOOST_REQUIRE(legacy.open(QIODevice::WriteOnly));
    legacy.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    legacy.close();
    BOOST_TEST(message(xls, {}).contains(QStringLiteral("Save it as .xlsx or .ods")));

    // A broken archive that still looks like one.
    QFile source(book("cloud-figures.xlsx"));
    BOOST_REQUIRE(source.open(QIODevice::ReadOnly));
    const QString cut = dir.filePath(QStringLiteral("cut.xlsx"));
    QFile broken(cut);
    BOOST_REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(source.readAll().left(1500));
    broken.close();
    const QString cutMessage = message(cut, {});
    BOOST_TEST(!cutMessage.isEmpty());
    BOOST_TEST(cutMessage.startsWith(cut));

    BOOST_TEST(message(importData("utf8-bom.csv"), QStringLiteral("Sheet1")).contains(QStringLiteral("--sheet")));
}

BOOST_AUTO_TEST_CASE(a_stray_cell_far_out_cannot_make_a_giant_table)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stray.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Data");
    worksheet_write_string(ws, 0, 0, "provider", nullptr);
    worksheet_write_string(ws, 1048575, 16383, "x", nullptr);
    BOOST_REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    try {
        Workbook::read(path);
        BOOST_FAIL("a sheet of 1,048,576 × 16,384 cells was accepted");
    } catch (const Error& e) {
        BOOST_TEST(e.message().contains(QStringLiteral("1048576 rows by 16384 columns")));
    }
}

BOOST_AUTO_TEST_CASE(numbers_and_dates_show_as_a_spreadsheet_shows_them)
{
    QTemporaryDir dir;
    const QString path = madeWorkbook(dir, "shown.xlsx", [](lxw_workbook* wb, lxw_worksheet* ws) {
        lxw_format* percent = numberFormat(wb, "0.0%");
        lxw_format* date = numberFormat(wb, "yyyy-mm-dd");
        lxw_format* stamp = numberFormat(wb, "yyyy-mm-dd hh:mm");
        worksheet_write_number(ws, 0, 0, -0.05, percent);
        worksheet_write_number(ws, 0, 1, 1e-7, percent);
        worksheet_write_number(ws, 0, 2, 12345.678, percent);
        worksheet_write_number(ws, 0, 3, std::numeric_limits<double>::infinity(), percent);
        worksheet_write_number(ws, 1, 0, 2.7e10, date);      // revenue in a date-formatted column: no date
        worksheet_write_number(ws, 1, 1, 45016.5, stamp);    // noon
        worksheet_write_number(ws, 1, 2, 45016.9999999, date); // rounds to the next day's midnight
        worksheet_write_number(ws, 1, 3, 59, date);          // before Excel's 29 February 1900
        worksheet_write_number(ws, 2, 0, 0.5, numberFormat(wb, "h:mm AM/PM"));
        worksheet_write_number(ws, 2, 1, 3.25, numberFormat(wb, "[Magenta]0.00"));
    });
    const auto cells = cellsOf(Workbook::read(path).sheet(QString()));
    BOOST_TEST(cells.value("0,0").toStdString() == "-5%");
    BOOST_TEST(cells.value("0,1").toStdString() == "0.00001%");
    BOOST_TEST(cells.value("0,2").toStdString() == "1234567.8%");
    BOOST_TEST(!cells.value("0,3").endsWith(QLatin1Char('%'))); // no "inf00%"
    BOOST_TEST(cells.value("1,0").toStdString() == "27000000000");
    BOOST_TEST(cells.value("1,1").toStdString() == "2023-03-31T12:00:00");
    BOOST_TEST(cells.value("1,2").toStdString() == "2023-04-01");
    BOOST_TEST(cells.value("1,3").toStdString() == "1900-02-28");
    BOOST_TEST(cells.value("2,0").toStdString() == "12:00:00");
    BOOST_TEST(cells.value("2,1").toStdString() == "3.25");
}

BOOST_AUTO_TEST_CASE(a_table_right_of_column_a_below_a_title_finds_its_header)
{
    QTemporaryDir dir;
    const QString path = madeWorkbook(dir, "offset.xlsx", [](lxw_workbook*, lxw_worksheet* ws) {
        worksheet_write_string(ws, 0, 1, "AWS quarterly revenue", nullptr);
        const char* header[] = {"provider", "metric", "period", "value", "unit"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(ws, 2, static_cast<lxw_col_t>(c + 1), header[c], nullptr);
        worksheet_write_string(ws, 3, 1, "AWS", nullptr);
        worksheet_write_string(ws, 3, 2, "revenue", nullptr);
        worksheet_write_string(ws, 3, 3, "2023Q1", nullptr);
        worksheet_write_number(ws, 3, 4, 21.354, nullptr);
        worksheet_write_string(ws, 3, 5, "bn USD", nullptr);
        // A note beside the table whose formula was saved without its result: not read, so not refused.
        worksheet_write_formula(ws, 3, 7, "=NOW()", nullptr);
    });
    ImportFixture f;
    const ImportSummary s = importSheet(f, path, {});
    BOOST_TEST(s.committed);
    BOOST_TEST(s.rowsRejected == 0);
    expectValue(f.currentValues(), "AWS|revenue|2023-01-01..2023-03-31", 21.354e9);
}

BOOST_AUTO_TEST_CASE(a_profile_saved_for_a_csv_file_does_not_change_how_a_sheet_is_read)
{
    ImportFixture f;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("semicolons.csv"));
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("provider;metric;unit;2023-03-31;2023-06-30;2023-09-30;2023-12-31\nAWS;revenue;bn USD;1;2;3;4\n");
    file.close();
    ImportOptions save;
    save.saveProfile = ProfileToSave{QStringLiteral("quarters"), {}};
    BOOST_REQUIRE(importSheet(f, csv, {}, {}, save).committed);
    // The workbook's sheet has the same header: the profile is offered, its ';' is not used on the cells.
    const ImportSummary s = importSheet(f, book("cloud-figures.xlsx"), QStringLiteral("Quarters"));
    BOOST_TEST(s.committed);
    BOOST_TEST(s.valuesImported == 4);
    expectValue(f.currentValues(), "AWS|revenue|2023-10-01..2023-12-31", 24.2e9);
}

// liborcus makes room for the formula's whole range (400 GB) before it hands over a cell: the allocation fails and
// the reading stops with bad_alloc. Under AddressSanitizer such an allocation aborts the process instead.
#if !defined(MIXSHIFT_SANITIZED)
BOOST_AUTO_TEST_CASE(an_array_formula_over_the_whole_sheet_is_refused_before_memory_runs_out)
{
    try {
        Workbook::read(book("array-over-the-sheet.xlsx"));
        BOOST_FAIL("an array formula over 17 billion cells was taken");
    } catch (const Error& e) {
        BOOST_TEST(e.message().contains(QStringLiteral("cells, more than an import can hold")), e.message().toStdString());
    }
}
#endif

BOOST_AUTO_TEST_CASE(an_archive_declaring_gigabytes_is_refused_before_liborcus_allocates_them)
{
    QFile file(book("cloud-figures.xlsx"));
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    const qint64 honest = zipDeclaredSize(content);
    BOOST_TEST(honest > 0);
    BOOST_TEST(honest < 100000);
    BOOST_TEST(zipDeclaredSize(QByteArray("provider,metric\n")) == 0);
    // The first central-directory entry now claims 4 GB (ZIP64's marker): refused, whatever the rest says.
    const qsizetype entry = content.indexOf(QByteArray("PK\x01\x02", 4));
    BOOST_REQUIRE(entry > 0);
    content.replace(entry + 24, 4, QByteArray(4, '\xFF'));
    BOOST_TEST(zipDeclaredSize(content) > Workbook::maxPartBytes);
    try {
        Workbook::read(QStringLiteral("claims.xlsx"), content);
        BOOST_FAIL("a workbook declaring 4 GB was handed to liborcus");
    } catch (const Error& e) {
        BOOST_TEST(e.message().contains(QStringLiteral("declares more than 1024 MB")), e.message().toStdString());
    }
}

BOOST_AUTO_TEST_CASE(an_exported_workbook_reads_back_through_the_importer)
{
    ExportTable values;
    values.name = QStringLiteral("Values");
    values.columns = {{QStringLiteral("provider"), ColumnFormat::Text, {}},
                      {QStringLiteral("metric"), ColumnFormat::Text, {}},
                      {QStringLiteral("period"), ColumnFormat::Text, {}},
                      {QStringLiteral("value"), ColumnFormat::Number, {}},
                      {QStringLiteral("unit"), ColumnFormat::Text, {}},
                      {QStringLiteral("source"), ColumnFormat::Text, {}}};
    ExportCell share(0.3999, QStringLiteral("39.99%"));
    share.format = ColumnFormat::Percent;
    ExportCell money(276.48, QStringLiteral("276.48"));
    money.format = ColumnFormat::Money;
    money.unit = QStringLiteral("億元");
    values.rows = {{"AWS", "market_share", "2022", share, "%", "Gartner"},
                   {"Alibaba Cloud", "revenue", "FY2024 Q2", money, "億元", "=HYPERLINK(\"http://x\")"}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    TableFile::save(path, {values, ExportTable::fromRecords(QStringLiteral("Sources"), {{"source"}, {"Gartner"}})});

    const Workbook wb = Workbook::read(path);
    BOOST_TEST(wb.sheetNames().join(QLatin1Char('|')).toStdString() == "Values|Sources");
    const auto cells = cellsOf(wb.sheet(QStringLiteral("Values")));
    BOOST_TEST(cells.value("1,3").toStdString() == "39.99%");
    BOOST_TEST(cells.value("2,3").toStdString() == "276.48");
    // Text a spreadsheet would run as a formula is written with the guard's apostrophe.
    BOOST_TEST(cells.value("2,5").toStdString() == "'=HYPERLINK(\"http://x\")");

    ImportFixture f;
    const ImportSummary s = importSheet(f, path, {});
    BOOST_TEST(s.committed);
    BOOST_TEST(s.valuesImported == 2);
    const auto stored = f.currentValues();
    expectValue(stored, "AWS|market_share|2022-01-01..2022-12-31", 0.3999);
    expectValue(stored, "Alibaba Cloud|revenue|2023-07-01..2023-09-30", 27648000000.0);
    const auto rows = ProjectQueries(f.project->db()).observations({});
    BOOST_TEST(std::any_of(rows.cbegin(), rows.cend(), [](const ObservationRow& r) {
        return r.sourceTitle == QStringLiteral("=HYPERLINK(\"http://x\")"); // the guard taken off again
    }));
}

BOOST_AUTO_TEST_SUITE_END()
