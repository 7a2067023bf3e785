#include "LineGraph.h"

#include <cmath>

namespace mixshift {

namespace {

// The same dashes with flat caps. That path carries a dash pattern on from one segment to the next, but its
// square caps would nearly close the gaps; a square cap is half a pen width of dash at each end, so the
// flat-capped pattern has each dash one width longer, each gap one width shorter, and starts half a width
// earlier.
QPen flatCappedDashes(QPen pen)
{
    QVector<qreal> pattern = pen.dashPattern();
    qreal length = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        pattern[i] += i % 2 ? -1 : 1;
        if (pattern[i] <= 0) { // a gap the caps close: the line is solid
            pen.setStyle(Qt::SolidLine);
            return pen;
        }
        length += pattern[i];
    }
    const qreal offset = pen.dashOffset();
    pen.setDashPattern(pattern);
    pen.setDashOffset(offset + length - 0.5);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

} // namespace

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
    QPen pen = painter->pen();
    // The raster engine's thick-line path takes flat or square caps only.
    if (painter->modes().testFlag(QCPPainter::pmVectorized) || pen.style() == Qt::NoPen ||
        pen.capStyle() == Qt::RoundCap) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    if (pen.style() != Qt::SolidLine && pen.capStyle() == Qt::SquareCap)
        painter->setPen(flatCappedDashes(pen));
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
