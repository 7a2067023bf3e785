#pragma once

#include <QString>

namespace mixshift {

class ChartView;

/// A chart as a file an analyst can drop into a deck or a report: PNG (size and scale; 2× by default), PDF
/// (vector), SVG (through Qt SVG, as QCustomPlot has no SVG export), or the data behind it as CSV; or as an
/// image on the clipboard.
namespace ChartExport {

constexpr int defaultWidth = 1600;
constexpr int defaultHeight = 900;
constexpr double defaultScale = 2.0;

/// Writes the chart in the format the file's suffix names (.png .pdf .svg .csv); throws Error.
void save(ChartView& chart, const QString& path, int width = defaultWidth, int height = defaultHeight,
          double scale = defaultScale);
void copyImage(ChartView& chart, int width = defaultWidth, int height = defaultHeight, double scale = defaultScale);

} // namespace ChartExport

} // namespace mixshift
