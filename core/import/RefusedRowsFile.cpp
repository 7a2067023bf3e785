#include "RefusedRowsFile.h"

#include "io/CsvWriter.h"
#include "io/TableFile.h"

namespace mixshift {

namespace {

const QStringList header{"file", "line", "column", "column_name", "text", "reason"};

} // namespace

RefusedRowsFile::RefusedRowsFile(const QString& path, const QString& importedFileName)
    : m_file(path), m_importedFileName(importedFileName)
{
    if (TableFile::isWorkbookPath(path)) {
        m_table = ExportTable::fromRecords(QStringLiteral("Refused rows"), {header});
        m_table->columns[1].format = ColumnFormat::Number;
        m_table->columns[2].format = ColumnFormat::Number;
    } else {
        m_file.write(CsvWriter::record(header));
    }
}

void RefusedRowsFile::add(const Rejection& r)
{
    if (m_table) {
        m_table->rows.append({m_importedFileName, ExportCell(static_cast<double>(r.line), QString::number(r.line)),
                              ExportCell(r.column, QString::number(r.column)), r.columnName, r.text, r.reason});
        return;
    }
    m_file.write(CsvWriter::record({m_importedFileName, QString::number(r.line), QString::number(r.column),
                                    r.columnName, r.text, r.reason}));
}

void RefusedRowsFile::commit()
{
    if (m_table)
        m_file.write(TableFile::workbookBytes({*m_table}, m_file.path()));
    m_file.commit();
}

} // namespace mixshift
