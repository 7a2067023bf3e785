#pragma once

#include "PointSeries.h"

#include <QString>

#include <functional>
#include <optional>

namespace mixshift::Analytics {

/// Growth against the period of the same length one year earlier; a period without that counterpart, or
/// whose counterpart is zero, is left out.
PointSeries yearOnYear(const PointSeries& series);
/// Growth against the adjacent earlier period of the same length.
PointSeries quarterOnQuarter(const PointSeries& series);
/// The earlier levels stated growth rates imply: for every period of `levels` that `growth` has a rate (a
/// fraction) for, level / (1 + rate) at the period of the same length `monthsBack` months earlier — Alibaba's
/// 276.48 億元 with +2% YoY implies 271.06 a year before. A rate of −100% or less implies nothing. Each point's
/// sources: `explain(level, rate)` first, then the level's and the rate's.
PointSeries impliedEarlier(const PointSeries& levels, const PointSeries& growth, int monthsBack,
                           const std::function<QString(const SeriesPoint& level, const SeriesPoint& rate)>& explain);
/// Compound annual growth from the period starting at `from` to the one starting at `to`.
std::optional<double> cagr(const PointSeries& series, const QDate& from, const QDate& to);
/// Trailing twelve months: each quarter with the three before it, where all four are present.
PointSeries trailingTwelveMonths(const PointSeries& series);
/// numerator ÷ denominator for the periods both have (margin = profit ÷ revenue, share = part ÷ total);
/// a zero denominator leaves the period out.
PointSeries ratio(const PointSeries& numerator, const PointSeries& denominator);
/// Each value as an index of the value of the period starting at `base` (= 100); empty without that period.
PointSeries index(const PointSeries& series, const QDate& base);
/// Values converted with a rate per period (`rate(start, end)`: units of the target per unit); periods
/// without a rate are left out.
PointSeries convert(const PointSeries& series, const std::function<std::optional<double>(const QDate&, const QDate&)>& rate);
/// Fiscal quarters laid onto calendar quarters. Flows are shared out by overlapping months (a quarter ending
/// in January gives a third of itself to the calendar quarter before); a calendar quarter is kept only when
/// all three of its months are covered. Quarters that already coincide are returned unchanged.
PointSeries calendarize(const PointSeries& series, bool flow);

/// The value one period earlier implied by a level and its growth: level ÷ (1 + growth).
double impliedEarlier(double level, double growth);
/// Herfindahl–Hirschman index of shares given as fractions (0.3999 for 39.99%): the sum of squared
/// percentages, 0 to 10,000.
double herfindahl(const QVector<double>& shares);
/// The sum of the `n` largest shares (CR3, CR5).
double concentration(QVector<double> shares, int n);

} // namespace mixshift::Analytics
