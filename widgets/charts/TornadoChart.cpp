#include "TornadoChart.h"

#include "ChartExport.h"
#include "ChartPalette.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>

namespace mixshift::TornadoChart {

QVector<TornadoBar> draw(QCustomPlot* plot, QVector<TornadoBar> bars, double base, const QString& outputTitle)
{
    plot->clearPlottables();
    plot->clearItems();
    std::stable_sort(bars.begin(), bars.end(), [](const TornadoBar& a, const TornadoBar& b) {
        return std::abs(a.high - a.low) > std::abs(b.high - b.low);
    });
    // Bars run along the value axis (x) and sit on the lever axis (y); the base is the zero they start from.
    auto* lowBars = new QCPBars(plot->yAxis, plot->xAxis);
    auto* highBars = new QCPBars(plot->yAxis, plot->xAxis);
    lowBars->setName(QCoreApplication::translate("TornadoChart", "lever at its low bound"));
    highBars->setName(QCoreApplication::translate("TornadoChart", "lever at its high bound"));
    // The data behind the chart keeps English column names whatever the interface's language.
    lowBars->setProperty(ChartExport::csvColumn, QStringLiteral("lever at its low bound"));
    highBars->setProperty(ChartExport::csvColumn, QStringLiteral("lever at its high bound"));
    lowBars->setBrush(ChartPalette::fall());
    highBars->setBrush(ChartPalette::rise());
    lowBars->setBaseValue(base);
    highBars->setBaseValue(base);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double lowest = base;
    double highest = base;
    for (int i = 0; i < bars.size(); ++i) {
        const double key = bars.size() - i;
        ticker->addTick(key, bars[i].lever);
        lowBars->addData(key, bars[i].low);
        highBars->addData(key, bars[i].high);
        lowest = std::min({lowest, bars[i].low, bars[i].high});
        highest = std::max({highest, bars[i].low, bars[i].high});
    }
    for (QCPBars* b : {lowBars, highBars}) {
        b->setPen(Qt::NoPen);
        b->setWidth(0.6);
    }
    auto* baseLine = new QCPItemStraightLine(plot);
    baseLine->point1->setCoords(base, 0);
    baseLine->point2->setCoords(base, 1);
    // Grey, not black: it reads on a dark chart and on paper alike.
    baseLine->setPen(QPen(ChartPalette::annotation(), 1, Qt::DashLine));
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.3, bars.size() + 0.7);
    const double pad = (highest - lowest) * 0.08 + 1e-9;
    plot->xAxis->setRange(lowest - pad, highest + pad);
    plot->xAxis->setLabel(outputTitle);
    plot->legend->setVisible(true);
    // The narrowest bars are at the bottom, so the legend covers the least there.
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    plot->replot();
    return bars;
}

} // namespace mixshift::TornadoChart
