#include "ScenarioPlots.h"

#include "charts/ChartExport.h"
#include "charts/ChartPalette.h"
#include "charts/FanChart.h"
#include "charts/LineGraph.h"
#include "charts/PeriodAxis.h"
#include "charts/PlotHeading.h"
#include "charts/TornadoChart.h"
#include "charts/WaterfallChart.h"
#include "scenario/MixQuarterTable.h"
#include "scenario/MonteCarlo.h"
#include "scenario/Sensitivity.h"

#include <QCoreApplication>
#include <QTableWidget>

#include <qcustomplot.h>

namespace mixshift::ScenarioPlots {

namespace {

QCPGraph* addLine(QCustomPlot* plot, const QString& name, const QVector<double>& keys, const QVector<double>& values,
                  const QColor& color, Qt::PenStyle style)
{
    QCPGraph* graph = LineGraph::add(plot);
    graph->setName(name);
    graph->setPen(QPen(color, 2, style));
    graph->setData(keys, values, true);
    return graph;
}

// Titles a plot "Alibaba Cloud — WHAT, from FY2025 Q2" and names its source (the model, on the base quarter's
// figures), so that it explains itself when exported.
void setHeading(QCustomPlot* plot, const BaseQuarter& base, const QString& what)
{
    PlotHeading::set(plot,
                     QCoreApplication::translate("ScenarioPlots", "%1 — %2, from %3")
                         .arg(base.provider, what, base.label(0)),
                     QCoreApplication::translate("ScenarioPlots",
                                                 "Source: MixShift's mix model, from %1's figures for %2 in the project")
                         .arg(base.provider, base.label(0)));
}

} // namespace

QStringList periodLabels(const BaseQuarter& base, int horizon)
{
    QStringList labels;
    for (int t = 0; t <= horizon; ++t)
        labels << base.label(t);
    return labels;
}

void drawPaths(QCustomPlot* plot, const BaseQuarter& base, const MixResult& result, const DisplayUnit& unit,
               const MonteCarloResult* bands)
{
    setHeading(plot, base, QCoreApplication::translate("ScenarioPlots", "revenue and EBITA against the status quo"));
    plot->clearGraphs();
    plot->clearItems();
    QVector<double> keys, revenue, ebita, statusRevenue, statusEbita;
    for (const MixQuarter& q : result.quarters) {
        keys << q.t;
        revenue << unit.toDisplay(q.revenue);
        ebita << unit.toDisplay(q.ebita);
        statusRevenue << unit.toDisplay(q.statusQuoRevenue);
        statusEbita << unit.toDisplay(q.statusQuoEbita);
    }
    const QColor revenueColor = ChartPalette::colour(0), ebitaColor = ChartPalette::colour(1);
    // The P5–P95 band of each projection, where the Monte Carlo has run: the upper edge filled down to the lower.
    // The data behind the chart keeps English column names (`column`) whatever the interface's language.
    const auto band = [&](const QString& name, const QString& column, const QVector<Percentiles>& percentiles,
                          const QColor& colour) {
        QVector<double> low, high;
        for (const Percentiles& p : percentiles) {
            low << unit.toDisplay(p.p5);
            high << unit.toDisplay(p.p95);
        }
        QCPGraph* lower = LineGraph::add(plot);
        lower->setData(keys.mid(0, low.size()), low, true);
        lower->setPen(Qt::NoPen);
        lower->removeFromLegend();
        lower->setProperty(ChartExport::csvColumn, column + QStringLiteral(" P5"));
        QCPGraph* upper = LineGraph::add(plot);
        upper->setData(keys.mid(0, high.size()), high, true);
        upper->setPen(Qt::NoPen);
        //: The P5–P95 band of a projection (%1: Revenue or EBITA), in the legend.
        upper->setName(QCoreApplication::translate("ScenarioPlots", "%1 P5–P95").arg(name));
        upper->setProperty(ChartExport::csvColumn, column + QStringLiteral(" P95"));
        QColor fill = colour;
        fill.setAlpha(45);
        upper->setBrush(fill);
        upper->setChannelFillGraph(lower);
    };
    if (bands) {
        band(QCoreApplication::translate("ScenarioPlots", "Revenue"), QStringLiteral("Revenue"), bands->revenue,
             revenueColor);
        band(QCoreApplication::translate("ScenarioPlots", "EBITA"), QStringLiteral("EBITA"), bands->ebita, ebitaColor);
    }
    // Quarter 0 is stated; everything after it is projected, and drawn dashed (the status quo dotted).
    addLine(plot, QCoreApplication::translate("ScenarioPlots", "Revenue, projected"), keys, revenue, revenueColor,
            Qt::DashLine)
        ->setProperty(ChartExport::csvColumn, QStringLiteral("Revenue"));
    // Named by what it is when it is a forecast.
    const QString statusQuo = result.statusQuoModel.isEmpty()
                                  ? QCoreApplication::translate("ScenarioPlots", "status quo")
                                  : QCoreApplication::translate("ScenarioPlots", "status quo, %1").arg(result.statusQuoModel);
    //: A line of the paths chart: %1 is "status quo" or "status quo, ETS(M,A,N)".
    addLine(plot, QCoreApplication::translate("ScenarioPlots", "Revenue, %1").arg(statusQuo), keys, statusRevenue,
            revenueColor, Qt::DotLine)
        ->setProperty(ChartExport::csvColumn, QStringLiteral("Revenue, status quo"));
    addLine(plot, QCoreApplication::translate("ScenarioPlots", "EBITA, projected"), keys, ebita, ebitaColor, Qt::DashLine)
        ->setProperty(ChartExport::csvColumn, QStringLiteral("EBITA"));
    addLine(plot, QCoreApplication::translate("ScenarioPlots", "EBITA, %1").arg(statusQuo), keys, statusEbita,
            ebitaColor, Qt::DotLine)
        ->setProperty(ChartExport::csvColumn, QStringLiteral("EBITA, status quo"));
    if (!result.quarters.isEmpty()) {
        QCPGraph* stated = LineGraph::add(plot);
        stated->setName(base.figuresGiven
                            ? QCoreApplication::translate("ScenarioPlots", "Base figures given")
                            : QCoreApplication::translate("ScenarioPlots", "Stated, %1").arg(base.label(0)));
        stated->setLineStyle(QCPGraph::lsNone);
        stated->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, ChartPalette::annotation(), 7));
        stated->setData({0.0, 0.0}, {revenue.front(), ebita.front()});
        stated->setProperty(ChartExport::csvColumn, QString()); // the lines' first values already
    }
    PeriodAxis::set(plot->xAxis, periodLabels(base, static_cast<int>(result.quarters.size()) - 1));
    plot->yAxis->setLabel(unit.label);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    plot->rescaleAxes(true);
    plot->yAxis->scaleRange(1.1, plot->yAxis->range().center());
    plot->xAxis->setRange(-0.3, result.quarters.size() - 0.7);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void drawBridge(QCustomPlot* plot, const BaseQuarter& base, const MixResult& result, const DisplayUnit& unit)
{
    setHeading(plot, base,
               QCoreApplication::translate("ScenarioPlots", "revenue bridge over %1 quarters")
                   .arg(result.quarters.size() - 1));
    const MixBridge& b = result.bridge;
    WaterfallChart::draw(plot,
                         {{QCoreApplication::translate("ScenarioPlots", "Revenue at 0"), unit.toDisplay(b.start), true},
                          {QCoreApplication::translate("ScenarioPlots", "Wind-down"), unit.toDisplay(b.windDown), false},
                          {QCoreApplication::translate("ScenarioPlots", "Conversion"), unit.toDisplay(b.conversion), false},
                          {QCoreApplication::translate("ScenarioPlots", "Organic"), unit.toDisplay(b.organic), false},
                          {QCoreApplication::translate("ScenarioPlots", "AI uplift"), unit.toDisplay(b.aiUplift), false},
                          {QCoreApplication::translate("ScenarioPlots", "Revenue at H"), unit.toDisplay(b.end), true}},
                         unit.label);
}

