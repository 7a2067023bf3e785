#include "ExportTable.h"

#include "CsvFormulaGuard.h"
#include "CsvReader.h"

#include <QBuffer>

namespace mixshift {

ExportTable ExportTable::fromRecords(const QString& name, const QVector<QStringList>& records)
{
    ExportTable table;
    table.name = name;
    if (records.isEmpty())
        return table;
    // A column whose every filled cell is a plain number is a number column.
    QVector<bool> numeric(records.front().size(), true);
    QVector<bool> anyNumber(records.front().size(), false);
    for (qsizetype r = 1; r < records.size(); ++r) {
        QVector<ExportCell> row;
        for (qsizetype c = 0; c < records[r].size(); ++c) {
            const QString& cell = records[r][c];
            bool ok = false;
            const double value = cell.toDouble(&ok);
            if (ok && c < anyNumber.size())
                anyNumber[c] = true;
            if (ok)
                row.append(ExportCell(value, cell));
            else
                row.append(ExportCell(cell));
            if (!ok && !cell.isEmpty() && c < numeric.size())
                numeric[c] = false;
        }
        table.rows.append(row);
    }
    for (qsizetype c = 0; c < records.front().size(); ++c)
        table.columns.append(
            {records.front()[c], numeric[c] && anyNumber[c] ? ColumnFormat::Number : ColumnFormat::Text, {}});
    // A text column keeps its numbers as text: a provider named 360 stays a name.
    for (QVector<ExportCell>& row : table.rows)
        for (qsizetype c = 0; c < row.size() && c < numeric.size(); ++c)
            if (!numeric[c] || !anyNumber[c])
                row[c].number.reset();
    return table;
}

ExportTable ExportTable::fromCsv(const QString& name, const QString& csv)
{
    QBuffer buffer;
    buffer.setData(csv.toUtf8());
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QVector<QStringList> records;
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (const QString& field : record.fields)
            fields << CsvFormulaGuard::unprotect(field);
        records.append(fields);
    }
    return fromRecords(name, records);
}

QStringList ExportTable::header() const
{
    QStringList names;
    for (const ExportColumn& column : columns)
        names << column.name;
    return names;
}

} // namespace mixshift
