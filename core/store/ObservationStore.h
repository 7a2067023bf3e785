#pragma once

#include <QDate>
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

enum class PutOutcome { Inserted, Skipped, Overwritten, Revised };

/// Writes series and observations. Callers own the transaction around a logical operation.
class ObservationStore
{
public:
    explicit ObservationStore(Database& db);

    /// The series with this identity, created when it does not exist yet.
    std::int64_t seriesId(const SeriesKey& key);

    PutOutcome put(std::int64_t seriesId, const ObservationInput& observation, ConflictPolicy policy);

private:
    Database& m_db;
};

} // namespace mixshift
