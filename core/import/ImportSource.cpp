#include "ImportSource.h"

#include "io/CsvWriter.h"
#include "io/Workbook.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <utility>

namespace mixshift {

QString ImportSource::clipboardName()
{
    return QStringLiteral("clipboard");
}

ImportSource ImportSource::file(const QString& path, const QString& sheet)
{
    if (Workbook::isWorkbook(path))
        return ImportSource::sheet(std::make_shared<const Workbook>(Workbook::read(path)), sheet);
    if (!sheet.isEmpty())
        throw Error(tr("%1: --sheet is for workbooks (.xlsx, .ods); this is a text file").arg(path));
    ImportSource source;
    source.m_path = path;
    source.m_name = QFileInfo(path).fileName();
    return source;
}

ImportSource ImportSource::sheet(std::shared_ptr<const Workbook> book, const QString& sheetName)
{
    const WorkbookSheet& sheet = book->sheet(sheetName);
    // A table that starts right of column A starts the text: an empty first column would make the header's
    // first cell look like a corner label.
    int firstColumn = sheet.columnCount;
    for (const WorkbookCell& cell : sheet.cells)
        firstColumn = std::min(firstColumn, cell.column);
    QVector<QStringList> rows(sheet.rowCount);
    QHash<qint64, QVector<CsvCellProblem>> problems;
    for (const WorkbookCell& cell : sheet.cells) {
        QStringList& row = rows[cell.row];
        if (row.isEmpty())
            row.resize(sheet.columnCount - firstColumn);
        row[cell.column - firstColumn] = cell.text;
        if (!cell.problem.isEmpty())
            problems[cell.row + 1].append(CsvCellProblem{cell.column - firstColumn + 1, cell.problem});
    }
    // Recorded as the batch's file: the same words in every interface language.
    ImportSource source = inMemory(QStringLiteral("%1 [%2]").arg(QFileInfo(book->path()).fileName(), sheet.name), rows);
    source.m_path = book->path();
    source.m_sheet = sheet.name;
    source.m_book = std::move(book);
    source.m_problems = std::move(problems);
    // Titles merged across the table at its top: the header is below them, whatever its cells look like.
    int row = 0;
    bool merged = false;
    while (row < sheet.rowCount && (rows[row].isEmpty() || sheet.mergedTitleRows.contains(row))) {
        merged = merged || sheet.mergedTitleRows.contains(row);
        ++row;
    }
    source.m_titleRecords = merged ? row : 0;
    return source;
}

ImportSource ImportSource::pastedText(const QString& text)
{
    ImportSource source;
    source.m_name = clipboardName();
    // A BOM, so the sniffer reads the text as the UTF-8 it is.
    source.m_text = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (text.contains(QLatin1Char('\t'))) {
        CsvFormat format;
        format.delimiter = QLatin1Char('\t');
        source.m_format = format;
    }
    return source;
}

ImportSource ImportSource::pastedTable(const QVector<QStringList>& rows)
{
    int width = 0;
    for (const QStringList& row : rows)
        width = std::max(width, static_cast<int>(row.size()));
    QVector<QStringList> padded = rows;
    for (QStringList& row : padded)
        if (!row.isEmpty())
            row.resize(width);
    return inMemory(clipboardName(), padded);
}

ImportSource ImportSource::inMemory(const QString& name, const QVector<QStringList>& rows)
{
    ImportSource source;
    source.m_name = name;
    QString text;
    for (const QStringList& row : rows)
        text += row.isEmpty() ? QStringLiteral("\n") : CsvWriter::plainRecord(row);
    source.m_text = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    source.m_format = CsvFormat();
    return source;
}

std::unique_ptr<QIODevice> ImportSource::open() const
{
    if (!isInMemory()) {
        auto file = std::make_unique<QFile>(m_path);
        if (!file->open(QIODevice::ReadOnly))
            throw Error(tr("%1: cannot be read: %2").arg(m_path, file->errorString()));
        return file;
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(m_text);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

} // namespace mixshift
