#pragma once

#include "store/Catalog.h"

#include <QHash>

namespace mixshift {

class Database;

/// The catalog's names read once into memory — providers with their aliases, metric aliases, markets — so an
/// import can resolve names off the database thread. Matching ignores case, as the store's aliases do.
class CatalogSnapshot
{
public:
    explicit CatalogSnapshot(Database& db);

    /// A provider by its own name, else by an alias: a provider named Amazon wins over an alias Amazon of AWS.
    const ProviderRecord* provider(const QString& nameOrAlias) const;
    /// Only a provider of exactly this name, no alias.
    const ProviderRecord* providerNamed(const QString& name) const;
    const MetricMatch* metric(const QString& keyOrAlias) const;
    /// Only a metric of exactly this key or name, no alias.
    const MetricMatch* metricKeyed(const QString& keyOrName) const;
    /// Names matched to known ids for this import only (a dry run writes no aliases): alias → id.
    void addAliases(const QHash<QString, std::int64_t>& providers, const QHash<QString, std::int64_t>& metrics);
    /// A market by key, or else by name.
    std::optional<std::int64_t> market(const QString& keyOrName) const;

private:
    QHash<QString, ProviderRecord> m_providers;
    QHash<QString, ProviderRecord> m_providerNames;
    QHash<QString, MetricMatch> m_metrics;
    QHash<QString, MetricMatch> m_metricKeys;
    QHash<QString, std::int64_t> m_marketKeys;
    QHash<QString, std::int64_t> m_marketNames;
};

} // namespace mixshift
