#include "RowMapper.h"

#include "DatePeriods.h"
#include "MappingGuesser.h"
#include "domain/Period.h"
#include "domain/PeriodParser.h"
#include "io/CsvFormulaGuard.h"
#include "io/CsvReader.h"

#include <QFileInfo>
#include <QStringBuilder>

#include <algorithm>

namespace mixshift {

namespace {

// A metric seen for the first time takes its kind from its first value's unit.
MetricRecord newMetric(const QString& name, const Unit& unit)
{
    MetricRecord metric;
    metric.key = name.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    metric.name = name.trimmed();
    if (unit.percent) {
        metric.kind = QStringLiteral("percent");
        metric.aggregation = QStringLiteral("ratio");
        metric.displayUnit = QStringLiteral("%");
    } else if (!unit.currency.isEmpty()) {
        metric.kind = QStringLiteral("money");
        metric.aggregation = QStringLiteral("flow");
    } else {
        metric.kind = QStringLiteral("count");
        metric.aggregation = QStringLiteral("stock");
    }
    return metric;
}

// Most cells need none of columnCell()'s work: no full-width forms (U+FF01…), ideographic space (U+3000) or
// minus sign (U+2212) to normalise, no space to trim, no formula guard to take off.
bool isPlainCell(const QString& text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || text.front() == QLatin1Char('\''))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x2212; });
}

