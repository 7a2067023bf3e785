#pragma once

#include <QColor>
#include <QPen>

#include <qcustomplot.h>

namespace mixshift {

/// The colours every chart draws with, one palette for the whole application: the eight colours of Okabe and
/// Ito's "Color Universal Design" (2008), which readers with any common colour-vision deficiency can tell apart,
/// ordered for lines on white (yellow, the faintest, last).
///
/// Beyond eight series the colours repeat, and a repeat never relies on colour alone: each round of eight has
/// its own dash pattern (solid, dashed, dotted, dash-dotted), marker (circle, square, triangle, diamond) and
/// area hatching, so series 1 and 9 share a colour but not a line, a mark or a fill.
namespace ChartPalette {

constexpr int colourCount = 8;

/// The index-th series' colour.
QColor colour(int index);
/// The index-th series' line: its colour, `width` pixels wide, in its round's dash pattern.
QPen linePen(int index, double width = 2);
/// The index-th series' marker shape.
QCPScatterStyle::ScatterShape marker(int index);
/// The index-th series' area or bar: its colour at the given opacity (0–255), solid in the first round of
/// eight and hatched in later ones, which areaOutline() then outlines.
QBrush areaBrush(int index, int alpha = 255);
QPen areaOutline(int index);

/// Colours with a meaning, taken from the same eight: a rise or a gain (bluish green), a fall or a loss
/// (vermillion), a total or the central estimate (blue).
QColor rise();
QColor fall();
QColor total();
/// Event markers and other annotations drawn over the data: a grey that does not compete with a series.
QColor annotation();
/// A sequential scale for heat maps, dark (low) to light (high).
QCPColorGradient sequential();

} // namespace ChartPalette

} // namespace mixshift
