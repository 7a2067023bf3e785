#pragma once

#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace mixshift {

/// How large an exported chart is, as publishers ask for it: in pixels, millimetres or inches, and for a PNG
/// at how many dots per inch.
///
/// A chart is laid out in layout pixels of 1/96 inch — the pixel of a standard screen and of CSS — so that
/// text keeps the size it has on screen: a PDF page of W × H layout pixels is W × H × 0.75 points, and
/// 160 mm × 90 mm is a page of exactly 160 mm × 90 mm. A PNG has `scale` image pixels per layout pixel
/// (dpi / 96) and says its dpi in its header, so a word processor places it at its printed size: 160 mm at
/// 300 dpi is 1890 pixels wide.
struct ExportSize
{
    static constexpr double layoutPixelsPerInch = 96;
    static constexpr double millimetresPerInch = 25.4;
    static constexpr double pointsPerInch = 72;

    /// Defaults: 1600 × 900 layout pixels, PNGs at twice that (192 dpi).
    static constexpr double defaultWidth = 1600;
    static constexpr double defaultHeight = 900;
    static constexpr double defaultScale = 2;
    /// A side is at least 1 and at most maxSide layout pixels (208 inches).
    static constexpr double maxSide = 20000;
    /// The scale is from minScale to maxScale (9.6 to 768 dpi).
    static constexpr double minScale = 0.1;
    static constexpr double maxScale = 8;
    /// A PNG has at most this many pixels: 40 megapixels, e.g. 7680 × 4320 at scale 1 — about 160 MB while drawn.
    static constexpr double maxPixels = 40e6;

    double width = defaultWidth;
    double height = defaultHeight;
    double scale = defaultScale;
    /// No background: a PNG keeps an alpha channel, a PDF or SVG has nothing behind the chart.
    bool transparent = false;

    double dpi() const { return scale * layoutPixelsPerInch; }
    void setDpi(double dpi) { scale = dpi / layoutPixelsPerInch; }
    /// The PNG's size in image pixels.
    QSize pngPixels() const;
    /// The PDF page's size in points.
    QSizeF pagePoints() const;

    /// Why this size cannot be exported — a side outside 1…maxSide layout pixels, a scale outside
    /// minScale…maxScale, and for a PNG more than maxPixels pixels — as one sentence, or an empty string.
    QString problem(bool png) const;

    /// A length as a person writes one: "1600" or "1600px" (layout pixels, whole), "160mm", "16cm", "6.3in",
    /// in layout pixels; nothing when it is not a positive finite length in one of those units.
    static std::optional<double> parseLength(const QString& text);
};

} // namespace mixshift
