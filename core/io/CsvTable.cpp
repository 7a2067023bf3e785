#include "CsvTable.h"

#include "CsvReader.h"
#include "Error.h"

#include <QFile>

namespace mixshift {

CsvTable CsvTable::read(const QString& path, const QStringList& requiredColumns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, file.errorString()));

    CsvTable table;
    table.m_path = path;
    CsvReader reader(file);
    CsvRecord record;
    try {
        if (!reader.next(record))
            throw Error(tr("%1: is empty (a header row is expected)").arg(path));
        for (int i = 0; i < record.fields.size(); ++i)
            table.m_columns.insert(record.fields[i].trimmed(), i);
        for (const QString& column : requiredColumns) {
            if (!table.m_columns.contains(column))
                throw Error(tr("%1:1: the header has no column '%2'").arg(path, column));
        }
        while (reader.next(record)) {
            if (record.fields.size() == 1 && record.fields.front().trimmed().isEmpty())
                continue;
            if (record.fields.size() != table.m_columns.size())
                throw Error(tr("%1:%2: the row has %3 fields, the header %4")
                                        .arg(path)
                                        .arg(record.line)
                                        .arg(record.fields.size())
                                        .arg(table.m_columns.size()));
            if (record.problem)
                throw Error(tr("%1:%2: column %3: %4")
                                .arg(path)
                                .arg(record.line)
                                .arg(record.problem->column)
                                .arg(record.problem->reason));
            table.m_rows.append(Row{record.line, record.fields});
        }
    } catch (const CsvError& error) {
        throw Error(tr("%1:%2: column %3: %4").arg(path).arg(error.line()).arg(error.column()).arg(error.reason()));
    }
    return table;
}

QString CsvTable::cell(const Row& row, const QString& column) const
{
    const int index = m_columns.value(column, -1);
    return index >= 0 && index < row.fields.size() ? row.fields[index].trimmed() : QString();
}

QString CsvTable::describe(const Row& row, const QString& column, const QString& reason) const
{
    return tr("%1:%2: column '%3' ('%4'): %5").arg(m_path).arg(row.line).arg(column, cell(row, column), reason);
}

} // namespace mixshift
