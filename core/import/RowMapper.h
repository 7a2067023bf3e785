#pragma once

#include "CatalogSnapshot.h"
#include "ImportMapping.h"
#include "ImportReport.h"
#include "store/ObservationStore.h"

#include <QHash>

#include <optional>
#include <unordered_map>

namespace mixshift {

struct CsvRecord;

/// One value of a row with its names resolved as far as the catalog knows them, ready to write. Names the
/// catalog does not know keep id 0 (provider, metric) or a name (market); the writer adds them.
struct MappedValue
{
    QString providerName;
    std::int64_t providerId = 0;
    MetricRecord metric;
    std::optional<std::int64_t> marketId;
    QString newMarket;
    QString category;
    QString currency;
    ObservationInput input;
    QString sourceTitle;
    QString sourceUrl;
    bool revision = false;
    ImportedValue shown;
};

/// Turns a CSV record into observations through a mapping: resolves provider, metric and market names
/// through the catalog's aliases, reads periods through the provider's fiscal year, and values with their
/// units. A value it cannot read becomes a rejection naming the column and the reason. Touches no database,
/// so it can run on a thread of its own while another writes.
class RowMapper
{
public:
    /// `describe`: fill MappedValue::shown for display (period labels and names); bulk imports skip it.
    RowMapper(const CatalogSnapshot& catalog, const ImportMapping& mapping, const QStringList& header,
              const QString& fileName, bool describe);

    /// Appends the record's values to `values` and its problems to `rejections`; false when it had any problem.
    bool map(const CsvRecord& record, QVector<MappedValue>& values, QVector<Rejection>& rejections, qint64& missing);


private:
    struct Cell
    {
        QString text;
        int column = -1;
    };
    Cell cell(const CsvRecord& record, ImportField field) const;
    const ProviderRecord& provider(const QString& name);
    const MetricMatch& metric(const QString& name, const Unit& unit);
    const std::optional<Unit>& cachedUnit(const QString& text);
    std::optional<std::pair<QDate, QDate>> period(const CsvRecord& record, const Cell& label,
                                                  const ProviderRecord& provider, Rejection& problem);

    const CatalogSnapshot& m_catalog;
    ImportMapping m_mapping;
    QStringList m_header;
    QString m_fileName;
    ValueParser m_values;
    bool m_describe;
    /// The column of each field (indexed by ImportField), -1 when no column supplies it.
    QVector<int> m_fieldColumns;
    QVector<int> m_valueColumns;
    QStringList m_headerNames;
    QStringList m_headerUnits;
    // Node-based maps: the references these caches hand out stay valid when a later insert rehashes
    // (QHash moves its entries).
    std::unordered_map<QString, ProviderRecord> m_providers;
    std::unordered_map<QString, MetricMatch> m_metrics;
    std::unordered_map<QString, std::optional<Unit>> m_units;
    /// Per fiscal-year-end month: period label → calendar range.
    QHash<int, QHash<QString, std::optional<std::pair<QDate, QDate>>>> m_periods;
};

} // namespace mixshift
