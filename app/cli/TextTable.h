#pragma once

#include <QStringList>
#include <QVector>

class QTextStream;

namespace mixshift::cli {

/// Columns aligned for a terminal, written as the rows come: Chinese characters count as two columns, as
/// terminals draw them; control and bidirectional-override characters are shown escaped (TerminalText); a cell
/// wider than maxWidth display columns is cut with an ellipsis.
///
/// The widths come from the header and the first prefixRows rows, which are held back until then (cut cells:
/// bounded memory). Rows after them are written at once, padded to those widths — so any number of rows streams
/// at constant memory; a later cell wider than its column (at most maxWidth) is written whole and pushes the rest
/// of its row to the right rather than being cut further.
class TextTable
{
public:
    static constexpr int maxWidth = 60;
    static constexpr int prefixRows = 10000;

    TextTable(QTextStream& out, const QStringList& header);

    void addRow(const QStringList& cells);
    /// Writes the rows still held back; call once after the last row.
    void finish();

private:
    void writeRow(const QStringList& cells);

    QTextStream& m_out;
    QVector<QStringList> m_pending;
    QVector<int> m_widths;
    bool m_streaming = false;
};

} // namespace mixshift::cli
