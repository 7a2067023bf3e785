#pragma once

#include "CsvSniffer.h"
#include "ImportMapping.h"

#include <utility>

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

/// A statement's line item split into its name and the unit in its brackets — `营业总收入(万元)` → 营业总收入,
/// 万元; `基本每股收益(元/股)` → 基本每股收益, 元 — when the brackets hold a unit; otherwise the whole label
/// is the name (`净利润(含少数股东损益)`).
std::pair<QString, QString> labelNameAndUnit(const QString& label);

/// Whether a header's first cell labels the line items of a statement: 报告日期, Report date, 科目, 项目, Item.
bool isLineItemHeading(const QString& cell);

} // namespace MappingGuesser

} // namespace mixshift
