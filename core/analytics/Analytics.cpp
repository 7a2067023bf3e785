#include "Analytics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace mixshift::Analytics {

namespace {

// Points keyed by their period, to find counterparts.
QHash<std::pair<qint64, qint64>, const SeriesPoint*> byPeriod(const PointSeries& series)
{
    QHash<std::pair<qint64, qint64>, const SeriesPoint*> points;
    for (const SeriesPoint& p : series)
        points.insert({p.start.toJulianDay(), p.end.toJulianDay()}, &p);
    return points;
}

const SeriesPoint* find(const QHash<std::pair<qint64, qint64>, const SeriesPoint*>& points, const QDate& start,
                        const QDate& end)
{
    return points.value({start.toJulianDay(), end.toJulianDay()}, nullptr);
}

QStringList joined(const QStringList& a, const QStringList& b)
{
    QStringList sources = a;
    for (const QString& s : b)
        if (!sources.contains(s))
            sources << s;
    return sources;
}

// Growth of each point against the point `monthsBack` months earlier with the same length.
PointSeries growthAgainst(const PointSeries& series, int monthsBack)
{
    const auto points = byPeriod(series);
    PointSeries result;
    for (const SeriesPoint& p : series) {
        const int back = monthsBack > 0 ? monthsBack : p.months();
        const SeriesPoint* earlier = find(points, p.start.addMonths(-back), p.end.addDays(1).addMonths(-back).addDays(-1));
        if (!earlier || earlier->value == 0)
            continue;
        result.append({p.start, p.end, p.value / earlier->value - 1.0, joined(p.sources, earlier->sources)});
    }
    return result;
}

} // namespace

PointSeries yearOnYear(const PointSeries& series)
{
    return growthAgainst(series, 12);
}

PointSeries quarterOnQuarter(const PointSeries& series)
{
    return growthAgainst(series, 0);
}

PointSeries impliedEarlier(const PointSeries& levels, const PointSeries& growth, int monthsBack,
                           const std::function<QString(const SeriesPoint& level, const SeriesPoint& rate)>& explain)
{
    PointSeries result;
    for (const SeriesPoint& level : levels) {
        for (const SeriesPoint& rate : growth) {
            if (rate.start != level.start || rate.end != level.end || rate.value <= -1)
                continue;
            SeriesPoint earlier;
            earlier.start = level.start.addMonths(-monthsBack);
            earlier.end = level.end.addDays(1).addMonths(-monthsBack).addDays(-1);
            earlier.value = impliedEarlier(level.value, rate.value);
            earlier.sources << explain(level, rate);
            for (const QString& source : level.sources + rate.sources)
                if (!earlier.sources.contains(source))
                    earlier.sources << source;
            result.append(earlier);
            break;
        }
    }
    std::sort(result.begin(), result.end(), [](const SeriesPoint& a, const SeriesPoint& b) { return a.start < b.start; });
    return result;
}

std::optional<double> cagr(const PointSeries& series, const QDate& from, const QDate& to)
{
    const SeriesPoint* first = nullptr;
    const SeriesPoint* last = nullptr;
    for (const SeriesPoint& p : series) {
        if (p.start == from)
            first = &p;
        if (p.start == to)
            last = &p;
    }
    if (!first || !last || first->value <= 0 || last->value <= 0 || from >= to)
        return std::nullopt;
    const double years = from.daysTo(to) / 365.25;
    return std::pow(last->value / first->value, 1.0 / years) - 1.0;
}

PointSeries trailingTwelveMonths(const PointSeries& series)
{
    const auto points = byPeriod(series);
    PointSeries result;
    for (const SeriesPoint& p : series) {
        if (p.months() != 3)
            continue;
        double sum = 0;
        QStringList sources;
        bool complete = true;
        for (int back = 0; back < 4 && complete; ++back) {
            const SeriesPoint* q = find(points, p.start.addMonths(-3 * back), p.end.addDays(1).addMonths(-3 * back).addDays(-1));
            complete = q != nullptr;
            if (q) {
                sum += q->value;
                sources = joined(sources, q->sources);
            }
        }
        if (complete)
            result.append({p.start.addMonths(-9), p.end, sum, sources});
    }
    return result;
}

