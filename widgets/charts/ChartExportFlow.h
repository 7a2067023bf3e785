#pragma once

#include "ChartExport.h"

class QWidget;

namespace mixshift {

class AppSettings;

/// Exporting a chart from the app, written once for every chart in it (the chart tabs, the scenario workspace's
/// paths, bridge, tornado and fan, share projections, scenario comparisons).
namespace ChartExportFlow {

/// Asks where (PNG, PDF, SVG or the data as CSV, in the last folder used) and, for a drawing, at what size
/// (ExportSizeDialog, starting from the size used last), then writes the file. Returns its path, or nothing
/// when the analyst cancelled. Throws Error when it cannot be written (the caller reports it).
QString exportDrawing(QWidget* parent, AppSettings& settings, const ChartExport::Drawing& drawing);

/// Puts the drawing on the clipboard as an image, at the size used last.
void copyDrawing(AppSettings& settings, const ChartExport::Drawing& drawing);

} // namespace ChartExportFlow

} // namespace mixshift
