#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace mixshift {

/// How a column's numbers are shown in a workbook. CSV writes every cell's text as it is.
enum class ColumnFormat {
    Text,
    /// A number as it is (General).
    Number,
    /// A fraction shown as a percentage: 0.3999 → 39.99%.
    Percent,
    /// A number shown with two decimals and its unit, e.g. 276.48 億元 (the unit is the column's).
    Money,
    /// An ISO date (yyyy-mm-dd), stored as a date.
    Date,
};

struct ExportColumn
{
    QString name;
    ColumnFormat format = ColumnFormat::Text;
    /// For Money: the unit shown after the number ("億元", "bn USD").
    QString unit;
};

/// One cell: the text CSV writes, and for a number column the number a workbook stores (the text then is its
/// CSV spelling). A cell without a number in a number column is written as its text.
struct ExportCell
{
    QString text;
    std::optional<double> number;
    /// This cell's own format and unit, where a column mixes kinds (a query's values: shares and money).
    std::optional<ColumnFormat> format;
    QString unit;

    ExportCell() = default;
    ExportCell(const QString& text) : text(text) {}
    ExportCell(const char* text) : text(QString::fromUtf8(text)) {}
    ExportCell(double value, const QString& text) : text(text), number(value) {}
};

/// A table as exports write it, to CSV (the header and the cells' texts) or to a workbook (a sheet of typed
/// cells): built once by whatever exports, written by either.
struct ExportTable
{
    /// The sheet's name in a workbook.
    QString name;
    QVector<ExportColumn> columns;
    QVector<QVector<ExportCell>> rows;

    /// A table from CSV-style records (the first is the header): columns of plain numbers are number columns.
    static ExportTable fromRecords(const QString& name, const QVector<QStringList>& records);
    /// The same from CSV text MixShift wrote (the guard's apostrophes taken off again).
    static ExportTable fromCsv(const QString& name, const QString& csv);
    QStringList header() const;
};

} // namespace mixshift