PointSeries ratio(const PointSeries& numerator, const PointSeries& denominator)
{
    const auto points = byPeriod(denominator);
    PointSeries result;
    for (const SeriesPoint& p : numerator) {
        const SeriesPoint* d = find(points, p.start, p.end);
        if (!d || d->value == 0)
            continue;
        result.append({p.start, p.end, p.value / d->value, joined(p.sources, d->sources)});
    }
    return result;
}

PointSeries index(const PointSeries& series, const QDate& base)
{
    const auto found = std::find_if(series.cbegin(), series.cend(), [&](const SeriesPoint& p) { return p.start == base; });
    if (found == series.cend() || found->value == 0)
        return {};
    PointSeries result;
    for (const SeriesPoint& p : series)
        if (p.months() == found->months())
            result.append({p.start, p.end, p.value / found->value * 100.0, joined(p.sources, found->sources)});
    return result;
}

PointSeries convert(const PointSeries& series, const std::function<std::optional<double>(const QDate&, const QDate&)>& rate)
{
    PointSeries result;
    for (const SeriesPoint& p : series)
        if (const auto r = rate(p.start, p.end))
            result.append({p.start, p.end, p.value * *r, p.sources});
    return result;
}

PointSeries calendarize(const PointSeries& series, bool flow)
{
    // Each month's share of the value of the quarter that holds it.
    struct MonthShare
    {
        double value;
        const SeriesPoint* from;
    };
    QHash<qint64, MonthShare> months;
    for (const SeriesPoint& p : series) {
        if (p.months() != 3)
            continue;
        for (int m = 0; m < 3; ++m)
            months.insert(p.start.addMonths(m).toJulianDay(), {flow ? p.value / 3.0 : p.value, &p});
    }
    PointSeries result;
    QDate first;
    QDate last;
    for (const SeriesPoint& p : series) {
        if (p.months() != 3)
            continue;
        first = first.isValid() ? std::min(first, p.start) : p.start;
        last = last.isValid() ? std::max(last, p.end) : p.end;
    }
    if (!first.isValid())
        return result;
    for (QDate q(first.year(), (first.month() - 1) / 3 * 3 + 1, 1); q <= last; q = q.addMonths(3)) {
        double sum = 0;
        QStringList sources;
        QHash<const SeriesPoint*, int> monthsFrom;
        bool complete = true;
        for (int m = 0; m < 3 && complete; ++m) {
            const auto found = months.constFind(q.addMonths(m).toJulianDay());
            complete = found != months.constEnd();
            if (complete) {
                sum += found->value;
                sources = joined(sources, found->from->sources);
                ++monthsFrom[found->from];
            }
        }
        if (!complete)
            continue;
        double value = sum;
        if (monthsFrom.size() == 1) {
            value = monthsFrom.cbegin().key()->value; // the quarter coincides: exactly its value
        } else if (!flow) {
            // A level or ratio is not shared out: take the quarter covering most of the calendar quarter.
            const auto most = std::max_element(monthsFrom.cbegin(), monthsFrom.cend());
            value = most.key()->value;
        }
        result.append({q, q.addMonths(3).addDays(-1), value, sources});
    }
    return result;
}

double impliedEarlier(double level, double growth)
{
    return level / (1.0 + growth);
}

double herfindahl(const QVector<double>& shares)
{
    double sum = 0;
    for (const double s : shares)
        sum += (s * 100.0) * (s * 100.0);
    return sum;
}

double concentration(QVector<double> shares, int n)
{
    std::sort(shares.begin(), shares.end(), std::greater<>());
    double sum = 0;
    for (int i = 0; i < n && i < shares.size(); ++i)
        sum += shares[i];
    return sum;
}

} // namespace mixshift::Analytics