void drawTornado(QCustomPlot* plot, const BaseQuarter& base, const MixLevers& levers, SensitivityOutput output,
                 const DisplayUnit& unit)
{
    const MixOutputInfo& info = mixOutput(output);
    setHeading(plot, base, info.axisTitle(unit));
    const auto shown = [&](double value) { return info.toShown(value, unit); };
    QVector<TornadoBar> bars;
    for (const LeverSwing& swing : Sensitivity::tornado(levers, output))
        bars.append({findLever(swing.lever)->titleText(), shown(swing.outputAtLow), shown(swing.outputAtHigh)});
    TornadoChart::draw(plot, bars, shown(Sensitivity::output(levers, output)), info.axisTitle(unit));
}

void drawFan(QCustomPlot* plot, const BaseQuarter& base, const MonteCarloResult& mc, const DisplayUnit& unit)
{
    setHeading(plot, base, QCoreApplication::translate("ScenarioPlots", "revenue's Monte Carlo fan"));
    FanBands bands;
    for (const Percentiles& p : mc.revenue) {
        bands.p5 << unit.toDisplay(p.p5);
        bands.p25 << unit.toDisplay(p.p25);
        bands.p50 << unit.toDisplay(p.p50);
        bands.p75 << unit.toDisplay(p.p75);
        bands.p95 << unit.toDisplay(p.p95);
    }
    FanChart::draw(plot, periodLabels(base, static_cast<int>(mc.revenue.size()) - 1), bands,
                   QCoreApplication::translate("ScenarioPlots", "Revenue (%1)").arg(unit.label));
}

