#pragma once

#include <QStringList>
#include <QVector>

class QTextStream;

namespace mixshift::cli {

/// Columns aligned for a terminal; Chinese characters count as two columns, as terminals draw them.
class TextTable
{
public:
    explicit TextTable(const QStringList& header);

    void addRow(const QStringList& cells);
    void write(QTextStream& out) const;

private:
    QVector<QStringList> m_rows;
};

} // namespace mixshift::cli
