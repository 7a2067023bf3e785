#include "ImportMapping.h"

#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace mixshift {

namespace {

constexpr std::array<std::pair<ImportField, const char*>, 18> fieldNames{{
    {ImportField::Ignore, "ignore"},
    {ImportField::Provider, "provider"},
    {ImportField::Metric, "metric"},
    {ImportField::Market, "market"},
    {ImportField::Category, "category"},
    {ImportField::Period, "period"},
    {ImportField::Start, "start"},
    {ImportField::End, "end"},
    {ImportField::Value, "value"},
    {ImportField::Unit, "unit"},
    {ImportField::StatedUnit, "stated_unit"},
    {ImportField::Currency, "currency"},
    {ImportField::Qualifier, "qualifier"},
    {ImportField::OriginalText, "original_text"},
    {ImportField::Source, "source"},
    {ImportField::SourceUrl, "source_url"},
    {ImportField::Note, "note"},
    {ImportField::Status, "status"},
}};

constexpr std::array<std::pair<RangeRule, const char*>, 4> rangeNames{{
    {RangeRule::Reject, "reject"},
    {RangeRule::Midpoint, "midpoint"},
    {RangeRule::Low, "low"},
    {RangeRule::High, "high"},
}};

constexpr std::array<std::pair<PeriodLength, const char*>, 5> lengthNames{{
    {PeriodLength::Automatic, "auto"},
    {PeriodLength::Day, "day"},
    {PeriodLength::Month, "month"},
    {PeriodLength::Quarter, "quarter"},
    {PeriodLength::Year, "year"},
}};

constexpr std::array<std::pair<Aggregation, const char*>, 7> aggregationNames{{
    {Aggregation::ByMetric, "auto"},
    {Aggregation::Last, "last"},
    {Aggregation::First, "first"},
    {Aggregation::Sum, "sum"},
    {Aggregation::Mean, "mean"},
    {Aggregation::Min, "min"},
    {Aggregation::Max, "max"},
}};

constexpr std::array<std::pair<ImportLayout, const char*>, 3> layoutNames{{
    {ImportLayout::Long, "long"},
    {ImportLayout::Wide, "wide"},
    {ImportLayout::Transposed, "transposed"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [v, name] : names)
        if (v == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(names.front().second);
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const QString& key)
{
    for (const auto& [v, name] : names)
        if (key.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

QString charText(QChar c)
{
    return c.isNull() ? QString() : QString(c);
}

QChar textChar(const QJsonValue& value, QChar fallback)
{
    const QString text = value.toString();
    return value.isUndefined() ? fallback : (text.isEmpty() ? QChar() : text.front());
}

} // namespace

QString fieldKey(ImportField field)
{
    return keyOf(fieldNames, field);
}

std::optional<ImportField> fieldFromKey(const QString& key)
{
    return valueOf(fieldNames, key);
}

QString periodLengthKey(PeriodLength length)
{
    return keyOf(lengthNames, length);
}

std::optional<PeriodLength> periodLengthFromKey(const QString& key)
{
    return valueOf(lengthNames, key);
}

QString aggregationKey(Aggregation aggregation)
{
    return keyOf(aggregationNames, aggregation);
}

std::optional<Aggregation> aggregationFromKey(const QString& key)
{
    return valueOf(aggregationNames, key);
}

QString layoutKey(ImportLayout layout)
{
    return keyOf(layoutNames, layout);
}

std::optional<ImportLayout> layoutFromKey(const QString& key)
{
    return valueOf(layoutNames, key);
}

std::optional<RangeRule> rangeRuleFromKey(const QString& key)
{
    return valueOf(rangeNames, key);
}

QStringList fieldKeys()
{
    QStringList keys;
    for (const auto& entry : fieldNames)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

int ImportMapping::columnOf(ImportField field) const
{
    return static_cast<int>(columns.indexOf(field));
}

QVector<int> ImportMapping::valueColumns() const
{
    QVector<int> result;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i] == ImportField::Value)
            result << i;
    return result;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray columnArray;
    for (const ImportField field : columns)
        columnArray.append(fieldKey(field));
    QJsonObject defaultObject;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        defaultObject.insert(fieldKey(it.key()), it.value());
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("encoding"), QString::fromLatin1(format.encoding)},
        {QStringLiteral("delimiter"), charText(format.delimiter)},
        {QStringLiteral("quote"), charText(format.quote)},
        {QStringLiteral("header_record"), headerRecord},
        {QStringLiteral("decimal"), charText(numbers.decimal)},
        {QStringLiteral("thousands"), charText(numbers.thousands)},
        {QStringLiteral("layout"), layoutKey(layout)},
        {QStringLiteral("wide_field"), fieldKey(wideField)},
        {QStringLiteral("columns"), columnArray},
        {QStringLiteral("defaults"), defaultObject},
        {QStringLiteral("ranges"), keyOf(rangeNames, ranges)},
        {QStringLiteral("lenient_quotes"), format.lenientQuotes},
        {QStringLiteral("period_length"), periodLengthKey(periodLength)},
        {QStringLiteral("aggregate_dates"), aggregateDates},
        {QStringLiteral("aggregation"), aggregationKey(aggregation)},
        {QStringLiteral("literal_names"), QJsonArray::fromStringList(literalNames)},
    };
}

ImportMapping ImportMapping::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        throw Error(QCoreApplication::translate("ImportMapping", "import profile: unknown version %1").arg(json.value(QStringLiteral("version")).toInt()));
    ImportMapping m;
    m.format.encoding = json.value(QStringLiteral("encoding")).toString(QStringLiteral("UTF-8")).toLatin1();
    m.format.delimiter = textChar(json.value(QStringLiteral("delimiter")), QLatin1Char(','));
    m.format.quote = textChar(json.value(QStringLiteral("quote")), QLatin1Char('"'));
    m.headerRecord = json.value(QStringLiteral("header_record")).toInt();
    m.numbers.decimal = textChar(json.value(QStringLiteral("decimal")), QLatin1Char('.'));
    m.numbers.thousands = textChar(json.value(QStringLiteral("thousands")), QLatin1Char(','));
    m.format.lenientQuotes = json.value(QStringLiteral("lenient_quotes")).toBool();
    m.layout = layoutFromKey(json.value(QStringLiteral("layout")).toString()).value_or(ImportLayout::Long);
    m.periodLength =
        periodLengthFromKey(json.value(QStringLiteral("period_length")).toString()).value_or(PeriodLength::Automatic);
    m.aggregateDates = json.value(QStringLiteral("aggregate_dates")).toBool();
    m.aggregation =
        aggregationFromKey(json.value(QStringLiteral("aggregation")).toString()).value_or(Aggregation::ByMetric);
    for (const QJsonValue& name : json.value(QStringLiteral("literal_names")).toArray())
        m.literalNames << name.toString();
    m.wideField = fieldFromKey(json.value(QStringLiteral("wide_field")).toString()).value_or(ImportField::Period);
    for (const QJsonValue& value : json.value(QStringLiteral("columns")).toArray()) {
        const auto field = fieldFromKey(value.toString());
        if (!field)
            throw Error(QCoreApplication::translate("ImportMapping", "import profile: unknown field '%1'").arg(value.toString()));
        m.columns << *field;
    }
    const QJsonObject defaultObject = json.value(QStringLiteral("defaults")).toObject();
    for (auto it = defaultObject.begin(); it != defaultObject.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field)
            throw Error(QCoreApplication::translate("ImportMapping", "import profile: unknown field '%1'").arg(it.key()));
        m.defaults.insert(*field, it.value().toString());
    }
    m.ranges = rangeRuleFromKey(json.value(QStringLiteral("ranges")).toString()).value_or(RangeRule::Reject);
    return m;
}

QString ImportMapping::headerSignature(const QStringList& header)
{
    QStringList cells;
    for (const QString& cell : header)
        cells << cell.trimmed().toLower();
    return cells.join(QChar(0x1F));
}

} // namespace mixshift
