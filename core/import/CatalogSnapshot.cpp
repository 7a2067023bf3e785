#include "CatalogSnapshot.h"

#include "store/Database.h"

namespace mixshift {

CatalogSnapshot::CatalogSnapshot(Database& db)
{
    Statement providers = db.prepare("SELECT a.alias, p.id, p.name, p.name_zh, p.kind, p.fiscal_year_end_month, "
                                     "p.currency FROM provider_alias a JOIN provider p ON p.id = a.provider_id");
    while (providers.step())
        m_providers.insert(providers.text(0).toCaseFolded(),
                           ProviderRecord{providers.int64(1), providers.text(2), providers.text(3), providers.text(4),
                                          providers.integer(5), providers.text(6)});
    // By their own names too: a provider whose name is another's alias (Amazon, kept apart from AWS) has none.
    Statement named = db.prepare("SELECT id, name, name_zh, kind, fiscal_year_end_month, currency FROM provider");
    while (named.step())
        m_providerNames.insert(named.text(1).toCaseFolded(), ProviderRecord{named.int64(0), named.text(1), named.text(2),
                                                                            named.text(3), named.integer(4),
                                                                            named.text(5)});

    Statement metrics = db.prepare("SELECT a.alias, m.id, m.key, m.name, m.name_zh, m.kind, m.aggregation, "
                                   "m.display_unit, m.per_share, a.market_id, a.category FROM metric_alias a "
                                   "JOIN metric m ON m.id = a.metric_id");
    while (metrics.step()) {
        const MetricMatch match{MetricRecord{metrics.int64(1), metrics.text(2), metrics.text(3), metrics.text(4),
                                             metrics.text(5), metrics.text(6), metrics.text(7),
                                             metrics.integer(8) != 0},
                                metrics.optionalInt64(9), metrics.text(10)};
        m_metrics.insert(metrics.text(0).toCaseFolded(), match);
    }
    Statement keyed = db.prepare("SELECT id, key, name, name_zh, kind, aggregation, display_unit, per_share FROM metric");
    while (keyed.step()) {
        const MetricRecord metric{keyed.int64(0), keyed.text(1), keyed.text(2), keyed.text(3),
                                  keyed.text(4),  keyed.text(5), keyed.text(6), keyed.integer(7) != 0};
        for (const QString& own : {metric.key, metric.name})
            if (!m_metricKeys.contains(own.toCaseFolded()))
                m_metricKeys.insert(own.toCaseFolded(), MetricMatch{metric, std::nullopt, QString()});
    }

    Statement markets = db.prepare("SELECT id, key, name FROM market");
    while (markets.step()) {
        m_marketKeys.insert(markets.text(1), markets.int64(0));
        m_marketNames.insert(markets.text(2).toCaseFolded(), markets.int64(0));
    }
}

const ProviderRecord* CatalogSnapshot::provider(const QString& nameOrAlias) const
{
    if (const ProviderRecord* named = providerNamed(nameOrAlias))
        return named;
    const auto found = m_providers.constFind(nameOrAlias.toCaseFolded());
    return found == m_providers.constEnd() ? nullptr : &*found;
}

const ProviderRecord* CatalogSnapshot::providerNamed(const QString& name) const
{
    const auto found = m_providerNames.constFind(name.toCaseFolded());
    return found == m_providerNames.constEnd() ? nullptr : &*found;
}

const MetricMatch* CatalogSnapshot::metric(const QString& keyOrAlias) const
{
    const auto found = m_metrics.constFind(keyOrAlias.toCaseFolded());
    if (found != m_metrics.constEnd())
        return &*found;
    return metricKeyed(keyOrAlias);
}

const MetricMatch* CatalogSnapshot::metricKeyed(const QString& keyOrName) const
{
    const auto found = m_metricKeys.constFind(keyOrName.toCaseFolded());
    return found == m_metricKeys.constEnd() ? nullptr : &*found;
}

void CatalogSnapshot::addAliases(const QHash<QString, std::int64_t>& providers,
                                 const QHash<QString, std::int64_t>& metrics)
{
    for (auto it = providers.cbegin(); it != providers.cend(); ++it)
        for (const ProviderRecord& p : std::as_const(m_providerNames))
            if (p.id == it.value())
                m_providers.insert(it.key().toCaseFolded(), p);
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        for (const MetricMatch& m : std::as_const(m_metricKeys))
            if (m.metric.id == it.value())
                m_metrics.insert(it.key().toCaseFolded(), m);
}

std::optional<std::int64_t> CatalogSnapshot::market(const QString& keyOrName) const
{
    if (const auto key = m_marketKeys.constFind(keyOrName); key != m_marketKeys.constEnd())
        return *key;
    if (const auto name = m_marketNames.constFind(keyOrName.toCaseFolded()); name != m_marketNames.constEnd())
        return *name;
    return std::nullopt;
}

} // namespace mixshift
