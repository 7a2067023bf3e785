#pragma once

#include "ImportReport.h"
#include "io/ExportTable.h"
#include "io/OutputFile.h"

#include <QString>

#include <optional>

namespace mixshift {

/// The refused rows of an import as CSV — file, line, column, column_name, text, reason — every one of them,
/// written as the import meets them (the summary keeps only the first Importer::keptRejections); or, for a path
/// ending in .xlsx, as a workbook written at commit(). Written whole or not at all (OutputFile); the command
/// line's --errors and the wizard's export both write through it.
class RefusedRowsFile
{
public:
    /// Throws Error naming `path` when it cannot be created.
    RefusedRowsFile(const QString& path, const QString& importedFileName);

    /// Never throws (it serves as the import's onRejection); a failed write is reported by commit().
    void add(const Rejection& rejection);
    void commit();
    const QString& path() const { return m_file.path(); }

private:
    OutputFile m_file;
    QString m_importedFileName;
    /// For a workbook: the rows until commit().
    std::optional<ExportTable> m_table;
};

} // namespace mixshift
