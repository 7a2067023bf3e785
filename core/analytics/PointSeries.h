#pragma once

#include <QDate>
#include <QStringList>
#include <QVector>

namespace mixshift {

/// One value of a series for one period, with the sources it rests on (two for a derived value).
struct SeriesPoint
{
    QDate start;
    QDate end;
    double value = 0;
    QStringList sources;

    int months() const { return (end.year() - start.year()) * 12 + end.month() - start.month() + 1; }
};

/// A series as analytics see it: points ordered by period start. A missing period is simply absent — a gap,
/// never a zero.
using PointSeries = QVector<SeriesPoint>;

} // namespace mixshift
