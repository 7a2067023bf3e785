#pragma once

#include "ValueParser.h"
#include "io/CsvReader.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace mixshift {

/// What a column (or a default) supplies to an observation.
enum class ImportField {
    Ignore,
    Provider,
    Metric,
    Market,
    Category,
    Period,
    Start,
    End,
    Value,
    Unit,
    StatedUnit,
    Currency,
    Qualifier,
    OriginalText,
    Source,
    SourceUrl,
    Note,
    Status,
};

/// The field's name in profiles, on the command line and in messages: `provider`, `original_text`, …
QString fieldKey(ImportField field);
std::optional<ImportField> fieldFromKey(const QString& key);
QStringList fieldKeys();

/// Long: one observation a row. Wide: several value columns a row, each column's header naming one field
/// (the period, provider or metric) of the values below it. Transposed: a statement as portals publish it —
/// line items (metrics, with their units in brackets) down the first column, one column per period.
enum class ImportLayout { Long, Wide, Transposed };

/// What a period cell that is a date stands for. Automatic: a quarter's last day is that quarter, any other
/// day its month — unless the dates' spacing says otherwise (the plan infers it).
enum class PeriodLength { Automatic, Day, Month, Quarter, Year };

/// How values whose dates fall into one period are combined. ByMetric: stocks and ratios keep the last, flows add up.
enum class Aggregation { ByMetric, Last, First, Sum, Mean, Min, Max };

QString periodLengthKey(PeriodLength length);
std::optional<PeriodLength> periodLengthFromKey(const QString& key);
QString aggregationKey(Aggregation aggregation);
std::optional<Aggregation> aggregationFromKey(const QString& key);
QString layoutKey(ImportLayout layout);
std::optional<ImportLayout> layoutFromKey(const QString& key);

/// What to do with a value written as a range (`32-34`).
enum class RangeRule { Reject, Midpoint, Low, High };

std::optional<RangeRule> rangeRuleFromKey(const QString& key);

/// Everything needed to read a file into observations: how it is written, where its header is, what each
/// column means and the values for fields the file lacks. Saved in the project as a named profile (JSON).
struct ImportMapping
{
    CsvFormat format;
    int headerRecord = 0;
    NumberFormat numbers;
    ImportLayout layout = ImportLayout::Long;
    ImportField wideField = ImportField::Period;
    /// One entry per header column. In the wide layout, Value marks the value columns.
    QVector<ImportField> columns;
    QHash<ImportField, QString> defaults;
    RangeRule ranges = RangeRule::Reject;
    PeriodLength periodLength = PeriodLength::Automatic;
    /// Dates more frequent than the period length fall into one period and are combined: the plan sets this
    /// when the dates' spacing is shorter than the length chosen; otherwise a date is the end of its period.
    bool aggregateDates = false;
    Aggregation aggregation = Aggregation::ByMetric;
    /// Names taken as they are written, not through an alias (Amazon stays Amazon, not AWS).
    QStringList literalNames;
    /// The one currency a statement's line items state (万元 → CNY), given to its per-share lines that state
    /// none. Found in each file by the import plan; not part of a saved profile.
    QString statementCurrency;

    /// The first column mapped to `field`, or -1.
    int columnOf(ImportField field) const;
    QVector<int> valueColumns() const;

    QJsonObject toJson() const;
    /// Throws Error when the JSON is not a mapping this version can read.
    static ImportMapping fromJson(const QJsonObject& json);

    /// Identifies a header for offering a saved profile again: its cells, trimmed and lower-cased.
    static QString headerSignature(const QStringList& header);
};

} // namespace mixshift
