#pragma once

#include "BoundTexts.h"
#include "Statement.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace mixshift {

class Database;

/// What identifies a series: provider × metric × (market | category) × currency.
struct SeriesKey
{
    std::int64_t providerId = 0;
    std::int64_t metricId = 0;
    std::optional<std::int64_t> marketId;
    QString category;
    QString currency;
};

/// One value for one period, in base units, with how it was stated and where it came from.
struct ObservationInput
{
    QDate start;
    QDate end;
    double value = 0;
    QString qualifier;
    QString unit;
    QString originalText;
    QString note;
    std::int64_t sourceId = 0;
    std::optional<std::int64_t> batchId;
};

/// What to do when a series already has a value for the period.
enum class ConflictPolicy {
    Skip,      ///< keep the stored value
    Overwrite, ///< replace it, keeping no history
    Revision,  ///< the new value becomes current; the stored one is kept as a revision with its source
};

/// "skip", "overwrite", "revision": as the command line and the settings write a policy.
QString conflictPolicyKey(ConflictPolicy policy);
std::optional<ConflictPolicy> conflictPolicyFromKey(const QString& key);

enum class PutOutcome {
    Inserted,
    Skipped,     ///< a different stored value was kept (policy Skip)
    Overwritten,
    Revised,
    Unchanged,   ///< the same value from the same source was stored already: nothing to do
};

/// The current value stored for a period, as far as conflicts are concerned.
struct StoredValue
{
    double value = 0;
    QString qualifier;
    std::int64_t sourceId = 0;
};

/// What the policy does with `incoming` when `stored` is the period's current value (none: it is inserted).
PutOutcome conflictOutcome(const std::optional<StoredValue>& stored, const ObservationInput& incoming,
                           ConflictPolicy policy);

/// Writes series and observations through statements prepared once, so that bulk imports stay fast.
/// Callers own the transaction around a logical operation.
class ObservationStore
{
public:
    explicit ObservationStore(Database& db);

    /// The series with this identity, created when it does not exist yet (and `created` then set).
    std::int64_t seriesId(const SeriesKey& key, bool* created = nullptr);
    /// Creates a series the caller knows is not stored (its provider, say, is new), without looking first.
    std::int64_t addSeries(const SeriesKey& key);

    /// Stores the value under the policy. When it replaces a stored value (overwritten or revised) and comes
    /// with a batch, the value it replaced is recorded for that batch, so that removing the batch restores it.
    PutOutcome put(std::int64_t seriesId, const ObservationInput& observation, ConflictPolicy policy);

    /// The most observations insertAllNew() takes at once (bulk imports): newChunkFor() the store.
    int newChunk() const { return m_newChunk; }
    static int newChunkFor(const Database& db);
    struct NewObservation
    {
        std::int64_t seriesId = 0;
        const ObservationInput* observation = nullptr;
    };
    /// Inserts `count` observations at once and returns true when no stored value has the period of one of
    /// them (nor do two of them share one). Otherwise inserts none and returns false: put() them one by one
    /// for the conflict policy to decide. A file takes exactly newChunk() (16) to one statement, a third
    /// cheaper per row than a statement each; a team store streams from a few up to newChunk() (8192) with
    /// COPY, where the round trips and each statement's triggers are what costs. Other counts return false at once.
    bool insertAllNew(const NewObservation* observations, int count);
    /// Stores `count` observations under the policy, each as put() would, with what is stored read by one query
    /// a series: a chunk that meets stored periods (a file imported again) costs a few statements, not two a value
    /// (a round trip each on a server). `outcomes[i]` is what became of observations[i].
    void putAll(const NewObservation* observations, int count, ConflictPolicy policy, PutOutcome* outcomes);
    /// Keeps `observation` as a revision of the current value of its period, which must exist; false if not.
    bool addRevision(std::int64_t seriesId, const ObservationInput& observation);

private:
    LastingText isoDate(const QDate& date);
    bool streamAllNew(const NewObservation* observations, int count);

    Database& m_db;
    int m_newChunk;
    QHash<qint64, QByteArray> m_isoDates;
    /// The texts of the row being streamed (team stores).
    BoundTexts m_rowTexts;
    Statement m_findSeries;
    Statement m_insertSeries;
    Statement m_insert;
    /// newChunk() rows to one INSERT (files).
    std::optional<Statement> m_insertChunk;
    Statement m_findCurrent;
    Statement m_findStoredSpan;
    Statement m_archiveCurrent;
    Statement m_update;
    Statement m_recordReplaced;
    Statement m_insertRevision;
};

} // namespace mixshift
