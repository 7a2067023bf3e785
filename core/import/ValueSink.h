#pragma once

#include "RowMapper.h"
#include "store/ObservationStore.h"

#include <QHash>
#include <QStringList>

#include <cstdint>
#include <tuple>

namespace mixshift {

/// Where the importer puts mapped values: into the store (ValueWriter), or, for previews and dry runs, nowhere
/// — only the outcome each value would have (ValueChecker). Both add the names the catalog did not know once
/// each and list them.
class ValueSink
{
public:
    enum class Result { Stored, Revision, NoCurrentForRevision };

    virtual ~ValueSink() = default;

    /// Stores (or checks) `value`; for Result::Stored, `outcome` says what the conflict policy did.
    virtual Result write(MappedValue& value, PutOutcome& outcome) = 0;

    const QStringList& newProviders() const { return m_newProviders; }
    const QStringList& newMetrics() const { return m_newMetrics; }
    const QStringList& newMarkets() const { return m_newMarkets; }

protected:
    /// What tells series apart, as a key both sinks cache their series ids under.
    using SeriesIdentity = std::tuple<std::int64_t, std::int64_t, std::int64_t, QString, QString>;
    static SeriesIdentity identityOf(const SeriesKey& key)
    {
        return {key.providerId, key.metricId, key.marketId.value_or(0), key.category, key.currency};
    }

    /// The id of a name new to the catalog: made by `create` the first time (and the name listed), then reused.
    template <typename Create>
    std::int64_t newName(QHash<QString, std::int64_t>& ids, QStringList& listed, const QString& key,
                         const QString& shown, Create create)
    {
        auto found = ids.find(key);
        if (found == ids.end()) {
            found = ids.insert(key, create());
            listed << shown;
        }
        return *found;
    }

    QHash<QString, std::int64_t> m_addedProviders;
    QHash<QString, std::int64_t> m_addedMetrics;
    QHash<QString, std::int64_t> m_addedMarkets;
    QStringList m_newProviders;
    QStringList m_newMetrics;
    QStringList m_newMarkets;
};

} // namespace mixshift
