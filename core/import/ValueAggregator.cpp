#include "ValueAggregator.h"

#include <QLocale>

#include <algorithm>

namespace mixshift {

namespace {

QString identity(const MappedValue& v)
{
    const QChar separator(0x1F);
    return v.provider->name + separator + v.metric->key + separator + QString::number(v.marketId.value_or(0)) +
           separator + v.newMarket + separator + v.category + separator + v.currency + separator +
           QString::number(v.input.start.toJulianDay()) + separator + QString::number(v.input.end.toJulianDay());
}

double combined(Aggregation rule, double first, double last, double sum, double min, double max, qint64 count)
{
    switch (rule) {
    case Aggregation::First:
        return first;
    case Aggregation::Sum:
        return sum;
    case Aggregation::Mean:
        return sum / static_cast<double>(count);
    case Aggregation::Min:
        return min;
    case Aggregation::Max:
        return max;
    case Aggregation::ByMetric:
    case Aggregation::Last:
        break;
    }
    return last;
}

} // namespace

ValueAggregator::ValueAggregator(Aggregation rule)
    : m_rule(rule)
{
}

void ValueAggregator::add(MappedValue&& v)
{
    ++m_valuesIn;
    const double x = v.input.value;
    const QDate date = v.dated;
    const QString key = identity(v);
    auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        Period p;
        p.rule = m_rule != Aggregation::ByMetric
                     ? m_rule
                     : (v.metric->aggregation == QLatin1String("flow") ? Aggregation::Sum : Aggregation::Last);
        if (const QString name = aggregationKey(p.rule); !m_rulesUsed.contains(name))
            m_rulesUsed << name;
        p.count = 1;
        p.first = p.last = p.sum = p.min = p.max = x;
        p.firstDate = p.lastDate = date;
        p.value = std::move(v);
        m_index.insert(key, static_cast<int>(m_periods.size()));
        m_periods.append(std::move(p));
        return;
    }
    Period& p = m_periods[*found];
    ++p.count;
    p.sum += x;
    p.min = std::min(p.min, x);
    p.max = std::max(p.max, x);
    if (date < p.firstDate) {
        p.firstDate = date;
        p.first = x;
    }
    if (date >= p.lastDate) {
        p.lastDate = date;
        p.last = x;
        // The latest value's line and source stand for the period.
        p.value = std::move(v);
    }
}

QVector<MappedValue> ValueAggregator::take()
{
    QVector<MappedValue> result;
    result.reserve(m_periods.size());
    for (Period& p : m_periods) {
        MappedValue v = std::move(p.value);
        v.input.value = combined(p.rule, p.first, p.last, p.sum, p.min, p.max, p.count);
        v.input.originalText = QStringLiteral("%1 of %2 values, %3 to %4")
                                   .arg(aggregationKey(p.rule))
                                   .arg(p.count)
                                   .arg(p.firstDate.toString(Qt::ISODate), p.lastDate.toString(Qt::ISODate));
        if (v.shown) {
            v.shown->value = v.input.value;
            v.shown->originalText = v.input.originalText;
        }
        result.append(std::move(v));
    }
    return result;
}

QString ValueAggregator::description() const
{
    if (m_periods.isEmpty())
        return {};
    qint64 fewest = m_periods.front().count;
    qint64 most = fewest;
    for (const Period& p : m_periods) {
        fewest = std::min(fewest, p.count);
        most = std::max(most, p.count);
    }
    const QLocale c(QLocale::English);
    //: %3: the rules applied (last, sum, …); %4: how many dated values each period combines, e.g. 20–23
    return tr("%1 dated values combined into %2 period values (%3; %4 values a period)")
        .arg(c.toString(m_valuesIn), c.toString(m_periods.size()), m_rulesUsed.join(QStringLiteral(", ")),
             fewest == most ? QString::number(most) : QStringLiteral("%1–%2").arg(fewest).arg(most));
}

} // namespace mixshift
