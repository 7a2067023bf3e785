#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class QCustomPlot;

namespace mixshift {

/// Percentiles of a simulated path per period (Monte Carlo): P5, P25, P50, P75, P95.
struct FanBands
{
    QVector<double> p5;
    QVector<double> p25;
    QVector<double> p50;
    QVector<double> p75;
    QVector<double> p95;
};

/// A fan chart: the P5–P95 band light, the P25–P75 band darker, the median as a line; periods labelled.
namespace FanChart {
void draw(QCustomPlot* plot, const QStringList& periods, const FanBands& bands, const QString& valueAxisTitle);
}

} // namespace mixshift
