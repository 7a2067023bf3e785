#include "ValueChecker.h"

#include "domain/Period.h"
#include "store/Database.h"

namespace mixshift {

ValueChecker::ValueChecker(Database& db, ConflictPolicy policy)
    : m_policy(policy),
      m_findSeries(db.prepare("SELECT id FROM series WHERE provider_id = ? AND metric_id = ? "
                              "AND coalesce(market_id, 0) = coalesce(?, 0) AND category = ? AND currency = ?")),
      m_findSource(db.prepare("SELECT id FROM source WHERE title = ? AND url = ? ORDER BY id LIMIT 1")),
      m_findCurrent(db.prepare("SELECT value, qualifier, source_id FROM observation "
                               "WHERE series_id = ? AND period_start = ? AND period_end = ?"))
{
}

std::int64_t ValueChecker::providerId(const MappedValue& value)
{
    if (value.provider->id != 0)
        return value.provider->id;
    return newName(m_providers, value.provider->name, value.provider->name,
                   [this] { return m_nextNewId--; });
}

std::int64_t ValueChecker::metricId(const MappedValue& value)
{
    if (value.metric->id != 0)
        return value.metric->id;
    return newName(m_metrics, value.metric->key, value.metric->name,
                   [this] { return m_nextNewId--; });
}

std::optional<std::int64_t> ValueChecker::marketId(const MappedValue& value)
{
    if (value.newMarket.isEmpty())
        return value.marketId;
    return newName(m_markets, value.newMarket, value.newMarket, [this] { return m_nextNewId--; });
}

std::int64_t ValueChecker::sourceId(const QString& title, const QString& url)
{
    const QString key = title + QChar(0x1F) + url;
    auto found = m_sources.find(key);
    if (found == m_sources.end()) {
        m_findSource.reset();
        const bool stored = m_findSource.bindAll(title, url).step();
        found = m_sources.insert(key, stored ? m_findSource.int64(0) : m_nextNewId--);
    }
    return *found;
}

std::int64_t ValueChecker::seriesId(const SeriesKey& key)
{
    const SeriesIdentity identity = identityOf(key);
    auto found = m_series.find(identity);
    if (found == m_series.end()) {
        std::int64_t id = 0;
        const bool known = key.providerId > 0 && key.metricId > 0 && key.marketId.value_or(1) > 0;
        if (known) {
            m_findSeries.reset();
            if (m_findSeries.bindAll(key.providerId, key.metricId, key.marketId, key.category, key.currency).step())
                id = m_findSeries.int64(0);
        }
        found = m_series.emplace(identity, id != 0 ? id : m_nextNewId--).first;
    }
    return found->second;
}

std::optional<StoredValue> ValueChecker::current(std::int64_t series, const ObservationInput& input)
{
    const PeriodKey key{series, input.start.toJulianDay(), input.end.toJulianDay()};
    if (const auto written = m_written.find(key); written != m_written.end())
        return written->second;
    if (series < 0)
        return std::nullopt;
    m_findCurrent.reset();
    if (!m_findCurrent.bindAll(series, toIsoDate(input.start), toIsoDate(input.end)).step())
        return std::nullopt;
    return StoredValue{m_findCurrent.real(0), m_findCurrent.text(1), m_findCurrent.int64(2)};
}

void ValueChecker::write(QVector<MappedValue>& values, QVector<Written>& written)
{
    written.resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        written[i] = check(values[i]);
}

ValueSink::Written ValueChecker::check(MappedValue& value)
{
    const SeriesKey key{providerId(value), metricId(value), marketId(value), value.category, value.currency};
    const std::int64_t series = seriesId(key);
    value.input.sourceId = sourceId(value.sourceTitle, value.sourceUrl);
    const std::optional<StoredValue> stored = current(series, value.input);
    if (value.revision)
        return {stored ? Result::Revision : Result::NoCurrentForRevision};
    const PutOutcome outcome = conflictOutcome(stored, value.input, m_policy);
    if (outcome == PutOutcome::Inserted || outcome == PutOutcome::Overwritten || outcome == PutOutcome::Revised)
        m_written[{series, value.input.start.toJulianDay(), value.input.end.toJulianDay()}] =
            StoredValue{value.input.value, value.input.qualifier, value.input.sourceId};
    return {Result::Stored, outcome};
}

} // namespace mixshift
