#pragma once

#include "ValueSink.h"
#include "store/Catalog.h"
#include "store/ImportBatches.h"
#include "store/ObservationStore.h"

#include <QHash>

#include <map>
#include <vector>

namespace mixshift {

class Database;

/// Writes mapped values into the store on the database thread: adds the providers, metrics, markets and
/// sources the catalog did not know yet, finds or creates series, and applies the conflict policy; what it
/// creates is recorded with the batch, so that undoing the import removes it. Runs inside the importer's
/// transaction.
class ValueWriter : public ValueSink
{
public:
    ValueWriter(Database& db, std::int64_t batchId, ConflictPolicy policy);

    /// Values new to their periods go into the store many at a time (ObservationStore::insertAllNew); a
    /// chunk that meets a stored period, and every revision, goes one value at a time.
    void write(QVector<MappedValue>& values, QVector<Written>& written) override;

private:
    std::int64_t providerId(const MappedValue& value);
    std::int64_t metricId(const MappedValue& value);
    std::optional<std::int64_t> marketId(const MappedValue& value);
    std::int64_t sourceId(const QString& title, const QString& url);
    /// `namesSomethingNew`: the value's provider, metric or market is new to the catalog.
    std::int64_t seriesId(const SeriesKey& key, bool namesSomethingNew);

    /// Records that the import made the row (with the batch, when write() ends) and returns its id.
    std::int64_t created(ImportBatches::Created kind, std::int64_t id);

    Catalog m_catalog;
    ObservationStore m_store;
    ImportBatches m_batches;
    std::int64_t m_batchId;
    ConflictPolicy m_policy;
    QHash<QString, std::int64_t> m_sources;
    QString m_lastSourceKey;
    std::int64_t m_lastSourceId = 0;
    std::map<SeriesIdentity, std::int64_t> m_series;
    std::map<SeriesIdentity, std::int64_t>::const_iterator m_lastSeries = m_series.end();
    std::vector<ImportBatches::CreatedRow> m_created;
};

} // namespace mixshift
