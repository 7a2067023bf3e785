#pragma once

#include <QByteArray>
#include <QString>

namespace mixshift {

class ChartView;

/// A chart as a file an analyst can drop into a deck or a report: PNG (size and scale; 2× by default), PDF
/// (vector), SVG (through Qt SVG, as QCustomPlot has no SVG export), or the data behind it as CSV; or as an
/// image on the clipboard. Every format is made in memory first and written through OutputFile: a failed write
/// leaves no partial file.
namespace ChartExport {

constexpr int defaultWidth = 1600;
constexpr int defaultHeight = 900;
constexpr double defaultScale = 2.0;
/// Width and height are whole numbers of pixels (points in a PDF) from 1 to maxSide.
constexpr int maxSide = 20000;
/// The scale is a finite number from minScale to maxScale (it matters to a PNG only).
constexpr double minScale = 0.1;
constexpr double maxScale = 8;
/// A PNG has at most this many pixels (width × height × scale²): 40 megapixels, e.g. 7680 × 4320 at scale 1 or
/// 3840 × 2160 at scale 2 — about 160 MB while it is drawn.
constexpr double maxPixels = 40e6;

/// Why a chart cannot be exported to `path` at that size — a suffix other than .png .pdf .svg .csv, sides outside
/// 1…maxSide, a scale outside minScale…maxScale, and for a PNG more than maxPixels pixels — as one line naming
/// the file, or an empty string.
QString exportProblem(const QString& path, int width, int height, double scale);

/// Writes the chart in the format the file's suffix names (.png .pdf .svg .csv); throws Error naming the file
/// (see exportProblem()), leaving no file behind.
void save(ChartView& chart, const QString& path, int width = defaultWidth, int height = defaultHeight,
          double scale = defaultScale);
void copyImage(ChartView& chart, int width = defaultWidth, int height = defaultHeight, double scale = defaultScale);

/// `svg` (as QSvgGenerator wrote it) made well-formed XML with every text escaped: `title` and `description` go
/// into the `<title>` and `<desc>` elements QSvgGenerator was given `titleMarker` and `descriptionMarker` for
/// (Qt 6.4 writes those raw, so a title such as `</title><script>` would become markup), and control characters
/// that XML forbids are dropped.
QByteArray escapedSvg(QByteArray svg, const QString& title, const QString& description);
/// The placeholders handed to QSvgGenerator::setTitle() and setDescription() for escapedSvg().
inline const char* const titleMarker = "MIXSHIFT-SVG-TITLE";
inline const char* const descriptionMarker = "MIXSHIFT-SVG-DESCRIPTION";

} // namespace ChartExport

} // namespace mixshift
