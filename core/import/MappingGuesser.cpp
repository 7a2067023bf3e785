#include "MappingGuesser.h"

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

ImportMapping guess(const SniffResult& sniff, Catalog& catalog)
{
    ImportMapping mapping;
    mapping.format = sniff.format;
    mapping.headerRecord = sniff.headerRecord;
    mapping.numbers = sniff.numbers;

    const QStringList& header = sniff.header;
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
        break;
    }
    return mapping;
}

} // namespace mixshift::MappingGuesser
