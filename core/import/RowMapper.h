#pragma once

#include "ImportMapping.h"
#include "ImportReport.h"
#include "store/Catalog.h"
#include "store/ObservationStore.h"

#include <QHash>

#include <optional>

namespace mixshift {

class Database;
struct CsvRecord;

/// One value of a row, resolved to store identities, ready to write.
struct MappedValue
{
    SeriesKey series;
    ObservationInput input;
    bool revision = false;
    ImportedValue shown;
};

/// Turns a CSV record into observations through a mapping: resolves provider, metric, market and source
/// names through the catalog's aliases (adding the ones it has never seen, and listing them), reads periods
/// through the provider's fiscal year, and values with their units. A value it cannot read becomes a
/// rejection naming the column and the reason. Runs inside the caller's transaction.
class RowMapper
{
public:
    /// `describe`: fill MappedValue::shown for display (period labels and names); bulk imports skip it.
    RowMapper(Database& db, const ImportMapping& mapping, const QStringList& header, const QString& fileName,
              std::optional<std::int64_t> batchId, bool describe);

    /// Appends the record's values to `values` and its problems to `rejections`; false when it had any problem.
    bool map(const CsvRecord& record, QVector<MappedValue>& values, QVector<Rejection>& rejections, qint64& missing);

    const QStringList& newProviders() const { return m_newProviders; }
    const QStringList& newMetrics() const { return m_newMetrics; }
    const QStringList& newMarkets() const { return m_newMarkets; }

private:
    struct Cell
    {
        QString text;
        int column = -1;
    };
    Cell cell(const CsvRecord& record, ImportField field) const;
    const ProviderRecord& provider(const QString& name);
    const MetricMatch& metric(const QString& name, const Unit& unit);
    std::int64_t market(const QString& keyOrName);
    std::int64_t source(const QString& title, const QString& url);
    const std::optional<Unit>& cachedUnit(const QString& text);
    std::optional<std::pair<QDate, QDate>> period(const CsvRecord& record, const Cell& label,
                                                  const ProviderRecord& provider, Rejection& problem);

    Catalog m_catalog;
    ImportMapping m_mapping;
    QStringList m_header;
    QString m_fileName;
    std::optional<std::int64_t> m_batchId;
    ValueParser m_values;
    bool m_describe;
    /// The column of each field (indexed by ImportField), -1 when no column supplies it.
    QVector<int> m_fieldColumns;
    QVector<int> m_valueColumns;
    QStringList m_headerNames;
    QStringList m_headerUnits;
    QHash<QString, ProviderRecord> m_providers;
    QHash<QString, MetricMatch> m_metrics;
    QHash<QString, std::int64_t> m_markets;
    QHash<QString, std::int64_t> m_sources;
    QString m_lastSourceKey;
    std::int64_t m_lastSourceId = 0;
    QHash<QString, std::optional<Unit>> m_units;
    /// Per fiscal-year-end month: period label → calendar range.
    QHash<int, QHash<QString, std::optional<std::pair<QDate, QDate>>>> m_periods;
    QStringList m_newProviders;
    QStringList m_newMetrics;
    QStringList m_newMarkets;
};

} // namespace mixshift
