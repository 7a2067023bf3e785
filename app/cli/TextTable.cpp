#include "TextTable.h"

#include "TerminalText.h"

#include <QTextStream>

#include <algorithm>

namespace mixshift::cli {

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
        row << TerminalText::clipped(cell, maxWidth);
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
                m_widths[i] = std::max(m_widths[i], TerminalText::displayWidth(row[i]));
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
            line += QString(std::max(0, m_widths.value(i) - TerminalText::displayWidth(cells[i])) + 2, QLatin1Char(' '));
    }
    m_out << line << '\n';
}

} // namespace mixshift::cli
