#include "FanChart.h"

#include "ChartExport.h"
#include "ChartPalette.h"
#include "LineGraph.h"
#include "PeriodAxis.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace mixshift::FanChart {

void draw(QCustomPlot* plot, const QStringList& periods, const FanBands& bands, const QString& valueAxisTitle)
{
    plot->clearPlottables();
    QVector<double> keys;
    for (int i = 0; i < periods.size(); ++i)
        keys << i;
    const QColor colour = ChartPalette::total();
    const auto band = [&colour](int alpha) {
        QColor c = colour;
        c.setAlpha(alpha);
        return c;
    };
    const auto line = [&](const QVector<double>& values, const QString& name, const QPen& pen) {
        QCPGraph* graph = LineGraph::add(plot);
        graph->setData(keys, values, true);
        graph->setName(name);
        graph->setPen(pen);
        return graph;
    };
    // Each band is the upper graph filled down to the lower one; the upper graph stands for the band in the legend.
    // In the data behind the chart each edge is a column of its own.
    QCPGraph* p5 = line(bands.p5, QString(), Qt::NoPen);
    p5->removeFromLegend();
    p5->setProperty(ChartExport::csvColumn, QStringLiteral("P5"));
    QCPGraph* p95 = line(bands.p95, QStringLiteral("P5–P95"), Qt::NoPen);
    p95->setProperty(ChartExport::csvColumn, QStringLiteral("P95"));
    p95->setBrush(band(50));
    p95->setChannelFillGraph(p5);
    QCPGraph* p25 = line(bands.p25, QString(), Qt::NoPen);
    p25->removeFromLegend();
    p25->setProperty(ChartExport::csvColumn, QStringLiteral("P25"));
    QCPGraph* p75 = line(bands.p75, QStringLiteral("P25–P75"), Qt::NoPen);
    p75->setProperty(ChartExport::csvColumn, QStringLiteral("P75"));
    p75->setBrush(band(110));
    p75->setChannelFillGraph(p25);
    line(bands.p50, QCoreApplication::translate("FanChart", "median (P50)"), QPen(colour.darker(130), 2))
        ->setProperty(ChartExport::csvColumn, QStringLiteral("median (P50)")); // English whatever the language
    PeriodAxis::set(plot->xAxis, periods);
    plot->yAxis->setLabel(valueAxisTitle);
    plot->rescaleAxes();
    plot->xAxis->setRange(-0.3, periods.size() - 0.7);
    plot->yAxis->scaleRange(1.1, plot->yAxis->range().center());
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);
    plot->replot();
}

} // namespace mixshift::FanChart
