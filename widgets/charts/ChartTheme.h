#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;
class QCPTextElement;

namespace mixshift::ChartTheme {

/// Colours a plot's background, axes, grid, legend and text elements from a palette: a chart on screen takes the
/// application's (dark when the system or the preference is dark), an export always paper's. The series'
/// colours (ChartPalette) stay the same on both.
void apply(QCustomPlot* plot, const QPalette& palette);

/// Keeps a plot on screen right for where it is shown: applies its own palette now and again whenever it changes
/// (the system switches to dark, the preference changes), and draws its buffer at the screen's pixel ratio, also
/// after the window moves to a screen of another ratio (sharp on high-DPI screens from the start).
void followScreen(QCustomPlot* plot);

/// The light palette exports are drawn in: black on white, as printed.
QPalette paper();

/// A text element drawn lighter than the palette's text: `fraction` of the way from the text colour to the
/// background (0 is the text colour itself; the subtitle is 0.24, a source line 0.35).
void setMuted(QCPTextElement* element, double fraction);

/// How far a hidden series' legend entry is greyed out.
constexpr double hiddenSeries = 170.0 / 255;

/// The palette's text colour moved `fraction` of the way to its background colour.
QColor mutedText(const QPalette& palette, double fraction);

} // namespace mixshift::ChartTheme
