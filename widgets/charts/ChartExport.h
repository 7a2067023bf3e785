#pragma once

#include "io/ExportSize.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QCPPainter;
class QCustomPlot;
class QPointF;

namespace mixshift {

class ChartView;

/// A chart as a file an analyst can drop into a deck or a report: PNG (at a size and dpi, 2× the layout by
/// default), PDF (vector, a page of exactly the size asked), SVG (through Qt SVG, as QCustomPlot has no SVG
/// export), or the data behind it as CSV; or as an image on the clipboard. Every format is made in memory first
/// and written through OutputFile: a failed write leaves no partial file.
namespace ChartExport {

/// What is exported: the plot as drawn, its title (the PDF's and SVG's), the data behind it as CSV text, and
/// what lays its texts out for another width (called with the export's width before drawing, and with the
/// plot's own width after).
struct Drawing
{
    QCustomPlot* plot = nullptr;
    QString title;
    QString csv;
    std::function<void(int width)> fitTo;
};

/// A chart view's drawing: its plot, title, and the CSV of the series it shows.
Drawing drawing(ChartView& chart);

/// A plot's drawing: its PlotHeading title and the values it draws (plotCsv()).
Drawing drawing(QCustomPlot* plot);

/// The values a plot draws, as CSV: a row per key (labelled as its axis labels it: "FY2025 Q1"), a column per
/// graph or bar set, named as in the legend or by its csvColumn property (an empty one leaves it out: a
/// waterfall's invisible base). For the charts that have no series behind them (scenario paths, bridge,
/// tornado, fan, share projections).
QString plotCsv(QCustomPlot* plot);
inline const char* const csvColumn = "mixshiftCsvColumn";

/// Paints the drawing as vector graphics, as a PDF export does: laid out at `size` in layout pixels, drawn from
/// `topLeft` in the painter's units (a device of 96 dpi: a layout pixel each) — a chart on a report's page.
void paintVector(const Drawing& drawing, QCPPainter& painter, const QPointF& topLeft, const ExportSize& size);

/// Why a chart cannot be exported to `path` at that size — a suffix other than .png .pdf .svg .csv .xlsx, or what
/// ExportSize::problem() says — as one line naming the file, or an empty string.
QString exportProblem(const QString& path, const ExportSize& size);

/// Writes the drawing in the format the file's suffix names (.png .pdf .svg .csv .xlsx); throws Error naming the file
/// (see exportProblem()), leaving no file behind.
void save(const Drawing& drawing, const QString& path, const ExportSize& size = {});
void copyImage(const Drawing& drawing, const ExportSize& size = {});

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
