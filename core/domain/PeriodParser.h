#pragma once

#include "Period.h"

#include <QString>

#include <optional>

namespace mixshift::PeriodParser {

/// Reads a period label as analysts write it; fiscal labels resolve through the provider's fiscal-year-end
/// month. Accepted: `2023Q3`, `2023 Q3`, `Q3 2023`, `3Q23`, `2023-09-30` (a quarter's last day is that quarter;
/// any other day, its month), `2023-09`, `2023`, `FY2024 Q2`, `FY24Q2`, `Q2 FY2024`, `FY2024`,
/// `2024財年第二財季`, `2024财年Q2`, `2024財年`, `2023年第三季度`, `2023年Q3`, `2023年9月`, `2023年`.
/// Years outside [minYear, maxYear] are refused: a `0000` or `9999` is a typo or a placeholder, not data.
std::optional<Period> parse(const QString& label, int fiscalYearEndMonth);

constexpr int minYear = 1800;
constexpr int maxYear = 2200;

/// True for a date whose year lies in [minYear, maxYear] (for periods given as start and end dates).
bool isPlausible(const QDate& date);

} // namespace mixshift::PeriodParser
