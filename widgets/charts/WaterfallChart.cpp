#include "WaterfallChart.h"

#include "ChartExport.h"
#include "ChartPalette.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace mixshift::WaterfallChart {

void draw(QCustomPlot* plot, const QVector<WaterfallStep>& steps, const QString& valueAxisTitle)
{
    plot->clearPlottables();
    plot->clearItems();
    // Invisible bars lift each change to the running level; the visible bar stacks on top of them.
    auto* base = new QCPBars(plot->xAxis, plot->yAxis);
    base->setPen(Qt::NoPen);
    base->setBrush(Qt::NoBrush);
    base->removeFromLegend();
    base->setProperty(ChartExport::csvColumn, QString()); // where a bar floats, not a value
    auto* rises = new QCPBars(plot->xAxis, plot->yAxis);
    auto* falls = new QCPBars(plot->xAxis, plot->yAxis);
    auto* totals = new QCPBars(plot->xAxis, plot->yAxis);
    rises->setName(QCoreApplication::translate("WaterfallChart", "increase"));
    falls->setName(QCoreApplication::translate("WaterfallChart", "decrease"));
    totals->setName(QCoreApplication::translate("WaterfallChart", "total"));
    // The data behind the chart keeps English column names whatever the interface's language.
    rises->setProperty(ChartExport::csvColumn, QStringLiteral("increase"));
    falls->setProperty(ChartExport::csvColumn, QStringLiteral("decrease"));
    totals->setProperty(ChartExport::csvColumn, QStringLiteral("total"));
    rises->setBrush(ChartPalette::rise());
    falls->setBrush(ChartPalette::fall());
    totals->setBrush(ChartPalette::total());
    for (QCPBars* bars : {rises, falls, totals}) {
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.6);
        bars->moveAbove(base);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double level = 0;
    double lowest = 0;
    double highest = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const WaterfallStep& step = steps[i];
        const double key = i + 1;
        ticker->addTick(key, step.label);
        double top = 0;
        if (step.total) {
            base->addData(key, 0);
            totals->addData(key, step.value);
            level = step.value;
            top = step.value;
        } else {
            const double from = step.value >= 0 ? level : level + step.value;
            base->addData(key, from);
            (step.value >= 0 ? rises : falls)->addData(key, std::abs(step.value));
            level += step.value;
            top = from + std::abs(step.value);
        }
        lowest = std::min({lowest, level, top - std::abs(step.value)});
        highest = std::max(highest, top);
        auto* label = new QCPItemText(plot);
        label->position->setCoords(key, top);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText((step.value > 0 && !step.total ? QStringLiteral("+") : QString()) + QString::number(step.value, 'f', 2));
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.3, steps.size() + 0.7);
    const double pad = (highest - lowest) * 0.12 + 1e-9;
    plot->yAxis->setRange(lowest < 0 ? lowest - pad : 0, highest + pad);
    plot->yAxis->setLabel(valueAxisTitle);
    plot->replot();
}

} // namespace mixshift::WaterfallChart
