#include "MixQuarterTable.h"

#include "MonteCarlo.h"

#include <QCoreApplication>

namespace mixshift {

QString MixColumn::headingText() const
{
    return heading ? QCoreApplication::translate("MixQuarterTable", heading) : QString();
}

namespace MixQuarterTable {

namespace {

using Kind = MixColumn::Kind;

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

// Revenue's and EBITA's percentiles, as the data file names them.
struct BandColumn
{
    const char* key;
    double Percentiles::*percentile;
    bool ebita;
};

const std::vector<BandColumn>& bandColumns()
{
    static const std::vector<BandColumn> bands{
        {"p5_revenue", &Percentiles::p5, false},   {"p25_revenue", &Percentiles::p25, false},
        {"p50_revenue", &Percentiles::p50, false}, {"p75_revenue", &Percentiles::p75, false},
        {"p95_revenue", &Percentiles::p95, false}, {"p5_ebita", &Percentiles::p5, true},
        {"p25_ebita", &Percentiles::p25, true},    {"p50_ebita", &Percentiles::p50, true},
        {"p75_ebita", &Percentiles::p75, true},    {"p95_ebita", &Percentiles::p95, true},
    };
    return bands;
}

} // namespace

const std::vector<MixColumn>& columns()
{
    static const std::vector<MixColumn> all{
        {"quarter", "t", Kind::Quarter, [](const MixQuarter& q) -> std::optional<double> { return q.t; }},
        {"period", QT_TRANSLATE_NOOP("MixQuarterTable", "Period"), Kind::Period, nullptr},
        {"project_revenue", nullptr, Kind::Money,
         [](const MixQuarter& q) -> std::optional<double> { return q.projectRevenue; }},
        {"public_revenue", nullptr, Kind::Money,
         [](const MixQuarter& q) -> std::optional<double> { return q.publicRevenue; }},
        {"revenue", QT_TRANSLATE_NOOP("MixQuarterTable", "Revenue"), Kind::Money,
         [](const MixQuarter& q) -> std::optional<double> { return q.revenue; }},
        {"ebita", "EBITA", Kind::Money, [](const MixQuarter& q) -> std::optional<double> { return q.ebita; }},
        {"margin", QT_TRANSLATE_NOOP("MixQuarterTable", "Margin"), Kind::Fraction,
         [](const MixQuarter& q) -> std::optional<double> { return q.margin; }},
        {"revenue_yoy", QT_TRANSLATE_NOOP("MixQuarterTable", "Revenue YoY"), Kind::Fraction,
         [](const MixQuarter& q) { return q.revenueYoy; }},
        {"ebita_yoy", QT_TRANSLATE_NOOP("MixQuarterTable", "EBITA YoY"), Kind::Fraction,
         [](const MixQuarter& q) { return q.ebitaYoy; }},
        {"status_quo_revenue", QT_TRANSLATE_NOOP("MixQuarterTable", "Status-quo revenue"), Kind::Money,
         [](const MixQuarter& q) -> std::optional<double> { return q.statusQuoRevenue; }},
        {"status_quo_ebita", QT_TRANSLATE_NOOP("MixQuarterTable", "Status-quo EBITA"), Kind::Money,
         [](const MixQuarter& q) -> std::optional<double> { return q.statusQuoEbita; }},
    };
    return all;
}

Shown shown(const BaseQuarter& base, const MixResult& result, const DisplayUnit& money, const MonteCarloResult* bands)
{
    Shown table;
    for (const MixColumn& column : columns()) {
        if (!column.heading)
            continue;
        table.headings << column.headingText();
        table.numeric << (column.kind != Kind::Period);
    }
    if (bands) {
        //: A column of the quarters' table: the Monte Carlo's band of revenue.
        table.headings << QCoreApplication::translate("MixQuarterTable", "Revenue P5 … P95");
        table.numeric << true;
    }
    for (const MixQuarter& q : result.quarters) {
        QStringList cells;
        for (const MixColumn& column : columns()) {
            if (!column.heading)
                continue;
            const std::optional<double> value = column.value ? column.value(q) : std::nullopt;
            switch (column.kind) {
            case Kind::Quarter:
                cells << QString::number(q.t);
                break;
            case Kind::Period:
                cells << base.label(q.t);
                break;
            case Kind::Money:
                cells << (value ? money.format(*value) : QString());
                break;
            case Kind::Fraction:
                cells << formatPercent(value);
                break;
            }
        }
        if (bands) {
            const Percentiles band = bands->revenue.value(q.t);
            cells << QStringLiteral("%1 … %2").arg(money.format(band.p5), money.format(band.p95));
        }
        table.rows << cells;
    }
    return table;
}

ExportTable data(const BaseQuarter& base, const MixResult& result, const MonteCarloResult* bands)
{
    ExportTable table;
    table.name = QStringLiteral("Scenario");
    for (const MixColumn& column : columns())
        table.columns.append({QString::fromLatin1(column.key),
                              column.kind == Kind::Period     ? ColumnFormat::Text
                              : column.kind == Kind::Fraction ? ColumnFormat::Percent
                                                              : ColumnFormat::Number,
                              {}});
    if (bands)
        for (const BandColumn& band : bandColumns())
            table.columns.append({QString::fromLatin1(band.key), ColumnFormat::Number, {}});
    for (const MixQuarter& q : result.quarters) {
        QVector<ExportCell> row;
        for (const MixColumn& column : columns()) {
            if (column.kind == Kind::Period) {
                row << ExportCell(base.label(q.t));
                continue;
            }
            const std::optional<double> value = column.value(q);
            row << (value ? ExportCell(*value, number(*value)) : ExportCell());
        }
        if (bands)
            for (const BandColumn& band : bandColumns()) {
                const Percentiles p = (band.ebita ? bands->ebita : bands->revenue).value(q.t);
                row << ExportCell(p.*band.percentile, number(p.*band.percentile));
            }
        table.rows << row;
    }
    return table;
}

} // namespace MixQuarterTable

} // namespace mixshift
