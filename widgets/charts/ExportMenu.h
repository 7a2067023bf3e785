#pragma once

#include "ChartExport.h"

#include <functional>

namespace mixshift {

/// "Export…" and "Copy Image" on a plot's context menu (a plot with a PlotHeading: its title and values go
/// with it, see ChartExport::drawing()); `exportIt` and `copyIt` do the work (the main window's, which knows the
/// last folder and size).
namespace ExportMenu {

using DrawingAction = std::function<void(const ChartExport::Drawing&)>;

void attach(QCustomPlot* plot, const DrawingAction& exportIt, const DrawingAction& copyIt);

} // namespace ExportMenu

} // namespace mixshift
