#pragma once

#include <QString>
#include <QVector>

class QCustomPlot;

namespace mixshift {

/// One bar of a bridge: a change (up or down from where the last bar ended), or a total drawn from zero.
struct WaterfallStep
{
    QString label;
    double value = 0;
    bool total = false;
};

/// A revenue bridge (R0 → wind-down → conversion → organic → R_H): changes float from the running level,
/// rises in green, falls in red, totals in blue, each labelled with its value.
namespace WaterfallChart {
void draw(QCustomPlot* plot, const QVector<WaterfallStep>& steps, const QString& valueAxisTitle);
}

} // namespace mixshift
