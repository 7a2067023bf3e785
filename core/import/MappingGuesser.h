#pragma once

#include "CsvSniffer.h"
#include "ImportMapping.h"

namespace mixshift {

class Catalog;

/// A first mapping for a file nobody has mapped yet: columns recognised by their header (English, Chinese,
/// German and the names `mixshift query --format csv` writes), and the wide layout when value columns are
/// headed by periods, providers or metrics.
namespace MappingGuesser {

ImportMapping guess(const SniffResult& sniff, Catalog& catalog);

/// The header cell without a unit in brackets: "收入(億元)" → "收入".
QString headerName(const QString& cell);
/// The unit a header states in brackets: "Revenue (US$ bn)" → "US$ bn"; empty when it states none.
QString headerUnit(const QString& cell);

} // namespace MappingGuesser

} // namespace mixshift
