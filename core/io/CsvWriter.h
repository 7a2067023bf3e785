#pragma once

#include <QString>
#include <QStringList>

namespace mixshift::CsvWriter {

/// One RFC 4180 record with its line ending: fields holding the delimiter, a quote or a line break are
/// quoted, quotes inside them doubled.
QString record(const QStringList& fields, QChar delimiter = QLatin1Char(','));

} // namespace mixshift::CsvWriter
