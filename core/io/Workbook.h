#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace mixshift {

/// One cell as the spreadsheet shows it: a percent-formatted 0.4 is "40%", a date-formatted serial number is
/// "2024-03-31", a formula is its saved result. `problem` is set for a cell that has no value to show (a
/// formula saved without its result); its text is then empty.
struct WorkbookCell
{
    int row = 0;
    int column = 0;
    QString text;
    QString problem;
};

/// A sheet's cells in row order, then column order; empty cells are left out.
struct WorkbookSheet
{
    QString name;
    QVector<WorkbookCell> cells;
    /// Rows (0-based) whose only content is one cell merged across several columns: title rows.
    QVector<int> mergedTitleRows;
    /// One past the last row and column holding a cell.
    int rowCount = 0;
    int columnCount = 0;
};

/// An .xlsx or .ods workbook read whole through liborcus (the import filters LibreOffice uses), chosen over
/// hand-written ZIP and XML parsing: it knows both formats' cell types, shared strings, styles and merged
/// ranges. Only what an import needs is kept: each cell's shown text. Throws Error naming the file for one that
/// cannot be read, and for legacy .xls (no packaged reader reports number formats, so a percentage would come
/// in as a plain number).
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)

public:
    /// A sheet holds at most this many cells once padded to its rectangle (rows × columns), so a stray cell far
    /// out cannot make a table of billions of empty cells.
    static constexpr qint64 maxGridCells = 50'000'000;
    /// A part of the archive (a sheet's XML) unpacks to at most this many bytes: 1 GiB, a sheet of millions of
    /// rows. See ZipDeclaredSize.h.
    static constexpr qint64 maxPartBytes = qint64(1) << 30;
    /// A workbook gives at most this many cells (all sheets): a sheet of a million rows by ten columns.
    static constexpr std::size_t maxCells = 10'000'000;

    /// True for a file named or made as an xlsx or ods workbook, or a legacy xls.
    static bool isWorkbook(const QString& path);
    static Workbook read(const QString& path);
    /// The same from the file's bytes already read; `path` names it in messages.
    static Workbook read(const QString& path, const QByteArray& content);

    const QString& path() const { return m_path; }
    const QVector<WorkbookSheet>& sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    /// The sheet called `name` (case-insensitive); empty `name`: the first sheet. Throws Error listing the sheets.
    const WorkbookSheet& sheet(const QString& name) const;

private:
    QString m_path;
    QVector<WorkbookSheet> m_sheets;
};

} // namespace mixshift
