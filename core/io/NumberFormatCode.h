#pragma once

#include <QString>

namespace mixshift {

/// What a spreadsheet number format shows a number as, from its code ("0.0%", "yyyy-mm-dd", "#,##0") or,
/// for the formats built into xlsx that files name by number only, from that number.
enum class ShownAs { Number, Percent, Date, DateTime, Time };

namespace NumberFormatCode {

ShownAs classify(const QString& code);
/// xlsx's built-in format ids (ECMA-376 §18.8.30): 9–10 percent, 14–17 and 22 dates, 18–21 and 45–47 times.
ShownAs classifyBuiltin(int id);

} // namespace NumberFormatCode

} // namespace mixshift
