#include "ValueWriter.h"

#include <vector>

namespace mixshift {

ValueWriter::ValueWriter(Database& db, std::int64_t batchId, ConflictPolicy policy)
    : m_catalog(db), m_store(db), m_batches(db), m_batchId(batchId), m_policy(policy)
{
}

std::int64_t ValueWriter::created(ImportBatches::Created kind, std::int64_t id)
{
    m_created.push_back({kind, id});
    return id;
}

std::int64_t ValueWriter::providerId(const MappedValue& value)
{
    if (value.provider->id != 0)
        return value.provider->id;
    return newName(m_providers, value.provider->name, value.provider->name,
                   [&] { return created(ImportBatches::Created::Provider, m_catalog.addProvider(*value.provider, {})); });
}

std::int64_t ValueWriter::metricId(const MappedValue& value)
{
    if (value.metric->id != 0)
        return value.metric->id;
    return newName(m_metrics, value.metric->key, value.metric->name,
                   [&] { return created(ImportBatches::Created::Metric, m_catalog.addMetric(*value.metric, {})); });
}

std::optional<std::int64_t> ValueWriter::marketId(const MappedValue& value)
{
    if (value.newMarket.isEmpty())
        return value.marketId;
    return newName(m_markets, value.newMarket, value.newMarket, [&] {
        MarketRecord record;
        record.key = record.name = value.newMarket;
        return created(ImportBatches::Created::Market, m_catalog.addMarket(record));
    });
}

std::int64_t ValueWriter::sourceId(const QString& title, const QString& url)
{
    // Rows mostly repeat the previous row's source: compare before building a key.
    if (m_lastSourceId != 0 && m_lastSourceKey.size() == title.size() + url.size() + 1 &&
        m_lastSourceKey.startsWith(title) && m_lastSourceKey.endsWith(url) &&
        m_lastSourceKey.at(title.size()) == QChar(0x1F))
        return m_lastSourceId;
    m_lastSourceKey = title + QChar(0x1F) + url;
    auto found = m_sources.find(m_lastSourceKey);
    if (found == m_sources.end()) {
        bool isNew = false;
        const std::int64_t id = m_catalog.sourceId(title, url, &isNew);
        found = m_sources.insert(m_lastSourceKey, isNew ? created(ImportBatches::Created::Source, id) : id);
    }
    m_lastSourceId = *found;
    return m_lastSourceId;
}

std::int64_t ValueWriter::seriesId(const SeriesKey& key, bool namesSomethingNew)
{
    const SeriesIdentity identity = identityOf(key);
    // Files list a series' periods together: the previous value's series is the likely one.
    if (m_lastSeries != m_series.end() && m_lastSeries->first == identity)
        return m_lastSeries->second;
    auto found = m_series.find(identity);
    if (found == m_series.end()) {
        // A provider, metric or market new to the catalog (this import makes it) has no series stored yet:
        // no need to look.
        bool added = namesSomethingNew;
        const std::int64_t id = namesSomethingNew ? m_store.addSeries(key) : m_store.seriesId(key, &added);
        found = m_series.emplace(identity, added ? created(ImportBatches::Created::Series, id) : id).first;
    }
    m_lastSeries = found;
    return found->second;
}

void ValueWriter::write(QVector<MappedValue>& values, QVector<Written>& written)
{
    written.fill(Written(), values.size());
    const int chunkSize = m_store.newChunk();
    std::vector<ObservationStore::NewObservation> chunk(static_cast<std::size_t>(chunkSize));
    std::vector<qsizetype> chunkIndex(static_cast<std::size_t>(chunkSize));
    std::vector<PutOutcome> outcomes(static_cast<std::size_t>(chunkSize));
    int waiting = 0;
    const auto putWaiting = [&] {
        if (!m_store.insertAllNew(chunk.data(), waiting)) {
            m_store.putAll(chunk.data(), waiting, m_policy, outcomes.data());
            for (int k = 0; k < waiting; ++k)
                written[chunkIndex[k]].outcome = outcomes[k];
        }
        waiting = 0;
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        MappedValue& value = values[i];
        const SeriesKey key{providerId(value), metricId(value), marketId(value), value.category, value.currency};
        const std::int64_t series =
            seriesId(key, value.provider->id == 0 || value.metric->id == 0 || !value.newMarket.isEmpty());
        value.input.sourceId = sourceId(value.sourceTitle, value.sourceUrl);
        value.input.batchId = m_batchId;
        if (value.revision) {
            putWaiting(); // the current value it revises may be one of them
            written[i].result = m_store.addRevision(series, value.input) ? Result::Revision : Result::NoCurrentForRevision;
            continue;
        }
        chunk[waiting] = {series, &value.input};
        chunkIndex[waiting] = i;
        if (++waiting == chunkSize)
            putWaiting();
    }
    putWaiting();
    m_batches.recordCreated(m_batchId, m_created);
    m_created.clear();
}

} // namespace mixshift
