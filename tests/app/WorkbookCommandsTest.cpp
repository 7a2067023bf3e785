// Workbooks in and out from the command line (issue 12): import of a sheet, query --format xlsx read back by
// the importer itself and by openpyxl, xlsx wherever CSV is offered.
#include "AppRun.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QString workbook(const char* name)
{
    return QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/workbooks/") + QString::fromUtf8(name);
}

QString queryCsv(const QString& project)
{
    const Run run = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--format"),
                              QStringLiteral("csv")});
    BOOST_REQUIRE_EQUAL(run.exitCode, 0);
    return run.out;
}

// Debian's python3 has openpyxl as python3-openpyxl; another python3 earlier in PATH may not.
QString pythonWithOpenpyxl()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    if (const QString found = QStandardPaths::findExecutable(QStringLiteral("python3")); !found.isEmpty())
        candidates << found;
    for (const QString& python : candidates) {
        if (!QFileInfo(python).isExecutable())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

QString python(const QString& interpreter, const QString& script)
{
    QProcess process;
    process.start(interpreter, {QStringLiteral("-c"), script});
    BOOST_REQUIRE(process.waitForFinished(60000));
    BOOST_REQUIRE_MESSAGE(process.exitCode() == 0, process.readAllStandardError().toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

BOOST_AUTO_TEST_SUITE(workbook_commands)

BOOST_AUTO_TEST_CASE(import_reads_the_sheet_asked_for_and_lists_the_sheets_for_a_missing_one)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), db}).exitCode, 0);
    const Run missing = mixshift({QStringLiteral("import"), workbook("cloud-figures.xlsx"), QStringLiteral("--db"), db,
                                  QStringLiteral("--sheet"), QStringLiteral("Margins")});
    BOOST_TEST(missing.exitCode != 0);
    BOOST_TEST(missing.err.contains(QStringLiteral("no sheet 'Margins' (sheets: Revenue, Quarters, 阿里雲)")),
               missing.err.toStdString());

    const Run quarters = mixshift({QStringLiteral("import"), workbook("cloud-figures.ods"), QStringLiteral("--db"), db,
                                   QStringLiteral("--sheet"), QStringLiteral("Quarters")});
    BOOST_REQUIRE_MESSAGE(quarters.exitCode == 0, quarters.err.toStdString());
    BOOST_TEST(quarters.out.contains(QStringLiteral("sheet: Quarters")));
    BOOST_TEST(quarters.out.contains(QStringLiteral("values imported: 4")));
    const QString csv = queryCsv(db);
    BOOST_TEST(csv.contains(QStringLiteral("AWS,revenue,,,2023 Q4,2023-10-01,2023-12-31,24200000000,USD")), csv.toStdString());
    BOOST_TEST(csv.contains(QStringLiteral("cloud-figures.ods [Quarters] (imported file)")));
}

BOOST_AUTO_TEST_CASE(query_xlsx_holds_the_values_and_their_sources_and_imports_back_the_same)
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("s.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), sample, QStringLiteral("--sample")}).exitCode, 0);
    const QString book = dir.filePath(QStringLiteral("values.xlsx"));
    const Run query = mixshift({QStringLiteral("query"), QStringLiteral("--db"), sample, QStringLiteral("--format"),
                                QStringLiteral("xlsx"), QStringLiteral("--out"), book});
    BOOST_REQUIRE_MESSAGE(query.exitCode == 0, query.err.toStdString());
    BOOST_TEST(query.out.contains(QStringLiteral("and their sources to")));

    const QString copy = dir.filePath(QStringLiteral("copy.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), copy}).exitCode, 0);
    const Run imported = mixshift({QStringLiteral("import"), book, QStringLiteral("--db"), copy});
    BOOST_REQUIRE_MESSAGE(imported.exitCode == 0, imported.out.toStdString() + imported.err.toStdString());
    // The first nine columns (names, period, value in base units, unit) of every row, current and revised.
    const auto firstColumns = [](const QString& csv) {
        QStringList lines;
        for (const QString& line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines << line.section(QLatin1Char(','), 0, 8);
        lines.sort();
        return lines;
    };
    BOOST_TEST(firstColumns(queryCsv(copy)) == firstColumns(queryCsv(sample)));
}

BOOST_AUTO_TEST_CASE(query_xlsx_needs_a_file_and_out_needs_xlsx)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), db}).exitCode, 0);
    const Run noFile = mixshift({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                 QStringLiteral("xlsx")});
    BOOST_TEST(noFile.exitCode == 2);
    BOOST_TEST(noFile.err.contains(QStringLiteral("--out FILE.xlsx")));
    const Run csvOut = mixshift({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("x.csv"))});
    BOOST_TEST(csvOut.exitCode == 2);
    BOOST_TEST(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}

