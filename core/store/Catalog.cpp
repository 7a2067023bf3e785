#include "Catalog.h"

#include "Database.h"
#include "domain/Period.h"

namespace mixshift {

Catalog::Catalog(Database& db)
    : m_db(db)
{
}

void Catalog::addAliases(const char* sql, std::int64_t id, const QStringList& aliases)
{
    Statement insert = m_db.prepare(sql);
    for (const QString& alias : aliases) {
        if (alias.trimmed().isEmpty())
            continue;
        insert.bindAll(alias.trimmed(), id).run();
        insert.reset();
    }
}

std::int64_t Catalog::addProvider(const ProviderRecord& provider, const QStringList& aliases)
{
    const std::int64_t id =
        m_db.prepare("INSERT INTO provider (name, name_zh, kind, fiscal_year_end_month, currency) "
                     "VALUES (?, ?, ?, ?, ?) RETURNING id")
            .bindAll(provider.name, provider.nameZh, provider.kind, provider.fiscalYearEndMonth, provider.currency)
            .insertedId();
    addAliases("INSERT INTO provider_alias (alias, provider_id) VALUES (?, ?) ON CONFLICT DO NOTHING", id,
               QStringList{provider.name, provider.nameZh} + aliases);
    return id;
}

std::int64_t Catalog::addMetric(const MetricRecord& metric, const QStringList& aliases)
{
    const std::int64_t id =
        m_db.prepare("INSERT INTO metric (key, name, name_zh, kind, aggregation, display_unit, per_share) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .bindAll(metric.key, metric.name, metric.nameZh, metric.kind, metric.aggregation, metric.displayUnit,
                     metric.perShare ? 1 : 0)
            .insertedId();
    addAliases("INSERT INTO metric_alias (alias, metric_id) VALUES (?, ?) ON CONFLICT DO NOTHING", id,
               QStringList{metric.key, metric.name, metric.nameZh} + aliases);
    return id;
}

std::int64_t Catalog::defineMetric(const MetricRecord& metric)
{
    m_db.prepare("INSERT INTO metric (key, name, name_zh, kind, aggregation, display_unit, per_share) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (key) DO UPDATE SET name = ?2, name_zh = ?3, "
                 "kind = ?4, aggregation = ?5, display_unit = ?6, per_share = ?7")
        .bindAll(metric.key, metric.name, metric.nameZh, metric.kind, metric.aggregation, metric.displayUnit,
                 metric.perShare ? 1 : 0)
        .run();
    Statement find = m_db.prepare("SELECT id FROM metric WHERE key = ?");
    find.bindAll(metric.key).step();
    const std::int64_t id = find.int64(0);
    addAliases("INSERT INTO metric_alias (alias, metric_id) VALUES (?, ?) ON CONFLICT DO NOTHING", id,
               QStringList{metric.key, metric.name, metric.nameZh});
    return id;
}

void Catalog::addMetricAlias(const QString& alias, std::int64_t metricId, std::optional<std::int64_t> marketId,
                             const QString& category)
{
    m_db.prepare("INSERT INTO metric_alias (alias, metric_id, market_id, category) VALUES (?, ?, ?, ?) ON CONFLICT (alias) "
                 "DO UPDATE SET metric_id = excluded.metric_id, market_id = excluded.market_id, "
                 "category = excluded.category")
        .bindAll(alias.trimmed(), metricId, marketId, category)
        .run();
}

std::int64_t Catalog::addMarket(const MarketRecord& market)
{
    return m_db.prepare("INSERT INTO market (key, name, name_zh, publisher, note) VALUES (?, ?, ?, ?, ?) RETURNING id")
        .bindAll(market.key, market.name, market.nameZh, market.publisher, market.note)
        .insertedId();
}

std::int64_t Catalog::addSource(const SourceRecord& source)
{
    return m_db.prepare("INSERT INTO source (key, title, publisher, published, url, date_basis, excerpt) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .bindAll(source.key.isEmpty() ? std::optional<QString>() : source.key, source.title, source.publisher,
                 source.published, source.url, source.dateBasis, source.excerpt)
        .insertedId();
}

std::int64_t Catalog::addEvent(const EventRecord& event)
{
    return m_db.prepare("INSERT INTO event (date, approximate, provider_id, title, title_zh, note, source_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .bindAll(event.date, event.approximate ? 1 : 0, event.providerId, event.title, event.titleZh, event.note,
                 event.sourceId)
        .insertedId();
}

void Catalog::addProviderAlias(const QString& alias, std::int64_t providerId)
{
    m_db.prepare("INSERT INTO provider_alias (alias, provider_id) VALUES (?, ?) ON CONFLICT (alias) "
                 "DO UPDATE SET provider_id = excluded.provider_id")
        .bindAll(alias.trimmed(), providerId)
        .run();
}

QVector<ProviderRecord> Catalog::providers()
{
    Statement list = m_db.prepare("SELECT id, name, name_zh, kind, fiscal_year_end_month, currency FROM provider "
                                  "ORDER BY name COLLATE NOCASE");
    QVector<ProviderRecord> result;
    while (list.step())
        result.append({list.int64(0), list.text(1), list.text(2), list.text(3), list.integer(4), list.text(5)});
    return result;
}

QVector<MetricRecord> Catalog::metrics()
{
    Statement list = m_db.prepare(
        "SELECT id, key, name, name_zh, kind, aggregation, display_unit, per_share FROM metric ORDER BY id");
    QVector<MetricRecord> result;
    while (list.step())
        result.append({list.int64(0), list.text(1), list.text(2), list.text(3), list.text(4), list.text(5),
                       list.text(6), list.integer(7) != 0});
    return result;
}

namespace {

QVector<std::pair<QString, QString>> pairs(Statement&& list)
{
    QVector<std::pair<QString, QString>> result;
    while (list.step())
        result.append({list.text(0), list.text(1)});
    return result;
}

} // namespace

QVector<std::pair<QString, QString>> Catalog::providerAliases()
{
    return pairs(m_db.prepare("SELECT a.alias, p.name FROM provider_alias a JOIN provider p ON p.id = a.provider_id "
                              "ORDER BY p.name COLLATE NOCASE, a.alias"));
}

QVector<std::pair<QString, QString>> Catalog::metricAliases()
{
    return pairs(m_db.prepare("SELECT a.alias, m.key FROM metric_alias a JOIN metric m ON m.id = a.metric_id "
                              "ORDER BY m.id, a.alias"));
}

void Catalog::removeProviderAlias(const QString& alias)
{
    m_db.prepare("DELETE FROM provider_alias WHERE alias = ?").bindAll(alias).run();
}

void Catalog::removeMetricAlias(const QString& alias)
{
    m_db.prepare("DELETE FROM metric_alias WHERE alias = ?").bindAll(alias).run();
}

std::optional<Catalog::AliasTarget> Catalog::aliasTarget(AliasKind kind, const QString& alias)
{
    Statement find = m_db.prepare(kind == AliasKind::Provider
                                      ? "SELECT provider_id, NULL, '' FROM provider_alias WHERE alias = ?"
                                      : "SELECT metric_id, market_id, category FROM metric_alias WHERE alias = ?");
    if (!find.bindAll(alias.trimmed()).step())
        return std::nullopt;
    return AliasTarget{find.int64(0), find.optionalInt64(1), find.text(2)};
}

void Catalog::setAlias(AliasKind kind, const QString& alias, const std::optional<AliasTarget>& target)
{
    if (!target) {
        kind == AliasKind::Provider ? removeProviderAlias(alias.trimmed()) : removeMetricAlias(alias.trimmed());
        return;
    }
    if (kind == AliasKind::Provider)
        addProviderAlias(alias, target->id);
    else
        addMetricAlias(alias, target->id, target->marketId, target->category);
}

void Catalog::addFxRate(const QString& currency, const QDate& start, const QDate& end, double usdPerUnit,
                        std::int64_t sourceId)
{
    m_db.prepare("INSERT INTO fx_rate (currency, period_start, period_end, usd_per_unit, source_id) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT (currency, period_start, period_end) DO UPDATE SET usd_per_unit = excluded.usd_per_unit, "
                 "source_id = excluded.source_id")
        .bindAll(currency, toIsoDate(start), toIsoDate(end), usdPerUnit, sourceId)
        .run();
}

std::optional<ProviderRecord> Catalog::findProvider(const QString& nameOrAlias)
{
    Statement find = m_db.prepare(
        "SELECT p.id, p.name, p.name_zh, p.kind, p.fiscal_year_end_month, p.currency FROM provider p "
        "JOIN provider_alias a ON a.provider_id = p.id WHERE a.alias = ?");
    if (!find.bindAll(nameOrAlias.trimmed()).step())
        return std::nullopt;
    return ProviderRecord{find.int64(0), find.text(1), find.text(2), find.text(3), find.integer(4), find.text(5)};
}

std::optional<MetricRecord> Catalog::findMetric(const QString& keyOrAlias)
{
    const auto match = matchMetric(keyOrAlias);
    return match ? std::optional<MetricRecord>(match->metric) : std::nullopt;
}

std::optional<MetricMatch> Catalog::matchMetric(const QString& keyOrAlias)
{
    Statement find = m_db.prepare(
        "SELECT m.id, m.key, m.name, m.name_zh, m.kind, m.aggregation, m.display_unit, m.per_share, a.market_id, "
        "a.category FROM metric m JOIN metric_alias a ON a.metric_id = m.id WHERE a.alias = ?");
    if (!find.bindAll(keyOrAlias.trimmed()).step())
        return std::nullopt;
    return MetricMatch{MetricRecord{find.int64(0), find.text(1), find.text(2), find.text(3), find.text(4),
                                    find.text(5), find.text(6), find.integer(7) != 0},
                       find.optionalInt64(8), find.text(9)};
}

std::optional<MarketRecord> Catalog::findMarket(const QString& keyOrName)
{
    Statement find = m_db.prepare("SELECT id, key, name, name_zh, publisher, note FROM market "
                                  "WHERE key = ?1 OR name = ?1 COLLATE NOCASE ORDER BY key = ?1 DESC LIMIT 1");
    if (!find.bindAll(keyOrName.trimmed()).step())
        return std::nullopt;
    return MarketRecord{find.int64(0), find.text(1), find.text(2), find.text(3), find.text(4), find.text(5)};
}

QVector<MarketRecord> Catalog::markets()
{
    Statement list = m_db.prepare("SELECT id, key, name, name_zh, publisher, note FROM market ORDER BY name COLLATE NOCASE");
    QVector<MarketRecord> result;
    while (list.step())
        result.append({list.int64(0), list.text(1), list.text(2), list.text(3), list.text(4), list.text(5)});
    return result;
}

std::optional<SourceRecord> Catalog::findSource(const QString& key)
{
    Statement find = m_db.prepare(
        "SELECT id, key, title, publisher, published, url, date_basis, excerpt FROM source WHERE key = ?");
    if (!find.bindAll(key).step())
        return std::nullopt;
    return SourceRecord{find.int64(0), find.text(1), find.text(2), find.text(3),
                        find.text(4),  find.text(5), find.text(6), find.text(7)};
}

std::int64_t Catalog::sourceId(const QString& title, const QString& url, bool* created)
{
    Statement find = m_db.prepare("SELECT id FROM source WHERE title = ? AND url = ? ORDER BY id LIMIT 1");
    if (find.bindAll(title, url).step())
        return find.int64(0);
    SourceRecord source;
    source.title = title;
    source.url = url;
    if (created)
        *created = true;
    return addSource(source);
}

} // namespace mixshift
