#pragma once

#include <QString>
#include <QVector>

class QCustomPlot;

namespace mixshift {

/// One lever's swing: the output with the lever at its low and at its high bound, the others at base.
struct TornadoBar
{
    QString lever;
    double low = 0;
    double high = 0;
};

/// A tornado chart: one horizontal bar per lever from the base output to each swing, the widest at the top.
namespace TornadoChart {
/// Returns the levers in the order drawn, top first.
QVector<TornadoBar> draw(QCustomPlot* plot, QVector<TornadoBar> bars, double base, const QString& outputTitle);
}

} // namespace mixshift
