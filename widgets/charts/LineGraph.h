#pragma once

#include <qcustomplot.h>

namespace mixshift {

/// A QCPGraph whose line is drawn as separate segments on raster devices (the screen, PNG, the clipboard).
///
/// QCustomPlot strokes a graph's line as one polyline; Qt's raster engine turns a wide antialiased polyline into
/// one outline and fills it, and when the line is jagged (noisy data: every segment crossing the plot) that
/// outline is so complex that 20 lines of 200 points take seconds. Drawn as segments (dashes continuing across
/// them), each goes through the raster engine's direct thick-line path instead — over a hundred
/// times faster, and at a 2-pixel pen the joins cannot be told from the polyline's. Vector devices (PDF, SVG)
/// keep the polyline: it is as fast there, and a file's reader joins the segments properly.
class LineGraph : public QCPGraph
{
public:
    /// Adds a graph to the plot the axes belong to (the plot owns it), like QCustomPlot::addGraph().
    LineGraph(QCPAxis* keyAxis, QCPAxis* valueAxis);

    static LineGraph* add(QCustomPlot* plot, QCPAxis* keyAxis = nullptr, QCPAxis* valueAxis = nullptr);

protected:
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;
};

} // namespace mixshift
