#pragma once

#include "ExportTable.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace mixshift {

/// Where an export's tables go, by the file's name: FILE.xlsx gets a workbook with a sheet per table (numbers
/// as numbers, formats, frozen header, fitted widths); any other name gets the first table as CSV. Every export
/// that offers CSV offers a workbook this way. Text cells are guarded against formula injection either way.
namespace TableFile {

bool isWorkbookPath(const QString& path);
/// Writes `tables` to `path` through OutputFile (all of it or nothing); throws Error naming the file.
void save(const QString& path, const QVector<ExportTable>& tables);
/// The workbook's bytes, for a caller that writes them itself; throws Error naming `file`, where they go.
QByteArray workbookBytes(const QVector<ExportTable>& tables, const QString& file);

} // namespace TableFile

} // namespace mixshift