void drawShares(QCustomPlot* plot, const QVector<ShareYear>& years, const QString& market, int baseYear)
{
    plot->clearGraphs();
    if (years.isEmpty())
        return;
    for (int p = 0; p < years.front().shares.size(); ++p) {
        QVector<double> keys, values;
        for (const ShareYear& y : years) {
            keys << y.year;
            values << y.shares[p].second * 100;
        }
        QCPGraph* graph = LineGraph::add(plot);
        graph->setName(years.front().shares[p].first);
        graph->setPen(ChartPalette::linePen(p));
        graph->setScatterStyle(QCPScatterStyle(ChartPalette::marker(p), 5));
        graph->setData(keys, values, true);
    }
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->xAxis->setTicker(ticker);
    plot->yAxis->setLabel(QCoreApplication::translate("ScenarioPlots", "Share of %1 (%)").arg(market));
    PlotHeading::set(plot,
                     QCoreApplication::translate("ScenarioPlots", "Projected shares of %1, %2–%3")
                         .arg(market)
                         .arg(years.front().year)
                         .arg(years.back().year),
                     QCoreApplication::translate("ScenarioPlots",
                                                 "Source: MixShift's share model, from the %1 shares of %2 in the project")
                         .arg(baseYear)
                         .arg(market));
    plot->legend->setVisible(true);
    plot->rescaleAxes();
    plot->xAxis->setRange(years.front().year - 0.3, years.back().year + 0.3);
    plot->yAxis->setRange(0, std::max(50.0, plot->yAxis->range().upper * 1.1));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void fillTable(QTableWidget* table, const BaseQuarter& base, const MixResult& result, const DisplayUnit& unit)
{
    const MixQuarterTable::Shown shown = MixQuarterTable::shown(base, result, unit);
    table->setColumnCount(static_cast<int>(shown.headings.size()));
    table->setHorizontalHeaderLabels(shown.headings);
    table->setRowCount(static_cast<int>(shown.rows.size()));
    for (int r = 0; r < shown.rows.size(); ++r) {
        for (int c = 0; c < shown.rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(shown.rows[r][c]);
            item->setTextAlignment((shown.numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
}

} // namespace mixshift::ScenarioPlots
