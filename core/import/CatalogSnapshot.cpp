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

    Statement metrics = db.prepare("SELECT a.alias, m.id, m.key, m.name, m.name_zh, m.kind, m.aggregation, "
                                   "m.display_unit, a.market_id, a.category FROM metric_alias a "
                                   "JOIN metric m ON m.id = a.metric_id");
    while (metrics.step())
        m_metrics.insert(metrics.text(0).toCaseFolded(),
                         MetricMatch{MetricRecord{metrics.int64(1), metrics.text(2), metrics.text(3), metrics.text(4),
                                                  metrics.text(5), metrics.text(6), metrics.text(7)},
                                     metrics.optionalInt64(8), metrics.text(9)});

    Statement markets = db.prepare("SELECT id, key, name FROM market");
    while (markets.step()) {
        m_marketKeys.insert(markets.text(1), markets.int64(0));
        m_marketNames.insert(markets.text(2).toCaseFolded(), markets.int64(0));
    }
}

const ProviderRecord* CatalogSnapshot::provider(const QString& nameOrAlias) const
{
    const auto found = m_providers.constFind(nameOrAlias.toCaseFolded());
    return found == m_providers.constEnd() ? nullptr : &*found;
}

const MetricMatch* CatalogSnapshot::metric(const QString& keyOrAlias) const
{
    const auto found = m_metrics.constFind(keyOrAlias.toCaseFolded());
    return found == m_metrics.constEnd() ? nullptr : &*found;
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
