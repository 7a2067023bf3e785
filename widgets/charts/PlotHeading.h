#pragma once

#include <QString>

class QCustomPlot;

namespace mixshift {

/// A title above a plot and a "Source: …" line below it, so that a plot exported on its own explains itself;
/// for the plots that are not a ChartView (the scenario and share workspaces' charts). Set again, it replaces
/// the texts; the rows are added once.
namespace PlotHeading {

void set(QCustomPlot* plot, const QString& title, const QString& source);
QString title(QCustomPlot* plot);

} // namespace PlotHeading

} // namespace mixshift
