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
/// (the period, provider or metric) of the values below it.
enum class ImportLayout { Long, Wide };

/// What to do with a value written as a range (`32-34`).
enum class RangeRule { Reject, Midpoint, Low, High };

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