BOOST_AUTO_TEST_CASE(openpyxl_reads_the_workbooks_with_formats_frozen_headers_and_sources)
{
    const QString interpreter = pythonWithOpenpyxl();
    if (interpreter.isEmpty()) {
        BOOST_TEST_MESSAGE("skipped: python3 with openpyxl not found (apt-get install python3-openpyxl)");
        return;
    }
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("s.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), sample, QStringLiteral("--sample")}).exitCode, 0);
    const QString book = dir.filePath(QStringLiteral("values.xlsx"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("query"), QStringLiteral("--db"), sample, QStringLiteral("--format"),
                                  QStringLiteral("xlsx"), QStringLiteral("--out"), book})
                            .exitCode,
                        0);
    const QString values = python(interpreter, QStringLiteral(R"(
import openpyxl
wb = openpyxl.load_workbook(%1)
print(wb.sheetnames)
ws = wb['Values']
print(ws.freeze_panes)
header = [c.value for c in ws[1]]
print(header[7], header[8])
for row in ws.iter_rows(min_row=2):
    cells = {h: c for h, c in zip(header, row)}
    if cells['metric'].value == 'revenue' and cells['provider'].value == 'Alibaba Cloud' and cells['period'].value == 'FY2024 Q2' and cells['status'].value == 'current':
        print('money', round(cells['value'].value, 2), cells['value'].number_format, cells['unit'].value, cells['start'].number_format)
    if cells['metric'].value == 'market_share' and cells['provider'].value == 'AWS' and cells['period'].value == '2022' and cells['status'].value == 'current':
        print('share', cells['value'].value, cells['value'].number_format)
print('wide', ws.column_dimensions['M'].width > 20)
sources = wb['Sources']
print([c.value for c in sources[1]])
print(any(r[0] == 'article' for r in sources.iter_rows(min_row=2, values_only=True)))
)")
                                                          .arg(QLatin1Char('"') + book + QLatin1Char('"')));
    BOOST_TEST(values.contains(QStringLiteral("['Values', 'Sources']")), values.toStdString());
    BOOST_TEST(values.contains(QStringLiteral("\nA2\n")));
    BOOST_TEST(values.contains(QStringLiteral("value unit")));
    BOOST_TEST(values.contains(QStringLiteral("money 276.48 #,##0.00\" 億元\" 億元 yyyy-mm-dd")), values.toStdString());
    BOOST_TEST(values.contains(QStringLiteral("share 0.399 0.00%")), values.toStdString()); // Gartner's 2022 39.9%
    BOOST_TEST(values.contains(QStringLiteral("wide True")));
    BOOST_TEST(values.contains(QStringLiteral("['source', 'title', 'publisher', 'published', 'url']")));
    BOOST_TEST(values.contains(QStringLiteral("\nTrue\n")));

    const QString scenario = dir.filePath(QStringLiteral("scenario.xlsx"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), sample,
                                  QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--csv"), scenario})
                            .exitCode,
                        0);
    const QString quarters = python(interpreter, QStringLiteral(R"(
import openpyxl
ws = openpyxl.load_workbook(%1).active
header = [c.value for c in ws[1]]
row = {h: c for h, c in zip(header, ws[2])}
print(row['period'].value, row['revenue'].value, row['margin'].number_format, type(row['ebita'].value).__name__)
)")
                                                            .arg(QLatin1Char('"') + scenario + QLatin1Char('"')));
    BOOST_TEST(quarters.trimmed().toStdString() == "FY2024 Q2 27648000000 0.00% int");
}

BOOST_AUTO_TEST_CASE(refused_rows_go_to_a_workbook_when_asked)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), db}).exitCode, 0);
    const QString errors = dir.filePath(QStringLiteral("refused.xlsx"));
    mixshift({QStringLiteral("import"), QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/bad-row-middle.csv"),
              QStringLiteral("--db"), db, QStringLiteral("--errors"), errors});
    BOOST_REQUIRE(QFile::exists(errors));
    // The importer reads it back: one refused row, line 6, "twenty-one".
    const QString check = dir.filePath(QStringLiteral("check.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), check}).exitCode, 0);
    const Run read = mixshift({QStringLiteral("import"), errors, QStringLiteral("--db"), check, QStringLiteral("--dry-run")});
    BOOST_TEST(read.out.contains(QStringLiteral("sheet: Refused rows")), read.out.toStdString() + read.err.toStdString());
    BOOST_TEST(read.out.contains(QStringLiteral("rows read: 1")));
}

BOOST_AUTO_TEST_SUITE_END()
