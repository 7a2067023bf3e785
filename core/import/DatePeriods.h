#pragma once

#include "ImportMapping.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace mixshift {

/// Periods from dates: a statement column headed `2018-12-31` is the year (or quarter) ending that day, a
/// trading day of a daily history lies within the quarter it is aggregated into.
namespace DatePeriods {

/// A period cell that is a plain date: 2018-12-31, 2018/12/31, 2018.12.31, 20181231; nothing otherwise.
std::optional<QDate> parseDate(const QString& text);

/// How far apart most of the dates are (their median gap): Day up to two weeks, then Month, Quarter, Year.
/// Automatic when fewer than two distinct dates are given.
PeriodLength spacing(QVector<QDate> dates);

/// The calendar range a date stands for. `containing`: the period of that length the date lies in (months and
/// quarters of the calendar, years of the provider's fiscal year); otherwise, for a month's last day, the period
/// of that length ending on it. Day and Automatic give nothing: a day is not a period MixShift stores.
std::optional<std::pair<QDate, QDate>> range(const QDate& date, PeriodLength length, bool containing,
                                             int fiscalYearEndMonth);

/// "day", "month", "quarter", "year" in a sentence; plural with `plural`.
QString lengthWord(PeriodLength length, bool plural = false);

} // namespace DatePeriods

} // namespace mixshift
