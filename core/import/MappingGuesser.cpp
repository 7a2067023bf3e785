#include "MappingGuesser.h"

#include "DatePeriods.h"
#include "ValueParser.h"
#include "domain/PeriodParser.h"
#include "domain/Unit.h"
#include "store/Catalog.h"

#include <QHash>
#include <QRegularExpression>

namespace mixshift::MappingGuesser {

namespace {

const QHash<QString, ImportField>& headerWords()
{
    static const QHash<QString, ImportField> words = [] {
        QHash<QString, ImportField> w;
        const auto add = [&w](ImportField field, std::initializer_list<const char*> names) {
            for (const char* name : names)
                w.insert(QString::fromUtf8(name).toLower(), field);
        };
        add(ImportField::Provider, {"provider", "company", "vendor", "cloud provider", "厂商", "廠商", "公司",
                                    "供应商", "供應商", "云厂商", "雲廠商", "anbieter", "unternehmen"});
        add(ImportField::Metric, {"metric", "measure", "indicator", "kpi", "指标", "指標", "kennzahl"});
        add(ImportField::Market, {"market", "市场", "市場", "markt"});
        add(ImportField::Category, {"category", "segment", "scope", "业务", "業務", "分部", "kategorie"});
        add(ImportField::Period, {"period", "quarter", "fiscal quarter", "year", "date", "期间", "期間", "季度",
                                  "财季", "財季", "年份", "日期", "periode", "quartal", "datum"});
        add(ImportField::Start, {"start", "period_start", "from"});
        add(ImportField::End, {"end", "period_end", "to"});
        add(ImportField::Value, {"value", "amount", "figure", "数值", "數值", "数据", "數據", "金额", "金額", "wert",
                                 "betrag"});
        add(ImportField::Unit, {"unit", "单位", "單位", "einheit"});
        add(ImportField::StatedUnit, {"stated_unit", "stated unit"});
        add(ImportField::Currency, {"currency", "币种", "幣種", "货币", "貨幣", "währung", "waehrung"});
        add(ImportField::Qualifier, {"qualifier"});
        add(ImportField::OriginalText, {"original_text", "original text", "原文"});
        add(ImportField::Source, {"source", "source_title", "source title", "来源", "來源", "出处", "出處",
                                  "quelle"});
        add(ImportField::SourceUrl, {"source_url", "url", "link", "链接", "鏈接"});
        add(ImportField::Note, {"note", "notes", "comment", "备注", "備註", "说明", "說明", "anmerkung"});
        add(ImportField::Status, {"status"});
        add(ImportField::Ignore, {"period_kind"});
        return w;
    }();
    return words;
}

const QRegularExpression& bracketedUnit()
{
    static const QRegularExpression expression(QStringLiteral("^(.*?)\\s*[(（\\[]([^()（）\\[\\]]*)[)）\\]]\\s*$"));
    return expression;
}

} // namespace

QString headerName(const QString& cell)
{
    const auto match = bracketedUnit().match(cell.trimmed());
    return match.hasMatch() ? match.captured(1) : cell.trimmed();
}

QString headerUnit(const QString& cell)
{
    const auto match = bracketedUnit().match(cell.trimmed());
    return match.hasMatch() ? match.captured(2).trimmed() : QString();
}

std::pair<QString, QString> labelNameAndUnit(const QString& label)
{
    const QString trimmed = label.trimmed();
    const auto match = bracketedUnit().match(trimmed);
    if (!match.hasMatch())
        return {trimmed, QString()};
    QString unitText = match.captured(2).trimmed();
    // Per share is what the metric says, not a unit: 元/股, US$ per share.
    static const QRegularExpression perShare(QStringLiteral("\\s*(?:/\\s*股|/\\s*share|per\\s+share|每股)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    unitText.remove(perShare);
    const std::optional<Unit> unit = Unit::parse(unitText);
    if (unitText.isEmpty() || !unit || !(unit->scaled || unit->percent || !unit->currency.isEmpty()))
        return {trimmed, QString()};
    return {match.captured(1).trimmed(), unitText};
}

bool isLineItemHeading(const QString& cell)
{
    static const QStringList headings{
        QStringLiteral("报告日期"), QStringLiteral("報告日期"), QStringLiteral("报表日期"), QStringLiteral("報表日期"),
        QStringLiteral("报告期"),   QStringLiteral("報告期"),   QStringLiteral("科目"),     QStringLiteral("会计科目"),
        QStringLiteral("會計科目"), QStringLiteral("项目"),     QStringLiteral("項目"),     QStringLiteral("report date"),
        QStringLiteral("reporting date"), QStringLiteral("period ending"), QStringLiteral("fiscal year ending"),
        QStringLiteral("item"),     QStringLiteral("line item"), QStringLiteral("items"),
        QStringLiteral("in millions"), QStringLiteral("breakdown")};
    return headings.contains(headerName(ValueParser::normalizeWidth(cell)).trimmed(), Qt::CaseInsensitive);
}

namespace {

bool isPeriodHeading(const QString& cell)
{
    const QString name = headerName(cell);
    return PeriodParser::parse(name, 12) || DatePeriods::parseDate(name);
}

// A statement: the first header cell labels the line items and the other headed cells are periods.
bool guessStatement(const QStringList& header, ImportMapping& mapping)
{
    if (header.size() < 2 || !isLineItemHeading(header.front()))
        return false;
    int periods = 0;
    for (int i = 1; i < header.size(); ++i) {
        if (header[i].trimmed().isEmpty())
            continue;
        if (!isPeriodHeading(header[i]))
            return false;
        ++periods;
    }
    if (periods == 0)
        return false;
    mapping.layout = ImportLayout::Transposed;
    mapping.wideField = ImportField::Period;
    mapping.columns.fill(ImportField::Ignore, header.size());
    mapping.columns[0] = ImportField::Metric;
    for (int i = 1; i < header.size(); ++i)
        if (!header[i].trimmed().isEmpty())
            mapping.columns[i] = ImportField::Value;
    return true;
}

// Whether a column's sample cells are values: numbers or missing markers, at least one number. A cell written
// with Excel's text apostrophe ('002352, a stock code) is text.
bool holdsValues(const SniffResult& sniff, int column)
{
    const ValueParser parser(sniff.numbers);
    int numbers = 0;
    for (int r = sniff.headerRecord + 1; r < sniff.sampleRecords.size(); ++r) {
        const QStringList& fields = sniff.sampleRecords[r].fields;
        if (column >= fields.size() || sniff.sampleRecords[r].isBlank())
            continue;
        const QString cell = fields[column].trimmed();
        if (cell.startsWith(QLatin1Char('\'')))
            return false;
        const ParsedValue parsed = parser.parse(cell);
        if (parsed.status == ParsedValue::Status::Invalid)
            return false;
        if (parsed.status != ParsedValue::Status::Missing)
            ++numbers;
    }
    return numbers > 0;
}

} // namespace

ImportMapping guess(const SniffResult& sniff, Catalog& catalog)
{
    ImportMapping mapping;
    mapping.format = sniff.format;
    mapping.headerRecord = sniff.headerRecord;
    mapping.numbers = sniff.numbers;

    const QStringList& header = sniff.header;
    if (guessStatement(header, mapping))
        return mapping;
    mapping.columns.fill(ImportField::Ignore, header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString name = headerName(header[i]).toLower();
        const auto known = headerWords().constFind(name);
        if (known != headerWords().constEnd() && mapping.columnOf(*known) < 0)
            mapping.columns[i] = *known;
    }
    if (const int value = mapping.columnOf(ImportField::Value); value >= 0) {
        if (mapping.columnOf(ImportField::Unit) < 0 && !headerUnit(header[value]).isEmpty())
            mapping.defaults.insert(ImportField::Unit, headerUnit(header[value]));
        return mapping;
    }

    // No value column: the unrecognised columns may hold values, headed by periods, providers or metrics.
    struct Candidate
    {
        ImportField field;
        QVector<int> columns;
    };
    Candidate periods{ImportField::Period, {}};
    Candidate providers{ImportField::Provider, {}};
    Candidate metrics{ImportField::Metric, {}};
    for (int i = 0; i < header.size(); ++i) {
        if (mapping.columns[i] != ImportField::Ignore || header[i].trimmed().isEmpty())
            continue;
        const QString name = headerName(header[i]);
        if (PeriodParser::parse(name, 12))
            periods.columns << i;
        else if (catalog.findProvider(name))
            providers.columns << i;
        else if (catalog.findMetric(name))
            metrics.columns << i;
    }
    for (const Candidate& c : {periods, providers, metrics}) {
        if (c.columns.isEmpty() || mapping.columnOf(c.field) >= 0)
            continue;
        mapping.layout = ImportLayout::Wide;
        mapping.wideField = c.field;
        for (const int column : c.columns)
            mapping.columns[column] = ImportField::Value;
        // The row label column: the first unrecognised text column names what the periods' rows are about.
        if (c.field == ImportField::Period && mapping.columnOf(ImportField::Provider) < 0 &&
            mapping.columnOf(ImportField::Metric) < 0) {
            for (int i = 0; i < header.size(); ++i) {
                if (mapping.columns[i] == ImportField::Ignore) {
                    mapping.columns[i] = ImportField::Provider;
                    break;
                }
            }
        }
        return mapping;
    }

    // A history: one row a date, each other column a measure (收盘价, 成交量 …). The columns holding numbers are
    // values headed by their metric; text columns (a code, a short name that changes over time) are left out.
    if (mapping.columnOf(ImportField::Period) >= 0 && mapping.columnOf(ImportField::Metric) < 0) {
        for (int i = 0; i < header.size(); ++i)
            if (mapping.columns[i] == ImportField::Ignore && !header[i].trimmed().isEmpty() && holdsValues(sniff, i))
                mapping.columns[i] = ImportField::Value;
        if (!mapping.valueColumns().isEmpty()) {
            mapping.layout = ImportLayout::Wide;
            mapping.wideField = ImportField::Metric;
        }
    }
    return mapping;
}

} // namespace mixshift::MappingGuesser
