#pragma once

#include "ImportMapping.h"
#include "RowMapper.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace mixshift {

/// Combines values whose dates fall into one period — a daily trading history read into quarters — by the
/// rule chosen, or by the metric: the last value of a stock or a ratio, the sum of a flow. "Last" and "first"
/// go by date, whatever order the file lists them in.
class ValueAggregator
{
    Q_DECLARE_TR_FUNCTIONS(ValueAggregator)

public:
    explicit ValueAggregator(Aggregation rule);

    void add(MappedValue&& value);
    /// The combined values, one for each series and period, in the order their periods were first seen; once.
    QVector<MappedValue> take();

    qint64 valuesIn() const { return m_valuesIn; }
    /// One sentence for the summary: how many values became how many, by which rule.
    QString description() const;

private:
    struct Period
    {
        MappedValue value;
        Aggregation rule = Aggregation::Last;
        qint64 count = 0;
        double first = 0;
        double last = 0;
        double sum = 0;
        double min = 0;
        double max = 0;
        QDate firstDate;
        QDate lastDate;
    };

    Aggregation m_rule;
    QHash<QString, int> m_index;
    QVector<Period> m_periods;
    qint64 m_valuesIn = 0;
    QStringList m_rulesUsed;
};

} // namespace mixshift
