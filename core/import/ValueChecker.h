#pragma once

#include "ValueSink.h"

#include <QHash>

#include <map>

namespace mixshift {

class Database;

/// The dry run's sink: reads the store to tell what each value would do — insert, conflict, unchanged — and
/// remembers the values of this run, so a file that repeats a period conflicts with itself as a real import
/// would. Writes nothing, so it needs no write lock and works on a connection opened for reading.
class ValueChecker : public ValueSink
{
public:
    ValueChecker(Database& db, ConflictPolicy policy);

    void write(QVector<MappedValue>& values, QVector<Written>& written) override;

private:
    Written check(MappedValue& value);
    /// Ids of names the store does not hold yet are negative: no stored series or value can refer to them.
    std::int64_t providerId(const MappedValue& value);
    std::int64_t metricId(const MappedValue& value);
    std::optional<std::int64_t> marketId(const MappedValue& value);
    std::int64_t sourceId(const QString& title, const QString& url);
    std::int64_t seriesId(const SeriesKey& key);
    std::optional<StoredValue> current(std::int64_t series, const ObservationInput& input);

    ConflictPolicy m_policy;
    Statement m_findSeries;
    Statement m_findSource;
    Statement m_findCurrent;
    std::int64_t m_nextNewId = -1;
    QHash<QString, std::int64_t> m_sources;
    std::map<SeriesIdentity, std::int64_t> m_series;
    using PeriodKey = std::tuple<std::int64_t, qint64, qint64>;
    std::map<PeriodKey, StoredValue> m_written;
};

} // namespace mixshift
