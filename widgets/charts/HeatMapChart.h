#pragma once

#include <QLineF>
#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

class QCustomPlot;

namespace mixshift {

/// A value over two inputs on a regular grid, as a heat map draws it; every number as the axes show it.
struct HeatMap
{
    QString xTitle;
    QString yTitle;
    QString valueTitle;
    QVector<double> xValues;
    QVector<double> yValues;
    /// Row by row: the value at x index i and y index j is cells[j * xValues.size() + i].
    QVector<double> cells;
    /// Where the value crosses this level, a contour line, named in the legend by targetLabel.
    std::optional<double> target;
    QString targetLabel;
    /// A point marked on the map (the inputs as they are set), named by currentLabel.
    std::optional<QPointF> current;
    QString currentLabel;

    double at(int i, int j) const { return cells[j * xValues.size() + i]; }
};

/// A heat map: the grid's cells coloured on a sequential scale (a colour bar below names it), the contour of
/// the target and the current point over it. Exported like any chart: its data file lists every cell as x, y
/// and the value.
namespace HeatMapChart {

void draw(QCustomPlot* plot, const HeatMap& map);

/// The target's contour by marching squares over the cells' centres, linear between neighbours: one segment
/// per square the level crosses (two for a saddle, split as the square's mean says).
QVector<QLineF> contour(const HeatMap& map, double level);

} // namespace HeatMapChart

} // namespace mixshift
