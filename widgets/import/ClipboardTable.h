#pragma once

#include "import/ImportSource.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QMimeData;

namespace mixshift {

/// What Edit › Paste imports: a table copied from a spreadsheet (Excel and LibreOffice put tab-separated text on
/// the clipboard) or from a web page (an HTML table, taken when the text has no tabs). nullopt when the clipboard
/// holds no table.
namespace ClipboardTable {

std::optional<ImportSource> source(const QMimeData* data);
/// The first table of an HTML fragment, its cells' text row by row (a spanned cell's text in its first place).
QVector<QStringList> htmlRows(const QString& html);

} // namespace ClipboardTable

} // namespace mixshift
