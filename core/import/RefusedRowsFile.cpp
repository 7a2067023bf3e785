#include "RefusedRowsFile.h"

#include "io/CsvWriter.h"

namespace mixshift {

RefusedRowsFile::RefusedRowsFile(const QString& path, const QString& importedFileName)
    : m_file(path), m_importedFileName(importedFileName)
{
    m_file.write(CsvWriter::record({"file", "line", "column", "column_name", "text", "reason"}));
}

void RefusedRowsFile::add(const Rejection& r)
{
    m_file.write(CsvWriter::record({m_importedFileName, QString::number(r.line), QString::number(r.column),
                                    r.columnName, r.text, r.reason}));
}

void RefusedRowsFile::commit()
{
    m_file.commit();
}

} // namespace mixshift
