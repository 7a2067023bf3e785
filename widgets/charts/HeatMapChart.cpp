#include "HeatMapChart.h"

#include "ChartExport.h"
#include "ChartPalette.h"

#include <qcustomplot.h>

#include <cmath>

namespace mixshift::HeatMapChart {

namespace {

const char* const colourScaleName = "mixshiftHeatMapScale";

// The point where the level crosses the edge from a (value va) to b (value vb).
QPointF crossing(const QPointF& a, double va, const QPointF& b, double vb, double level)
{
    const double f = va == vb ? 0.5 : (level - va) / (vb - va);
    return a + (b - a) * f;
}

// The target's contour: a light line over a dark one, so that it reads on every colour of the scale, and its
// legend entry drawn the same way (a light line alone is lost on the pale legend).
class ContourLine : public QCPCurve
{
public:
    ContourLine(QCPAxis* x, QCPAxis* y)
        : QCPCurve(x, y)
    {
        setPen(line);
    }

protected:
    void draw(QCPPainter* painter) override
    {
        for (const QPen& stroke : {halo, line}) {
            setPen(stroke);
            QCPCurve::draw(painter);
        }
    }

    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override
    {
        const double y = rect.center().y();
        for (const QPen& stroke : {halo, line}) {
            painter->setPen(stroke);
            painter->drawLine(QLineF(rect.left(), y, rect.right(), y));
        }
    }

private:
    const QPen halo{QColor(20, 20, 20), 5};
    const QPen line{Qt::white, 2.5};
};

QCPColorScale* colourScale(QCustomPlot* plot)
{
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* scale = qobject_cast<QCPColorScale*>(plot->plotLayout()->elementAt(i));
            scale && scale->objectName() == QLatin1String(colourScaleName))
            return scale;
    // Below the axis rect, across its width: the heading above stays centred over the chart.
    int row = 0;
    while (row < plot->plotLayout()->rowCount() && plot->plotLayout()->element(row, 0) != plot->axisRect())
        ++row;
    auto* scale = new QCPColorScale(plot);
    scale->setObjectName(QLatin1String(colourScaleName));
    scale->setType(QCPAxis::atBottom);
    scale->setBarWidth(12);
    plot->plotLayout()->insertRow(row + 1);
    plot->plotLayout()->addElement(row + 1, 0, scale);
    auto* margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    scale->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    return scale;
}

} // namespace

QVector<QLineF> contour(const HeatMap& map, double level)
{
    QVector<QLineF> segments;
    const int nx = static_cast<int>(map.xValues.size());
    const int ny = static_cast<int>(map.yValues.size());
    for (int j = 0; j + 1 < ny; ++j) {
        for (int i = 0; i + 1 < nx; ++i) {
            // Corners counter-clockwise from the bottom left; a corner is "in" at or above the level.
            const QPointF p[4]{{map.xValues[i], map.yValues[j]}, {map.xValues[i + 1], map.yValues[j]},
                               {map.xValues[i + 1], map.yValues[j + 1]}, {map.xValues[i], map.yValues[j + 1]}};
            const double v[4]{map.at(i, j), map.at(i + 1, j), map.at(i + 1, j + 1), map.at(i, j + 1)};
            if (std::isnan(v[0]) || std::isnan(v[1]) || std::isnan(v[2]) || std::isnan(v[3]))
                continue;
            QVector<QPointF> points; // where the level crosses each edge, in order round the square
            for (int e = 0; e < 4; ++e) {
                const int f = (e + 1) % 4;
                if ((v[e] >= level) != (v[f] >= level))
                    points << crossing(p[e], v[e], p[f], v[f], level);
            }
            if (points.size() == 2) {
                segments << QLineF(points[0], points[1]);
            } else if (points.size() == 4) {
                // A saddle: opposite corners in. The mean decides whether the centre joins them.
                const bool centreIn = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
                const bool firstIn = v[0] >= level;
                // points[k] lies on edge k (corner k to k+1). Join the pairs that cut off the out corners.
                if (centreIn == firstIn)
                    segments << QLineF(points[0], points[1]) << QLineF(points[2], points[3]);
                else
                    segments << QLineF(points[3], points[0]) << QLineF(points[1], points[2]);
            }
        }
    }
    return segments;
}

void draw(QCustomPlot* plot, const HeatMap& map)
{
    plot->clearPlottables();
    plot->clearItems();
    const int nx = static_cast<int>(map.xValues.size());
    const int ny = static_cast<int>(map.yValues.size());
    if (nx < 2 || ny < 2) {
        plot->replot();
        return;
    }
    auto* cells = new QCPColorMap(plot->xAxis, plot->yAxis);
    cells->setName(map.valueTitle);
    cells->removeFromLegend();
    cells->data()->setSize(nx, ny);
    cells->data()->setRange(QCPRange(map.xValues.front(), map.xValues.back()),
                            QCPRange(map.yValues.front(), map.yValues.back()));
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i)
            cells->data()->setCell(i, j, map.at(i, j));
    cells->setInterpolate(false);
    QCPColorScale* scale = colourScale(plot);
    cells->setColorScale(scale);
    cells->setGradient(ChartPalette::sequential());
    cells->rescaleDataRange(true);
    scale->axis()->setLabel(map.valueTitle);

    if (map.target) {
        auto* line = new ContourLine(plot->xAxis, plot->yAxis);
        QVector<double> xs, ys;
        for (const QLineF& s : contour(map, *map.target)) {
            xs << s.x1() << s.x2() << qQNaN();
            ys << s.y1() << s.y2() << qQNaN();
        }
        line->setData(xs, ys);
        line->setProperty(ChartExport::csvColumn, QString());
        line->setName(map.targetLabel);
    }
    if (map.current) {
        auto* mark = new QCPGraph(plot->xAxis, plot->yAxis);
        mark->setName(map.currentLabel);
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(Qt::black, 2), Qt::white, 13));
        mark->setData({map.current->x()}, {map.current->y()});
        mark->setProperty(ChartExport::csvColumn, QString());
    }
    plot->xAxis->setLabel(map.xTitle);
    plot->yAxis->setLabel(map.yTitle);
    // Half a cell beyond the outer centres, so that every cell is whole.
    const double dx = (map.xValues.back() - map.xValues.front()) / (nx - 1) / 2;
    const double dy = (map.yValues.back() - map.yValues.front()) / (ny - 1) / 2;
    plot->xAxis->setRange(map.xValues.front() - dx, map.xValues.back() + dx);
    plot->yAxis->setRange(map.yValues.front() - dy, map.yValues.back() + dy);
    plot->legend->setVisible(map.target.has_value() || map.current.has_value());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    plot->replot();
}

} // namespace mixshift::HeatMapChart
