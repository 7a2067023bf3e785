#include "TableFile.h"

#include "CsvFormulaGuard.h"
#include "CsvWriter.h"
#include "Error.h"
#include "OutputFile.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>
#include <map>

namespace mixshift::TableFile {

namespace {

// A worksheet holds 1,048,576 rows (the header takes one) and 32,767 characters a cell.
constexpr qsizetype maxRows = 1048576 - 1;
constexpr qsizetype maxCellChars = 32767;

// Columns as wide as their widest cell (a CJK character counts twice), within reason.
double widthOf(const QString& text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(QString name, QStringList& taken)
{
    for (const QChar bad : {'[', ']', ':', '*', '?', '/', '\\'})
        name.replace(bad, QLatin1Char(' '));
    name = name.trimmed().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n)
        unique = name.left(31 - 1 - QString::number(n).size()) + QLatin1Char(' ') + QString::number(n);
    taken << unique;
    return unique;
}

class Book
{
public:
    Book(const QString& file, const QString& tmpdir)
    {
        m_tmpdir = QFile::encodeName(tmpdir);
        lxw_workbook_options options{};
        options.tmpdir = m_tmpdir.data();
        m_book = workbook_new_opt(QFile::encodeName(file).constData(), &options);
        if (!m_book)
            throw Error(QCoreApplication::translate("TableFile", "the workbook could not be started"));
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.00%");
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd");
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book); // only after a failure: close() has not run
    }

    void add(const ExportTable& table, QStringList& names)
    {
        if (table.rows.size() > maxRows)
            throw Error(QCoreApplication::translate("TableFile", "%1 rows are more than a worksheet holds (1,048,576); export CSV instead")
                            .arg(table.rows.size()));
        lxw_worksheet* sheet = workbook_add_worksheet(m_book, sheetName(table.name, names).toUtf8().constData());
        if (!sheet)
            throw Error(QCoreApplication::translate("TableFile", "the sheet '%1' could not be added").arg(table.name));
        QVector<double> widths(table.columns.size(), 8);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c),
                                         safeText(table.columns[c].name).constData(), m_bold));
            widths[c] = std::max(widths[c], widthOf(table.columns[c].name) + 2);
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QVector<ExportCell>& row = table.rows[r];
            for (qsizetype c = 0; c < row.size() && c < table.columns.size(); ++c) {
                const double shown = write(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                           table.columns[c], row[c]);
                widths[c] = std::max(widths[c], shown);
            }
        }
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 std::min(widths[c] + 1, 60.0), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
    }

    void close()
    {
        lxw_workbook* book = std::exchange(m_book, nullptr);
        if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
            throw Error(QCoreApplication::translate("TableFile", "the workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    }

private:
    static QByteArray safeText(const QString& text)
    {
        return CsvFormulaGuard::protect(text).left(maxCellChars).toUtf8();
    }

    static void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR)
            throw Error(QCoreApplication::translate("TableFile", "a cell could not be written: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    }

    lxw_format* moneyFormat(const QString& unit)
    {
        auto& format = m_money[unit];
        if (!format) {
            format = workbook_add_format(m_book);
            QString quoted = unit;
            quoted.replace(QLatin1Char('"'), QString());
            const QString code = unit.isEmpty() ? QStringLiteral("#,##0.00")
                                                : QStringLiteral("#,##0.00\" %1\"").arg(quoted);
            m_formatCodes.push_back(code.toUtf8());
            format_set_num_format(format, m_formatCodes.back().constData());
        }
        return format;
    }

    // Writes one cell; returns the width it wants.
    double write(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const ExportColumn& column,
                 const ExportCell& cell)
    {
        const ColumnFormat format = cell.format.value_or(column.format);
        const QString& unit = cell.format ? cell.unit : column.unit;
        if (format == ColumnFormat::Date) {
            const QDate date = QDate::fromString(cell.text, Qt::ISODate);
            if (date.isValid()) {
                lxw_datetime at{date.year(), date.month(), date.day(), 0, 0, 0};
                check(worksheet_write_datetime(sheet, row, col, &at, m_date));
                return 11;
            }
        } else if (format != ColumnFormat::Text && cell.number && std::isfinite(*cell.number)) {
            const double value = *cell.number;
            if (format == ColumnFormat::Percent) {
                check(worksheet_write_number(sheet, row, col, value, m_percent));
                return 9;
            }
            if (format == ColumnFormat::Money) {
                check(worksheet_write_number(sheet, row, col, value, moneyFormat(unit)));
                return 14 + widthOf(unit);
            }
            check(worksheet_write_number(sheet, row, col, value, nullptr));
            return std::min(widthOf(cell.text), 17.0);
        }
        if (cell.text.isEmpty())
            return 0;
        check(worksheet_write_string(sheet, row, col, safeText(cell.text).constData(), nullptr));
        return widthOf(cell.text);
    }

    QByteArray m_tmpdir;
    lxw_workbook* m_book = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_date = nullptr;
    std::map<QString, lxw_format*> m_money;
    // The format codes live until the workbook is closed (libxlsxwriter keeps the pointers).
    std::vector<QByteArray> m_formatCodes;
};

// The workbook's bytes: libxlsxwriter writes to a file of its own, a private temporary one.
QByteArray workbookOf(const QVector<ExportTable>& tables)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(
            QCoreApplication::translate("TableFile", "no temporary folder for the workbook: %1").arg(dir.errorString()));
    const QString file = dir.filePath(QStringLiteral("export.xlsx"));
    {
        Book book(file, dir.path());
        QStringList names;
        for (const ExportTable& table : tables)
            book.add(table, names);
        book.close();
    }
    QFile written(file);
    if (!written.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("TableFile", "the workbook could not be read back: %1")
                        .arg(written.errorString()));
    return written.readAll();
}

} // namespace

bool isWorkbookPath(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

QByteArray workbookBytes(const QVector<ExportTable>& tables, const QString& file)
{
    try {
        return workbookOf(tables);
    } catch (const Error& error) {
        throw Error(QStringLiteral("%1: %2").arg(file, error.message()));
    }
}

void save(const QString& path, const QVector<ExportTable>& tables)
{
    if (isWorkbookPath(path)) {
        OutputFile::save(path, workbookBytes(tables, path));
        return;
    }
    QVector<QStringList> records;
    if (!tables.isEmpty()) {
        records.append(tables.front().header());
        for (const QVector<ExportCell>& row : tables.front().rows) {
            QStringList fields;
            for (const ExportCell& cell : row)
                fields << cell.text;
            records.append(fields);
        }
    }
    CsvWriter::writeFile(path, records);
}

} // namespace mixshift::TableFile
