#include "ObservationStore.h"

#include "Database.h"

namespace mixshift {

ObservationStore::ObservationStore(Database& db)
    : m_db(db)
{
}

std::int64_t ObservationStore::seriesId(const SeriesKey& key)
{
    Statement find = m_db.prepare("SELECT id FROM series WHERE provider_id = ? AND metric_id = ? "
                                  "AND ifnull(market_id, 0) = ifnull(?, 0) AND category = ? AND currency = ?");
    if (find.bindAll(key.providerId, key.metricId, key.marketId, key.category, key.currency).step())
        return find.int64(0);
    m_db.prepare("INSERT INTO series (provider_id, metric_id, market_id, category, currency) VALUES (?, ?, ?, ?, ?)")
        .bindAll(key.providerId, key.metricId, key.marketId, key.category, key.currency)
        .run();
    return m_db.lastInsertId();
}

PutOutcome ObservationStore::put(std::int64_t seriesId, const ObservationInput& o, ConflictPolicy policy)
{
    const QString start = o.start.toString(Qt::ISODate);
    const QString end = o.end.toString(Qt::ISODate);
    Statement find =
        m_db.prepare("SELECT id FROM observation WHERE series_id = ? AND period_start = ? AND period_end = ?");
    if (!find.bindAll(seriesId, start, end).step()) {
        m_db.prepare("INSERT INTO observation (series_id, period_start, period_end, value, qualifier, unit, "
                     "original_text, note, source_id, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(seriesId, start, end, o.value, o.qualifier, o.unit, o.originalText, o.note, o.sourceId,
                     o.batchId)
            .run();
        return PutOutcome::Inserted;
    }
    const std::int64_t observationId = find.int64(0);
    if (policy == ConflictPolicy::Skip)
        return PutOutcome::Skipped;
    if (policy == ConflictPolicy::Revision) {
        m_db.prepare("INSERT INTO observation_revision (observation_id, value, qualifier, unit, original_text, note, "
                     "source_id, batch_id) SELECT id, value, qualifier, unit, original_text, note, source_id, "
                     "batch_id FROM observation WHERE id = ?")
            .bindAll(observationId)
            .run();
    }
    m_db.prepare("UPDATE observation SET value = ?, qualifier = ?, unit = ?, original_text = ?, note = ?, "
                 "source_id = ?, batch_id = ? WHERE id = ?")
        .bindAll(o.value, o.qualifier, o.unit, o.originalText, o.note, o.sourceId, o.batchId, observationId)
        .run();
    return policy == ConflictPolicy::Revision ? PutOutcome::Revised : PutOutcome::Overwritten;
}

} // namespace mixshift
