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

    const ProviderRecord* provider(const QString& nameOrAlias) const;
    const MetricMatch* metric(const QString& keyOrAlias) const;
    /// A market by key, or else by name.
    std::optional<std::int64_t> market(const QString& keyOrName) const;

private:
    QHash<QString, ProviderRecord> m_providers;
    QHash<QString, MetricMatch> m_metrics;
    QHash<QString, std::int64_t> m_marketKeys;
    QHash<QString, std::int64_t> m_marketNames;
};

} // namespace mixshift
