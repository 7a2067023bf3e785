#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace mixshift::CsvWriter {

/// One RFC 4180 record with its line ending: fields holding the delimiter, a quote or a line break are
/// quoted, quotes inside them doubled. A text field a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`)
/// is written with a leading apostrophe (see CsvFormulaGuard); plain numbers such as `-0.5` are written as they are.
QString record(const QStringList& fields, QChar delimiter = QLatin1Char(','));
/// The same without the formula guard: for CSV text that only MixShift reads (a sheet turned into CSV in memory),
/// so that the importer's unprotect() sees each cell exactly as the sheet holds it.
QString plainRecord(const QStringList& fields);

/// Writes `records` as the whole file `path` (UTF-8, through OutputFile: all of it or nothing); throws Error
/// naming the file.
void writeFile(const QString& path, const QVector<QStringList>& records);

} // namespace mixshift::CsvWriter
