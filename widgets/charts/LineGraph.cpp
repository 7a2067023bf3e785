#include "LineGraph.h"

#include <cmath>

namespace mixshift {

LineGraph::LineGraph(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPGraph(keyAxis, valueAxis)
{
}

LineGraph* LineGraph::add(QCustomPlot* plot, QCPAxis* keyAxis, QCPAxis* valueAxis)
{
    return new LineGraph(keyAxis ? keyAxis : plot->xAxis, valueAxis ? valueAxis : plot->yAxis);
}

void LineGraph::drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const
{
    const QPen pen = painter->pen();
    // The raster engine's thick-line path takes solid pens with flat or square caps only.
    const bool segmentsAreFaster = !painter->modes().testFlag(QCPPainter::pmVectorized) &&
                                   pen.style() == Qt::SolidLine && pen.capStyle() != Qt::RoundCap;
    if (!segmentsAreFaster) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    applyDefaultAntialiasingHint(painter);
    // A point with a NaN coordinate is a gap in the line, as in QCustomPlot's polyline.
    const auto isPoint = [](const QPointF& p) { return !std::isnan(p.x()) && !std::isnan(p.y()); };
    QVector<QLineF> segments;
    segments.reserve(lines.size());
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (isPoint(lines[i - 1]) && isPoint(lines[i]))
            segments << QLineF(lines[i - 1], lines[i]);
    painter->drawLines(segments);
}

} // namespace mixshift
