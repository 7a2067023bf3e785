#pragma once

#include "CatalogSnapshot.h"
#include "ImportMapping.h"
#include "ImportReport.h"
#include "store/ObservationStore.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <unordered_map>

namespace mixshift {

struct CsvRecord;

/// One value of a row with its names resolved as far as the catalog knows them, ready to write. Names the
/// catalog does not know keep id 0 (provider, metric) or a name (market); the writer adds them.
/// Provider and metric point into the RowMapper's caches (which never move an entry): a value is valid while
/// the mapper that made it lives. Values are made a million at a time, so they carry no copies of names.
struct MappedValue
{
    const ProviderRecord* provider = nullptr;
    const MetricRecord* metric = nullptr;
    std::optional<std::int64_t> marketId;
    QString newMarket;
    QString category;
    QString currency;
    ObservationInput input;
    QString sourceTitle;
    QString sourceUrl;
    bool revision = false;
    /// The file's line the value was read from.
    qint64 line = 0;
    /// The date the cell was dated by, when values of several dates are aggregated into its period.
    QDate dated;
    /// For display, when the mapper was asked to describe what it maps (previews, the wizard's review).
    std::optional<ImportedValue> shown;
};

/// What mapping found beyond values and rejections, for the summary: names matched through aliases, the
/// units applied, statement lines left out.
struct MappingFindings
{
    QVector<NameMatch> aliasMatches;
    /// Unit text as written → values read with it.
    std::unordered_map<QString, qint64> unitUses;
    /// Per-share lines, and the currency they were given when they state none.
    QStringList perShareLines;
    QStringList linesLeftOut;
    qint64 emptyLines = 0;
};

/// Turns a CSV record into observations through a mapping: resolves provider, metric and market names
/// through the catalog's aliases, reads periods through the provider's fiscal year, and values with their
/// units (the cell's, a unit column's, the row label's `营业总收入(万元)`, the column header's, the default).
/// A value it cannot read becomes a rejection naming the column and the reason. Touches no database, so it can
/// run on a thread of its own while another writes.
class RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(RowMapper)

public:
    /// `describe`: fill MappedValue::shown for display (period labels and names); bulk imports skip it.
    RowMapper(const CatalogSnapshot& catalog, const ImportMapping& mapping, const QStringList& header,
              const QString& fileName, bool describe);

    /// Appends the record's values to `values` and its problems to `rejections`; false when it had any problem.
    bool map(const CsvRecord& record, QVector<MappedValue>& values, QVector<Rejection>& rejections, qint64& missing);

    const MappingFindings& findings() const { return m_findings; }

private:
    struct Cell
    {
        QString text;
        int column = -1;
    };
    /// A line item's label split into the metric's name and the unit in its brackets.
    struct Label
    {
        QString name;
        QString unit;
    };
    struct DatedPeriod
    {
        std::optional<std::pair<QDate, QDate>> range;
        QDate dated;
    };

    Cell columnCell(const CsvRecord& record, ImportField field) const;
    Cell cell(const CsvRecord& record, ImportField field) const;
    bool isLiteral(const QString& name) const;
    const ProviderRecord& provider(const QString& name);
    const MetricMatch& metric(const QString& name, const Unit& unit);
    const Label& label(const QString& text);
    const std::optional<Unit>& cachedUnit(const QString& text);
    void countUnit(const QString& text);
    static const QString& repeated(QString& previous, const QString& text);
    const DatedPeriod* period(const CsvRecord& record, const Cell& label, const ProviderRecord& provider,
                              Rejection& problem);
    /// For a statement: false when an earlier line already supplied this line's series (metric, and the market
    /// or category its alias implies): the row is left out, and named by `metricKey` in the summary.
    bool firstLineOf(const QString& seriesKey, const QString& metricKey, const QString& labelText, qint64 line);

    const CatalogSnapshot& m_catalog;
    ImportMapping m_mapping;
    QStringList m_header;
    /// The source of values whose row names none.
    QString m_fileSource;
    ValueParser m_values;
    bool m_describe;
    bool m_wide;
    ImportField m_wideField;
    /// The column of each field (indexed by ImportField), -1 when no column supplies it.
    QVector<int> m_fieldColumns;
    /// Each field's default, trimmed (indexed by ImportField).
    QStringList m_defaults;
    QVector<int> m_valueColumns;
    QStringList m_headerNames;
    QStringList m_headerUnits;
    // Node-based maps: the references these caches hand out stay valid when a later insert rehashes
    // (QHash moves its entries).
    std::unordered_map<QString, ProviderRecord> m_providers;
    std::unordered_map<QString, MetricMatch> m_metrics;
    std::unordered_map<QString, Label> m_labels;
    std::unordered_map<QString, std::optional<Unit>> m_units;
    /// Per fiscal-year-end month: period label → calendar range.
    std::unordered_map<int, std::unordered_map<QString, DatedPeriod>> m_periods;
    /// Statements: series key → the label of the line that supplied it.
    QHash<QString, QString> m_metricLines;
    QString m_lastProviderName;
    const ProviderRecord* m_lastProvider = nullptr;
    QString m_lastMetricName;
    const MetricMatch* m_lastMetric = nullptr;
    QString m_lastLabelText;
    const Label* m_lastLabel = nullptr;
    QString m_lastUnitText;
    qint64* m_lastUnitCount = nullptr;
    QString m_lastUnit;
    QString m_lastNote;
    QString m_lastSourceTitle;
    QString m_lastSourceUrl;
    QString m_lastCategory;
    MappingFindings m_findings;
};

} // namespace mixshift
