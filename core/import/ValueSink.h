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

    /// What became of one value; for Result::Stored, `outcome` says what the conflict policy did.
    struct Written
    {
        Result result = Result::Stored;
        PutOutcome outcome = PutOutcome::Inserted;
    };
    /// Stores (or checks) `values` in their order; `written[i]` is what became of values[i]. A batch at a
    /// time, so the store can write many values in one statement.
    virtual void write(QVector<MappedValue>& values, QVector<Written>& written) = 0;

    const QStringList& newProviders() const { return m_providers.listed; }
    const QStringList& newMetrics() const { return m_metrics.listed; }
    const QStringList& newMarkets() const { return m_markets.listed; }

protected:
    /// What tells series apart, as a key both sinks cache their series ids under.
    using SeriesIdentity = std::tuple<std::int64_t, std::int64_t, std::int64_t, QString, QString>;
    static SeriesIdentity identityOf(const SeriesKey& key)
    {
        return {key.providerId, key.metricId, key.marketId.value_or(0), key.category, key.currency};
    }

    /// Names of one kind new to the catalog: the id each was given, and the names as the user is shown them.
    struct NewNames
    {
        QHash<QString, std::int64_t> ids;
        QStringList listed;
        /// Values mostly repeat the previous value's name: compared before hashing.
        QString lastKey;
        std::int64_t lastId = 0;
    };

    /// The id of a name new to the catalog: made by `create` the first time (and the name listed), then reused.
    template <typename Create>
    std::int64_t newName(NewNames& names, const QString& key, const QString& shown, Create create)
    {
        if (names.lastId != 0 && key == names.lastKey)
            return names.lastId;
        auto found = names.ids.find(key);
        if (found == names.ids.end()) {
            found = names.ids.insert(key, create());
            names.listed << shown;
        }
        names.lastKey = key;
        names.lastId = *found;
        return names.lastId;
    }

    NewNames m_providers;
    NewNames m_metrics;
    NewNames m_markets;
};

} // namespace mixshift
