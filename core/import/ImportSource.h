#pragma once

#include "io/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QIODevice;

namespace mixshift {

class Workbook;
struct WorkbookSheet;

/// What an import reads: a CSV file on disk, one sheet of a workbook, or a table pasted from the clipboard. The
/// last two become CSV text in memory (one record per sheet row, so a record's line is the sheet's row number),
/// read by the same reader, sniffer and importer as a file: one import path for every kind of input.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    /// The name an import of the clipboard records as its file.
    static QString clipboardName();

    /// A file: a workbook (.xlsx, .ods, recognised by content) is read whole and `sheet` taken from it (empty:
    /// the first); anything else is a CSV file, read when imported (`sheet` must then be empty). Throws Error.
    static ImportSource file(const QString& path, const QString& sheet = {});
    /// One sheet of a workbook already read (the wizard reads a workbook once for all its sheets).
    static ImportSource sheet(std::shared_ptr<const Workbook> book, const QString& sheet);
    /// Text pasted from a spreadsheet or a web page: tab-separated when it has tabs, else CSV as it comes.
    static ImportSource pastedText(const QString& text);
    /// A table pasted as HTML, its cells' text row by row.
    static ImportSource pastedTable(const QVector<QStringList>& rows);

    /// Where it came from: the file's path, empty for the clipboard.
    const QString& path() const { return m_path; }
    /// The name recorded as the import's file and used in messages: "book.xlsx [Revenue]", "clipboard".
    const QString& name() const { return m_name; }
    /// The workbook's sheet; empty for a CSV file or the clipboard.
    const QString& sheetName() const { return m_sheet; }
    /// The workbook the sheet is of, for choosing another; null for a CSV file or the clipboard.
    const std::shared_ptr<const Workbook>& workbook() const { return m_book; }
    bool isWorkbookSheet() const { return !m_sheet.isEmpty(); }
    /// How the text is written, when the source knows (made in memory); nullopt for a file, to be sniffed.
    const std::optional<CsvFormat>& knownFormat() const { return m_format; }
    /// Leading records that are titles whatever the sniffer thinks (a workbook's merged title cells).
    int titleRecords() const { return m_titleRecords; }

    /// A sheet or a pasted table: its text is held here, not read from a file.
    bool isInMemory() const { return m_format.has_value() || !m_text.isEmpty(); }
    /// The text to read, from its start. Throws Error naming the source when it cannot be opened.
    std::unique_ptr<QIODevice> open() const;
    /// The sheet cells of a 1-based line that have no value to read (formulas saved without their result).
    QVector<CsvCellProblem> problemsAt(qint64 line) const { return m_problems.value(line); }

private:
    static ImportSource inMemory(const QString& name, const QVector<QStringList>& rows);

    QString m_path;
    QString m_name;
    QString m_sheet;
    std::shared_ptr<const Workbook> m_book;
    std::optional<CsvFormat> m_format;
    int m_titleRecords = 0;
    QByteArray m_text;
    QHash<qint64, QVector<CsvCellProblem>> m_problems;
};

} // namespace mixshift
