#include "ObservationStore.h"

#include "BulkInsert.h"
#include "Database.h"
#include "domain/Period.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace mixshift {

namespace {

constexpr const char* observationColumns =
    "INSERT INTO observation (series_id, period_start, period_end, value, qualifier, unit, original_text, note, "
    "source_id, batch_id) VALUES ";
constexpr const char* observationValues = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr int observationParameters = 10;

// Without ON CONFLICT: a stored period aborts the whole statement, which is what insertAllNew() relies on.
std::string insertRows(int rows)
{
    std::string sql = observationColumns;
    for (int row = 0; row < rows; ++row)
        sql += (row == 0 ? "" : ", ") + std::string(observationValues);
    return sql;
}

} // namespace

QString conflictPolicyKey(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::Skip:
        return QStringLiteral("skip");
    case ConflictPolicy::Overwrite:
        return QStringLiteral("overwrite");
    case ConflictPolicy::Revision:
        break;
    }
    return QStringLiteral("revision");
}

std::optional<ConflictPolicy> conflictPolicyFromKey(const QString& key)
{
    for (const ConflictPolicy policy : {ConflictPolicy::Skip, ConflictPolicy::Overwrite, ConflictPolicy::Revision})
        if (key == conflictPolicyKey(policy))
            return policy;
    return std::nullopt;
}

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

int ObservationStore::newChunkFor(const Database& db)
{
    return db.engine() == Database::Engine::Postgres ? 8192 : 16;
}

