#include "TextTable.h"

#include "TerminalText.h"

#include <QTextStream>

#include <algorithm>

namespace mixshift::cli {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

// The cell as shown: escaped, and cut to maxWidth display columns with an ellipsis. Every character takes at
// least one column, so the first maxWidth + 1 characters decide, however long the cell.
QString shown(const QString& cell)
{
    const QString head = cell.left(TextTable::maxWidth + 1);
    const QString text = TerminalText::escaped(head);
    if (head.size() == cell.size() && displayWidth(text) <= TextTable::maxWidth)
        return text;
    QString cut;
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (width + w > TextTable::maxWidth - 1)
            break;
        cut += QString::fromUcs4(&c, 1);
        width += w;
    }
    return cut + QStringLiteral("…");
}

} // namespace

TextTable::TextTable(QTextStream& out, const QStringList& header)
    : m_out(out)
{
    addRow(header);
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList row;
    row.reserve(cells.size());
    for (const QString& cell : cells)
        row << shown(cell);
    if (m_streaming) {
        writeRow(row);
        return;
    }
    m_pending.append(row);
    if (m_pending.size() > prefixRows) // the header and prefixRows rows
        finish();
}

void TextTable::finish()
{
    if (m_widths.isEmpty() && !m_pending.isEmpty()) {
        m_widths.fill(0, m_pending.front().size());
        for (const QStringList& row : std::as_const(m_pending))
            for (int i = 0; i < row.size() && i < m_widths.size(); ++i)
                m_widths[i] = std::max(m_widths[i], displayWidth(row[i]));
    }
    for (const QStringList& row : std::as_const(m_pending))
        writeRow(row);
    m_pending.clear();
    m_streaming = true;
}

void TextTable::writeRow(const QStringList& cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        line += cells[i];
        if (i + 1 < cells.size())
            line += QString(std::max(0, m_widths.value(i) - displayWidth(cells[i])) + 2, QLatin1Char(' '));
    }
    m_out << line << '\n';
}

} // namespace mixshift::cli
