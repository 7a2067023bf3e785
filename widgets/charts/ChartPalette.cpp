#include "ChartPalette.h"

#include <array>

namespace mixshift::ChartPalette {

namespace {

// Okabe & Ito (2008), in the order lines are assigned them.
constexpr std::array<QRgb, colourCount> okabeIto{
    0x0072B2, // blue
    0xE69F00, // orange
    0x009E73, // bluish green
    0xD55E00, // vermillion
    0xCC79A7, // reddish purple
    0x56B4E9, // sky blue
    0x000000, // black
    0xF0E442, // yellow
};

constexpr std::array<Qt::PenStyle, 4> roundLines{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
// Areas and bars of a later round are hatched in their colour, and outlined.
constexpr std::array<Qt::BrushStyle, 4> roundBrushes{Qt::SolidPattern, Qt::BDiagPattern, Qt::FDiagPattern,
                                                     Qt::DiagCrossPattern};
constexpr std::array<QCPScatterStyle::ScatterShape, 4> roundMarkers{
    QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond};

// Which round of eight colours a series is in, repeating after the last dash pattern.
int round(int index)
{
    return (index / colourCount) % int(roundLines.size());
}

} // namespace

QColor colour(int index)
{
    return QColor::fromRgb(okabeIto[index % colourCount]);
}

QPen linePen(int index, double width)
{
    return QPen(colour(index), width, roundLines[round(index)]);
}

QCPScatterStyle::ScatterShape marker(int index)
{
    return roundMarkers[round(index)];
}

QBrush areaBrush(int index, int alpha)
{
    QColor c = colour(index);
    c.setAlpha(alpha);
    return QBrush(c, roundBrushes[round(index)]);
}

QPen areaOutline(int index)
{
    return round(index) == 0 ? QPen(Qt::NoPen) : QPen(colour(index), 1);
}

QColor rise()
{
    return colour(2);
}

QColor fall()
{
    return colour(3);
}

QColor total()
{
    return colour(0);
}

QColor annotation()
{
    return QColor(110, 110, 110);
}

QCPColorGradient sequential()
{
    // Five stops of viridis (van der Walt and Smith, matplotlib 2015): lightness rises evenly, so order reads
    // in grey and to readers with a colour-vision deficiency.
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0x44, 0x01, 0x54));
    gradient.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    gradient.setColorStopAt(0.5, QColor(0x21, 0x91, 0x8c));
    gradient.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    gradient.setColorStopAt(1.0, QColor(0xfd, 0xe7, 0x25));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    return gradient;
}

} // namespace mixshift::ChartPalette