ObservationStore::ObservationStore(Database& db)
    : m_db(db),
      m_newChunk(newChunkFor(db)),
      m_findSeries(db.prepare("SELECT id FROM series WHERE provider_id = ? AND metric_id = ? "
                              "AND coalesce(market_id, 0) = coalesce(?, 0) AND category = ? AND currency = ?")),
      m_insertSeries(db.prepare(
          "INSERT INTO series (provider_id, metric_id, market_id, category, currency) VALUES (?, ?, ?, ?, ?) "
          "RETURNING id")),
      m_insert(db.prepare(insertRows(1) + " ON CONFLICT (series_id, period_start, period_end) DO NOTHING")),
      m_findCurrent(db.prepare("SELECT value, qualifier, source_id FROM observation "
                               "WHERE series_id = ? AND period_start = ? AND period_end = ?")),
      m_findStoredSpan(db.prepare("SELECT period_start, period_end, value, qualifier, source_id FROM observation "
                                  "WHERE series_id = ? AND period_start BETWEEN ? AND ?")),
      m_archiveCurrent(db.prepare(
          "INSERT INTO observation_revision (series_id, period_start, period_end, value, qualifier, unit, "
          "original_text, note, source_id, batch_id) SELECT series_id, period_start, period_end, value, qualifier, "
          "unit, original_text, note, source_id, batch_id FROM observation "
          "WHERE series_id = ? AND period_start = ? AND period_end = ? RETURNING id")),
      m_update(db.prepare("UPDATE observation SET value = ?, qualifier = ?, unit = ?, original_text = ?, note = ?, "
                          "source_id = ?, batch_id = ? WHERE series_id = ? AND period_start = ? AND period_end = ?")),
      m_recordReplaced(db.prepare(
          "INSERT INTO import_replaced (batch_id, series_id, period_start, period_end, value, qualifier, unit, "
          "original_text, note, source_id, old_batch_id, revision_id) SELECT ?, series_id, period_start, period_end, "
          "value, qualifier, unit, original_text, note, source_id, batch_id, ? FROM observation "
          "WHERE series_id = ? AND period_start = ? AND period_end = ?")),
      m_insertRevision(db.prepare("INSERT INTO observation_revision (series_id, period_start, period_end, value, "
                                  "qualifier, unit, original_text, note, source_id, batch_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
    if (db.engine() == Database::Engine::Sqlite)
        m_insertChunk.emplace(db.prepare(insertRows(m_newChunk)));
}

// Bulk writes meet the same few hundred period dates again and again. The text lives as long as the store: the
// hash may move its entries when it grows, never the bytes they hold.
LastingText ObservationStore::isoDate(const QDate& date)
{
    auto found = m_isoDates.find(date.toJulianDay());
    if (found == m_isoDates.end())
        found = m_isoDates.insert(date.toJulianDay(), toIsoDate(date).toLatin1());
    return {*found};
}

std::int64_t ObservationStore::seriesId(const SeriesKey& key, bool* created)
{
    m_findSeries.reset();
    if (m_findSeries.bindAll(key.providerId, key.metricId, key.marketId, key.category, key.currency).step())
        return m_findSeries.int64(0);
    if (created)
        *created = true;
    return addSeries(key);
}

std::int64_t ObservationStore::addSeries(const SeriesKey& key)
{
    m_insertSeries.reset();
    return m_insertSeries.bindAll(key.providerId, key.metricId, key.marketId, key.category, key.currency).insertedId();
}

PutOutcome ObservationStore::put(std::int64_t seriesId, const ObservationInput& o, ConflictPolicy policy)
{
    const LastingText start = isoDate(o.start);
    const LastingText end = isoDate(o.end);
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
    std::optional<std::int64_t> archived;
    if (outcome == PutOutcome::Revised) {
        m_archiveCurrent.reset();
        archived = m_archiveCurrent.bindAll(seriesId, start, end).insertedId();
    }
    if (o.batchId) {
        m_recordReplaced.reset();
        m_recordReplaced.bindAll(*o.batchId, archived, seriesId, start, end).run();
    }
    m_update.reset();
    m_update.bindAll(o.value, o.qualifier, o.unit, o.originalText, o.note, o.sourceId, o.batchId, seriesId, start, end)
        .run();
    return outcome;
}

bool ObservationStore::insertAllNew(const NewObservation* observations, int count)
{
    if (!m_insertChunk)
        return streamAllNew(observations, count);
    if (count != m_newChunk)
        return false;
    m_insertChunk->reset();
    for (int row = 0; row < m_newChunk; ++row) {
        const std::int64_t series = observations[row].seriesId;
        const ObservationInput& o = *observations[row].observation;
        const int first = row * observationParameters;
        m_insertChunk->bind(first + 1, series)
            .bind(first + 2, isoDate(o.start))
            .bind(first + 3, isoDate(o.end))
            .bind(first + 4, o.value)
            .bind(first + 5, o.qualifier)
            .bind(first + 6, o.unit)
            .bind(first + 7, o.originalText)
            .bind(first + 8, o.note)
            .bind(first + 9, o.sourceId)
            .bind(first + 10, o.batchId);
    }
    return m_insertChunk->runUnlessDuplicate();
}

void ObservationStore::putAll(const NewObservation* observations, int count, ConflictPolicy policy,
                              PutOutcome* outcomes)
{
    using Key = std::tuple<std::int64_t, qint64, qint64>; // series, start and end as Julian days
    const auto keyOf = [](const NewObservation& n) {
        return Key{n.seriesId, n.observation->start.toJulianDay(), n.observation->end.toJulianDay()};
    };
    std::set<Key> keys;
    std::map<std::int64_t, std::pair<QDate, QDate>> spans; // each series' first and last start in the chunk
    for (int i = 0; i < count; ++i) {
        if (!keys.insert(keyOf(observations[i])).second) {
            // A period twice in the chunk: the second meets the first, so they go in order, one by one.
            for (int k = 0; k < count; ++k)
                outcomes[k] = put(observations[k].seriesId, *observations[k].observation, policy);
            return;
        }
        const QDate start = observations[i].observation->start;
        auto [span, added] = spans.try_emplace(observations[i].seriesId, start, start);
        span->second = {std::min(span->second.first, start), std::max(span->second.second, start)};
    }
    std::map<Key, StoredValue> stored;
    for (const auto& [series, span] : spans) {
        m_findStoredSpan.reset();
        m_findStoredSpan.bindAll(series, isoDate(span.first), isoDate(span.second));
        while (m_findStoredSpan.step())
            stored.emplace(Key{series, QDate::fromString(m_findStoredSpan.text(0), Qt::ISODate).toJulianDay(),
                               QDate::fromString(m_findStoredSpan.text(1), Qt::ISODate).toJulianDay()},
                           StoredValue{m_findStoredSpan.real(2), m_findStoredSpan.text(3), m_findStoredSpan.int64(4)});
    }
    std::vector<NewObservation> fresh;
    std::vector<int> freshIndex;
    for (int i = 0; i < count; ++i) {
        const auto found = stored.find(keyOf(observations[i]));
        if (found == stored.end()) {
            fresh.push_back(observations[i]);
            freshIndex.push_back(i);
            continue;
        }
        const PutOutcome outcome = conflictOutcome(found->second, *observations[i].observation, policy);
        const bool leftAsStored = outcome == PutOutcome::Unchanged || outcome == PutOutcome::Skipped;
        outcomes[i] = leftAsStored ? outcome : put(observations[i].seriesId, *observations[i].observation, policy);
    }
    const bool together = !fresh.empty() && insertAllNew(fresh.data(), static_cast<int>(fresh.size()));
    for (std::size_t k = 0; k < fresh.size(); ++k)
        outcomes[freshIndex[k]] = together ? PutOutcome::Inserted
                                           : put(fresh[k].seriesId, *fresh[k].observation, policy);
}

bool ObservationStore::streamAllNew(const NewObservation* observations, int count)
{
    // Below a few rows the savepoint and the COPY take more round trips than the rows one by one.
    constexpr int fewest = 8;
    if (count < fewest || count > m_newChunk)
        return false;
    static const std::vector<std::string> columns{"series_id", "period_start", "period_end", "value",
                                                  "qualifier", "unit", "original_text", "note",
                                                  "source_id", "batch_id"};
    const std::unique_ptr<BulkInsert> rows = m_db.bulkInsert("observation", columns);
    for (int row = 0; row < count; ++row) {
        const ObservationInput& o = *observations[row].observation;
        rows->addInteger(observations[row].seriesId);
        rows->addText(isoDate(o.start).utf8);
        rows->addText(isoDate(o.end).utf8);
        rows->addReal(o.value);
        for (const QString* text : {&o.qualifier, &o.unit, &o.originalText, &o.note})
            rows->addText(m_rowTexts.add(QStringView(*text)));
        rows->addInteger(o.sourceId);
        if (o.batchId)
            rows->addInteger(*o.batchId);
        else
            rows->addNull();
        rows->endRow();
        m_rowTexts.clear();
    }
    return rows->finish();
}

bool ObservationStore::addRevision(std::int64_t seriesId, const ObservationInput& o)
{
    const LastingText start = isoDate(o.start);
    const LastingText end = isoDate(o.end);
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