bool sameName(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

RowMapper::RowMapper(const CatalogSnapshot& catalog, const ImportMapping& mapping, const QStringList& header,
                     const QString& fileName, bool describe)
    : m_catalog(catalog),
      m_mapping(mapping),
      m_header(header),
      m_fileSource(QStringLiteral("%1 (imported file)").arg(fileName)),
      m_values(mapping.numbers),
      m_describe(describe),
      m_wide(mapping.layout != ImportLayout::Long),
      m_wideField(mapping.layout == ImportLayout::Transposed ? ImportField::Period : mapping.wideField)
{
    m_mapping.columns.resize(header.size(), ImportField::Ignore);
    m_valueColumns = m_wide ? m_mapping.valueColumns() : QVector<int>{m_mapping.columnOf(ImportField::Value)};
    for (int field = 0; field <= static_cast<int>(ImportField::Status); ++field) {
        m_fieldColumns << m_mapping.columnOf(static_cast<ImportField>(field));
        m_defaults << m_mapping.defaults.value(static_cast<ImportField>(field)).trimmed();
    }
    for (const QString& cell : header) {
        m_headerNames << MappingGuesser::headerName(cell);
        m_headerUnits << MappingGuesser::headerUnit(cell);
    }
}

RowMapper::Cell RowMapper::columnCell(const CsvRecord& record, ImportField field) const
{
    const int column = m_fieldColumns[static_cast<int>(field)];
    if (column >= 0 && column < record.fields.size()) {
        const QString& field = record.fields[column];
        if (isPlainCell(field))
            return {field, column};
        QString text = ValueParser::normalizeWidth(field);
        if (!text.isEmpty() && (text.at(0).isSpace() || text.at(text.size() - 1).isSpace()))
            text = text.trimmed();
        // After the trim: a protected '\t… keeps its tab, as it was written.
        text = CsvFormulaGuard::unprotect(text);
        if (!text.isEmpty())
            return {text, column};
    }
    return {};
}

RowMapper::Cell RowMapper::cell(const CsvRecord& record, ImportField field) const
{
    Cell found = columnCell(record, field);
    // Most fields have no default: nothing to assign (a call a field, a value, a million values).
    if (const QString& fallback = m_defaults[static_cast<int>(field)]; found.text.isEmpty() && !fallback.isEmpty())
        found.text = fallback;
    return found;
}

bool RowMapper::isLiteral(const QString& name) const
{
    return m_mapping.literalNames.contains(name, Qt::CaseInsensitive);
}

const ProviderRecord& RowMapper::provider(const QString& name)
{
    // Rows mostly repeat the previous row's names: compare before hashing.
    if (m_lastProvider && name == m_lastProviderName)
        return *m_lastProvider;
    m_lastProviderName = name;
    auto found = m_providers.find(name);
    if (found != m_providers.end())
        return *(m_lastProvider = &found->second);
    ProviderRecord record;
    const ProviderRecord* known = isLiteral(name) ? m_catalog.providerNamed(name) : m_catalog.provider(name);
    if (known) {
        record = *known;
        if (!sameName(known->name, name) && known->nameZh != name)
            m_findings.aliasMatches.append({name, known->name, QStringLiteral("provider")});
    } else {
        record.name = name; // new: the writer adds it, with a calendar fiscal year until the user says otherwise
    }
    return *(m_lastProvider = &m_providers.emplace(name, record).first->second);
}

const MetricMatch& RowMapper::metric(const QString& name, const Unit& unit)
{
    if (m_lastMetric && name == m_lastMetricName)
        return *m_lastMetric;
    m_lastMetricName = name;
    auto found = m_metrics.find(name);
    if (found != m_metrics.end())
        return *(m_lastMetric = &found->second);
    MetricMatch match;
    const MetricMatch* known = isLiteral(name) ? m_catalog.metricKeyed(name) : m_catalog.metric(name);
    if (known) {
        match = *known;
        const MetricRecord& m = known->metric;
        if (!sameName(m.key, name) && !sameName(m.name, name) && m.nameZh != name)
            m_findings.aliasMatches.append({name, m.key, QStringLiteral("metric")});
    } else {
        match.metric = newMetric(name, unit); // new: its first value's unit decides its kind
    }
    return *(m_lastMetric = &m_metrics.emplace(name, match).first->second);
}

const RowMapper::Label& RowMapper::label(const QString& text)
{
    if (m_lastLabel && text == m_lastLabelText)
        return *m_lastLabel;
    m_lastLabelText = text;
    auto found = m_labels.find(text);
    if (found == m_labels.end()) {
        const auto [name, unit] = MappingGuesser::labelNameAndUnit(text);
        found = m_labels.emplace(text, Label{name, unit}).first;
    }
    return *(m_lastLabel = &found->second);
}

const std::optional<Unit>& RowMapper::cachedUnit(const QString& text)
{
    auto found = m_units.find(text);
    if (found == m_units.end())
        found = m_units.emplace(text, Unit::parse(text)).first;
    return found->second;
}

void RowMapper::countUnit(const QString& text)
{
    if (text.isEmpty())
        return;
    // Most values repeat the previous value's unit: compare before hashing.
    if (!m_lastUnitCount || text != m_lastUnitText) {
        m_lastUnitText = text;
        m_lastUnitCount = &m_findings.unitUses[text];
    }
    ++*m_lastUnitCount;
}

const RowMapper::DatedPeriod* RowMapper::period(const CsvRecord& record, const Cell& label, const ProviderRecord& p,
                                                Rejection& problem)
{
    const Cell start = cell(record, ImportField::Start);
    const Cell end = cell(record, ImportField::End);
    if (!start.text.isEmpty() && !end.text.isEmpty()) {
        // Ranges are cached apart from labels (fiscal months are 1–12).
        auto& periods = m_periods[0];
        const QString key = start.text % QLatin1Char('/') % end.text;
        auto found = periods.find(key);
        if (found == periods.end()) {
            const QDate from = QDate::fromString(start.text, Qt::ISODate);
            const QDate to = QDate::fromString(end.text, Qt::ISODate);
            DatedPeriod dated;
            if (PeriodParser::isPlausible(from) && PeriodParser::isPlausible(to) && from <= to)
                dated.range = std::pair{from, to};
            found = periods.emplace(key, dated).first;
        }
        if (found->second.range)
            return &found->second;
        problem = {record.line, start.column + 1, QStringLiteral("start"),
                   cellExcerpt(start.text + QStringLiteral("..") + end.text),
                   tr("not a date range (YYYY-MM-DD, start before end, years %1–%2)")
                       .arg(PeriodParser::minYear)
                       .arg(PeriodParser::maxYear)};
        return nullptr;
    }
    if (label.text.isEmpty()) {
        problem = {record.line, 0, QStringLiteral("period"), QString(),
                   tr("no period (map a period column, or give a default period)")};
        return nullptr;
    }
    auto& periods = m_periods[p.fiscalYearEndMonth];
    auto found = periods.find(label.text);
    if (found == periods.end()) {
        DatedPeriod dated;
        const std::optional<QDate> date = m_mapping.periodLength != PeriodLength::Automatic
                                              ? DatePeriods::parseDate(label.text)
                                              : std::nullopt;
        if (date) {
            dated.dated = *date;
            dated.range = DatePeriods::range(*date, m_mapping.periodLength, m_mapping.aggregateDates,
                                             p.fiscalYearEndMonth);
        } else if (const auto parsed = PeriodParser::parse(label.text, p.fiscalYearEndMonth)) {
            dated.range = std::pair{parsed->start(), parsed->end()};
        }
        found = periods.emplace(label.text, dated).first;
    }
    if (found->second.range)
        return &found->second;
    const int column = label.column + 1;
    const QString columnName = label.column >= 0 ? m_header.value(label.column) : QStringLiteral("period");
    if (found->second.dated.isValid())
        problem = {record.line, column, columnName, cellExcerpt(label.text),
                   tr("the dates are days, and a day is not a period MixShift stores: choose a period "
                      "length of month, quarter or year (--period-length); the values of each period "
                      "are then combined (--aggregate)")};
    else
        problem = {record.line, column, columnName, cellExcerpt(label.text),
                   tr("not a period (e.g. 2023Q3, Q3 2023, FY2024 Q2, 2024財年第二財季, 2023年第三季度, "
                      "2023-09-30, 2023; years %1–%2)")
                       .arg(PeriodParser::minYear)
                       .arg(PeriodParser::maxYear)};
    return nullptr;
}

// Units, sources and notes mostly repeat from value to value: the values then share the previous one's copy,
// and keep no cell of the record (whose memory CsvReader reuses for the next record's fields).
const QString& RowMapper::repeated(QString& previous, const QString& text)
{
    // Values of a column share the cell text of the row before them when the reader could not reuse it.
    if (text.constData() != previous.constData() && text != previous)
        previous = text;
    return previous;
}

bool RowMapper::firstLineOf(const QString& seriesKey, const QString& metricKey, const QString& labelText, qint64 line)
{
    const auto found = m_metricLines.constFind(seriesKey);
    if (found == m_metricLines.constEnd()) {
        m_metricLines.insert(seriesKey, labelText);
        return true;
    }
    if (*found == labelText)
        return true;
    m_findings.linesLeftOut << tr("%1: kept '%2', left out '%3' (line %4)")
                                   .arg(metricKey, *found, labelText)
                                   .arg(line);
    return false;
}

bool RowMapper::map(const CsvRecord& record, QVector<MappedValue>& values, QVector<Rejection>& rejections,
                    qint64& missing)
{
    const auto reject = [&](int column, const QString& text, const QString& reason) {
        rejections.append(
            {record.line, column + 1, column >= 0 ? m_header.value(column) : QString(), cellExcerpt(text), reason});
        return false;
    };
    const QVector<int>& valueColumns = m_valueColumns;
    if (valueColumns.isEmpty() || valueColumns.front() < 0)
        return reject(-1, QString(), tr("no value column is mapped"));

    const bool statement = m_mapping.layout == ImportLayout::Transposed;
    if (statement) {
        // A statement's line item names the metric of the whole row: a second line for a metric an earlier
        // line supplied (营业收入 after 营业总收入) is left out, and named in the summary.
        const Cell item = columnCell(record, ImportField::Metric);
        if (!item.text.isEmpty()) {
            const QString& name = label(item.text).name;
            const MetricMatch* known = isLiteral(name) ? m_catalog.metricKeyed(name) : m_catalog.metric(name);
            // A metric's segment (a market or a category an alias implies) is a series of its own.
            const QString metricKey = known ? known->metric.key : newMetric(name, Unit()).key;
            const QString seriesKey = known ? metricKey + QLatin1Char('/') + known->category + QLatin1Char('/') +
                                                  QString::number(known->marketId.value_or(0))
                                            : metricKey;
            if (!firstLineOf(seriesKey, metricKey, item.text, record.line))
                return true;
        }
    }

    bool clean = true;
    qint64 rowMissing = 0;
    const qsizetype valuesBefore = values.size();
    for (const int valueColumn : valueColumns) {
        // In the wide layout the value column's header supplies one field (the period, provider or metric).
        const QString headerValue = m_wide ? m_headerNames.value(valueColumn) : QString();

        const auto fieldText = [&](ImportField field) -> Cell {
            if (m_wide && field == m_wideField)
                return {headerValue, valueColumn};
            return cell(record, field);
        };

        const Cell providerCell = fieldText(ImportField::Provider);
        if (providerCell.text.isEmpty()) {
            clean = reject(providerCell.column, QString(),
                           tr("no provider (map a provider column, or give a default provider)"));
            continue;
        }
        const QString& rawValue = record.fields[valueColumn];
        ParsedValue parsed = m_values.parse(rawValue);
        if (parsed.status == ParsedValue::Status::Missing) {
            ++missing;
            ++rowMissing;
            continue;
        }
        const Cell valueCell{rawValue.trimmed(), valueColumn};
        if (parsed.status == ParsedValue::Status::Invalid) {
            clean = reject(valueColumn, valueCell.text, parsed.reason);
            continue;
        }
        if (parsed.status == ParsedValue::Status::Range) {
            switch (m_mapping.ranges) {
            case RangeRule::Reject:
                clean = reject(valueColumn, valueCell.text,
                               tr("%1; choose a rule for ranges (midpoint, low or high)").arg(parsed.reason));
                continue;
            case RangeRule::Midpoint:
                parsed.number = (parsed.number + parsed.high) / 2;
                break;
            case RangeRule::Low:
                break;
            case RangeRule::High:
                parsed.number = parsed.high;
                break;
            }
        }

        const Cell metricCell = fieldText(ImportField::Metric);
        if (metricCell.text.isEmpty()) {
            clean = reject(metricCell.column, QString(),
                           tr("no metric (map a metric column, or give a default metric)"));
            continue;
        }
        const Label& item = label(metricCell.text);

        // The unit: what the cell says, completed by the row's own unit (a unit column, or the line item's
        // brackets), else the column header's brackets or the default unit.
        const Cell unitCell = columnCell(record, ImportField::Unit);
        QString columnUnitText = !unitCell.text.isEmpty() ? unitCell.text : item.unit;
        const bool ownUnit = !columnUnitText.isEmpty();
        if (!ownUnit)
            columnUnitText = !m_headerUnits.value(valueColumn).isEmpty() ? m_headerUnits.value(valueColumn)
                                                                          : m_defaults[static_cast<int>(ImportField::Unit)];
        const std::optional<Unit>& columnUnit = cachedUnit(columnUnitText);
        if (!columnUnit) {
            clean = reject(unitCell.column, columnUnitText, tr("not a unit (two scales or currencies)"));
            continue;
        }
        auto unit = parsed.unit.completedBy(*columnUnit);
        if (!unit) {
            clean = reject(valueColumn, valueCell.text,
                           tr("the cell's unit disagrees with the unit '%1'").arg(columnUnitText));
            continue;
        }
        const MetricMatch& m = metric(item.name, *unit);
        const MetricRecord& metricRecord = m.metric;
        if (metricRecord.perShare && !ownUnit) {
            // Money per share: a statement's 万元 or a header's US$ m scales totals, not this line.
            Unit currencyOnly;
            currencyOnly.currency = columnUnit->currency;
            unit = parsed.unit.completedBy(currencyOnly);
            if (unit && unit->currency.isEmpty() && !m_mapping.statementCurrency.isEmpty())
                unit->currency = m_mapping.statementCurrency;
            if (unit && !m_findings.perShareLines.contains(metricCell.text))
                m_findings.perShareLines << metricCell.text;
        }
        countUnit(!columnUnitText.isEmpty() ? columnUnitText : parsed.unitText);
        const Cell currencyCell = cell(record, ImportField::Currency);
        if (!currencyCell.text.isEmpty()) {
            const std::optional<Unit>& currencyUnit = cachedUnit(currencyCell.text);
            const QString code = currencyUnit && !currencyUnit->currency.isEmpty() ? currencyUnit->currency
                                                                                   : currencyCell.text.toUpper();
            if (!unit->currency.isEmpty() && unit->currency != code) {
                clean = reject(currencyCell.column, currencyCell.text,
                               tr("the unit says %1").arg(unit->currency));
                continue;
            }
            unit->currency = code;
        }

        const ProviderRecord& p = provider(providerCell.text);
        if (metricRecord.kind == QLatin1String("percent") && !unit->percent) {
            clean = reject(valueColumn, valueCell.text,
                           tr("%1 is a percentage: give the unit % (in the cell, a unit column, the header "
                              "as in 'Share (%)', or a default unit)")
                               .arg(metricRecord.key));
            continue;
        }
        if (metricRecord.kind != QLatin1String("percent") && unit->percent) {
            clean = reject(valueColumn, valueCell.text,
                           tr("%1 is not a percentage, but the value is").arg(metricRecord.key));
            continue;
        }
        if (metricRecord.kind == QLatin1String("money") && unit->currency.isEmpty()) {
            clean = reject(valueColumn, valueCell.text,
                           tr("%1 is money but no currency is given (a currency column, a unit such as "
                              "億元 or bn USD, or a default currency)")
                               .arg(metricRecord.key));
            continue;
        }

        Rejection periodProblem;
        const DatedPeriod* dates = period(record, fieldText(ImportField::Period), p, periodProblem);
        if (!dates) {
            rejections.append(periodProblem);
            clean = false;
            continue;
        }

        MappedValue v;
        v.provider = &p;
        v.metric = &metricRecord;
        v.marketId = m.marketId;
        v.category = m.category;
        const Cell marketCell = fieldText(ImportField::Market);
        if (!marketCell.text.isEmpty()) {
            v.marketId = m_catalog.market(marketCell.text);
            if (!v.marketId)
                v.newMarket = marketCell.text;
        }
        const Cell categoryCell = fieldText(ImportField::Category);
        if (!categoryCell.text.isEmpty())
            v.category = repeated(m_lastCategory, categoryCell.text);
        if (metricRecord.kind == QLatin1String("money"))
            v.currency = unit->currency;

        v.input.start = dates->range->first;
        v.input.end = dates->range->second;
        v.dated = dates->dated;
        v.input.value = parsed.number * unit->scale;
        v.input.qualifier = parsed.qualifier;
        if (const Cell q = cell(record, ImportField::Qualifier); !q.text.isEmpty())
            v.input.qualifier = q.text;
        const Cell statedUnit = cell(record, ImportField::StatedUnit);
        v.input.unit = repeated(m_lastUnit, !statedUnit.text.isEmpty()
                                                ? statedUnit.text
                                                : (!columnUnitText.isEmpty() ? columnUnitText : parsed.unitText));
        const Cell original = cell(record, ImportField::OriginalText);
        v.input.originalText = !original.text.isEmpty()
                                   ? original.text
                                   : (unitCell.text.isEmpty() ? valueCell.text
                                                              : QString(valueCell.text % QLatin1Char(' ') % unitCell.text));
        v.input.note = repeated(m_lastNote, cell(record, ImportField::Note).text);
        const Cell sourceTitle = cell(record, ImportField::Source);
        const Cell sourceUrl = cell(record, ImportField::SourceUrl);
        v.sourceTitle = repeated(m_lastSourceTitle, !sourceTitle.text.isEmpty()
                                                        ? sourceTitle.text
                                                        : (!sourceUrl.text.isEmpty() ? sourceUrl.text : m_fileSource));
        v.sourceUrl = repeated(m_lastSourceUrl, sourceUrl.text);

        const Cell status = cell(record, ImportField::Status);
        if (!status.text.isEmpty() && status.text != QLatin1String("current") && status.text != QLatin1String("revision")) {
            clean = reject(status.column, status.text, tr("status must be current or revision"));
            continue;
        }
        v.revision = status.text == QLatin1String("revision");

        v.line = record.line;
        if (!m_describe) {
            values.append(std::move(v));
            continue;
        }
        const auto labelled = Period::fromRange(v.input.start, v.input.end, p.fiscalYearEndMonth);
        v.shown.emplace(ImportedValue{record.line,
                                p.name,
                                metricRecord.key,
                                marketCell.text,
                                v.category,
                                labelled ? labelled->label() : QString(),
                                v.input.start,
                                v.input.end,
                                v.input.value,
                                baseUnitName(metricRecord.kind, unit->currency),
                                v.input.unit,
                                v.input.qualifier,
                                v.input.originalText,
                                v.sourceTitle,
                                v.revision,
                                QString()});
        values.append(std::move(v));
    }
    if (statement && clean && values.size() == valuesBefore && rowMissing == valueColumns.size())
        ++m_findings.emptyLines;
    return clean;
}

} // namespace mixshift
