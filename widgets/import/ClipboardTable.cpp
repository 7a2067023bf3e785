#include "ClipboardTable.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace mixshift::ClipboardTable {

namespace {

QTextTable* firstTable(QTextFrame* frame)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            return table;
        if (QTextTable* inner = firstTable(child))
            return inner;
    }
    return nullptr;
}

QString cellText(const QTextTableCell& cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    // Paragraphs inside a cell are one line in a table row.
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' ')).simplified();
}

} // namespace

QVector<QStringList> htmlRows(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QTextTable* table = firstTable(document.rootFrame());
    if (!table)
        return {};
    QVector<QStringList> rows;
    for (int r = 0; r < table->rows(); ++r) {
        QStringList row;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            row << (cell.row() == r && cell.column() == c ? cellText(cell) : QString());
        }
        rows.append(row);
    }
    return rows;
}

std::optional<ImportSource> source(const QMimeData* data)
{
    if (!data)
        return std::nullopt;
    const QString text = data->hasText() ? data->text() : QString();
    if (text.contains(QLatin1Char('\t')))
        return ImportSource::pastedText(text);
    if (data->hasHtml()) {
        const QVector<QStringList> rows = htmlRows(data->html());
        if (!rows.isEmpty())
            return ImportSource::pastedTable(rows);
    }
    if (!text.trimmed().isEmpty())
        return ImportSource::pastedText(text);
    return std::nullopt;
}

} // namespace mixshift::ClipboardTable
