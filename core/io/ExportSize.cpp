#include "ExportSize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace mixshift {

QSize ExportSize::pngPixels() const
{
    return QSize(int(std::lround(width * scale)), int(std::lround(height * scale)));
}

QSizeF ExportSize::pagePoints() const
{
    const double pointsPerPixel = pointsPerInch / layoutPixelsPerInch;
    return QSizeF(width * pointsPerPixel, height * pointsPerPixel);
}

QString ExportSize::problem(bool png) const
{
    const auto side = [](double v) { return std::isfinite(v) && v >= 1 && v <= maxSide; };
    if (!side(width) || !side(height))
        return QCoreApplication::translate("ExportSize", "the width and height must be from 1 to %1 pixels (%2 mm), not %3 × %4")
            .arg(maxSide)
            .arg(std::floor(maxSide / layoutPixelsPerInch * millimetresPerInch))
            .arg(width, 0, 'g', 6)
            .arg(height, 0, 'g', 6);
    if (!std::isfinite(scale) || scale < minScale || scale > maxScale)
        return QCoreApplication::translate("ExportSize", "the scale must be a number from %1 to %2 (%3 to %4 dpi), not %5")
            .arg(minScale)
            .arg(maxScale)
            .arg(minScale * layoutPixelsPerInch)
            .arg(maxScale * layoutPixelsPerInch)
            .arg(scale);
    const double pixels = double(width) * height * scale * scale;
    if (png && pixels > maxPixels)
        return QCoreApplication::translate("ExportSize",
                                           "a PNG of %1 × %2 pixels would have %3 million pixels; the most is %4 "
                                           "million (make it smaller or its dpi lower, or export a PDF or SVG, which "
                                           "stay sharp at any size)")
            .arg(pngPixels().width())
            .arg(pngPixels().height())
            .arg(pixels / 1e6, 0, 'f', 1)
            .arg(maxPixels / 1e6, 0, 'f', 0);
    return {};
}

std::optional<double> ExportSize::parseLength(const QString& text)
{
    static const QRegularExpression length(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px|mm|cm|in)?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = length.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (!std::isfinite(number) || number <= 0)
        return std::nullopt;
    if (unit.isEmpty() || unit == QLatin1String("px")) {
        // Pixels are whole: a fraction of one is a typing error, not a size.
        if (number != std::floor(number))
            return std::nullopt;
        return number;
    }
    const double millimetres = unit == QLatin1String("in")   ? number * millimetresPerInch
                               : unit == QLatin1String("cm") ? number * 10
                                                             : number;
    return millimetres / millimetresPerInch * layoutPixelsPerInch;
}

} // namespace mixshift
