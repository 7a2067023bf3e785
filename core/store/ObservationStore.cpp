#include "ObservationStore.h"

#include "Database.h"
#include "domain/Period.h"

namespace mixshift {

PutOutcome conflictOutcome(const std::optional<StoredValue>& stored, const ObservationInput& o, ConflictPolicy policy)
{
    if (!stored)
        return PutOutcome::Inserted;
    if (stored->value == o.value && stored->qualifier == o.qualifier && stored->sourceId == o.sourceId)
        return PutOutcome::Unchanged;
    switch (policy) {
    case ConflictPolicy::Skip:
        return PutOutcome::Skipped;
    case ConflictPolicy::Overwrite:
        return PutOutcome::Overwritten;
    case ConflictPolicy::Revision:
        break;
    }
    return PutOutcome::Revised;
}

ObservationStore::ObservationStore(Database& db)
    : m_db(db),
      m_findSeries(db.prepare("SELECT id FROM series WHERE provider_id = ? AND metric_id = ? "
                              "AND ifnull(market_id, 0) = ifnull(?, 0) AND category = ? AND currency = ?")),
      m_insertSeries(db.prepare(
          "INSERT INTO series (provider_id, metric_id, market_id, category, currency) VALUES (?, ?, ?, ?, ?)")),
      m_insert(db.prepare("INSERT INTO observation (series_id, period_start, period_end, value, qualifier, unit, "
                          "original_text, note, source_id, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (series_id, period_start, period_end) DO NOTHING")),
      m_findCurrent(db.prepare("SELECT value, qualifier, source_id FROM observation "
                               "WHERE series_id = ? AND period_start = ? AND period_end = ?")),
      m_archiveCurrent(db.prepare(
          "INSERT INTO observation_revision (series_id, period_start, period_end, value, qualifier, unit, "
          "original_text, note, source_id, batch_id) SELECT series_id, period_start, period_end, value, qualifier, "
          "unit, original_text, note, source_id, batch_id FROM observation "
          "WHERE series_id = ? AND period_start = ? AND period_end = ?")),
      m_update(db.prepare("UPDATE observation SET value = ?, qualifier = ?, unit = ?, original_text = ?, note = ?, "
                          "source_id = ?, batch_id = ? WHERE series_id = ? AND period_start = ? AND period_end = ?")),
      m_insertRevision(db.prepare("INSERT INTO observation_revision (series_id, period_start, period_end, value, "
                                  "qualifier, unit, original_text, note, source_id, batch_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
}

// Bulk writes meet the same few hundred period dates again and again. Returned by value (a shared copy):
// a reference into the hash would dangle when the next insert rehashes it.
QByteArray ObservationStore::isoDate(const QDate& date)
{
    auto found = m_isoDates.find(date.toJulianDay());
    if (found == m_isoDates.end())
        found = m_isoDates.insert(date.toJulianDay(), toIsoDate(date).toLatin1());
    return *found;
}

std::int64_t ObservationStore::seriesId(const SeriesKey& key)
{
    m_findSeries.reset();
    if (m_findSeries.bindAll(key.providerId, key.metricId, key.marketId, key.category, key.currency).step())
        return m_findSeries.int64(0);
    m_insertSeries.reset();
    m_insertSeries.bindAll(key.providerId, key.metricId, key.marketId, key.category, key.currency).run();
    return m_db.lastInsertId();
}

PutOutcome ObservationStore::put(std::int64_t seriesId, const ObservationInput& o, ConflictPolicy policy)
{
    const QByteArray start = isoDate(o.start);
    const QByteArray end = isoDate(o.end);
    m_insert.reset();
    m_insert.bindAll(seriesId, start, end, o.value, o.qualifier, o.unit, o.originalText, o.note, o.sourceId, o.batchId)
        .run();
    if (m_db.changes() > 0)
        return PutOutcome::Inserted;

    m_findCurrent.reset();
    m_findCurrent.bindAll(seriesId, start, end).step();
    const PutOutcome outcome = conflictOutcome(
        StoredValue{m_findCurrent.real(0), m_findCurrent.text(1), m_findCurrent.int64(2)}, o, policy);
    if (outcome == PutOutcome::Unchanged || outcome == PutOutcome::Skipped)
        return outcome;
    if (outcome == PutOutcome::Revised) {
        m_archiveCurrent.reset();
        m_archiveCurrent.bindAll(seriesId, start, end).run();
    }
    m_update.reset();
    m_update.bindAll(o.value, o.qualifier, o.unit, o.originalText, o.note, o.sourceId, o.batchId, seriesId, start, end)
        .run();
    return outcome;
}

bool ObservationStore::addRevision(std::int64_t seriesId, const ObservationInput& o)
{
    const QByteArray start = isoDate(o.start);
    const QByteArray end = isoDate(o.end);
    m_findCurrent.reset();
    if (!m_findCurrent.bindAll(seriesId, start, end).step())
        return false;
    m_insertRevision.reset();
    m_insertRevision
        .bindAll(seriesId, start, end, o.value, o.qualifier, o.unit, o.originalText, o.note, o.sourceId, o.batchId)
        .run();
    return true;
}

} // namespace mixshift
