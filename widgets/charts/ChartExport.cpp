#include "ChartExport.h"

#include "ChartView.h"

#include "Error.h"
#include "analytics/ChartDefinition.h"
#include "io/OutputFile.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace mixshift::ChartExport {

namespace {

bool isPng(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
}

QByteArray png(QCustomPlot* plot, const QString& path, int width, int height, double scale)
{
    QImage image = plot->toPixmap(width, height, scale).toImage();
    // 96 dpi in the header, as QCustomPlot's own savePng writes it.
    const int dotsPerMeter = qRound(96 / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Qt's PNG quality 50 is zlib level 4: a noisy chart compresses 2.3 times as fast as at the default level
    // for a file 3% larger (1600 × 1000, 20 jagged lines: 0.24 s instead of 0.55 s, 1.01 MB instead of 0.98).
    constexpr int pngQuality = 50;
    if (image.isNull() || !image.save(&buffer, "PNG", pngQuality))
        throw Error(QStringLiteral("%1: the image could not be drawn (%2 × %3 pixels)")
                        .arg(path)
                        .arg(std::lround(width * scale))
                        .arg(std::lround(height * scale)));
    return bytes;
}

// A one-page vector PDF of width × height points, drawn as QCustomPlot's savePdf draws (non-cosmetic pens, no
// caching), but into memory.
QByteArray pdf(QCustomPlot* plot, const QString& path, int width, int height, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("MixShift"));
        writer.setTitle(title);
        // Fonts sized as on screen, as QPrinter::ScreenResolution gives QCustomPlot's savePdf.
        writer.setResolution(96);
        QPageLayout layout(QPageSize(QSizeF(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch),
                           QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
        layout.setMode(QPageLayout::FullPageMode);
        writer.setPageLayout(layout);
        QCPPainter painter;
        if (!painter.begin(&writer))
            throw Error(QStringLiteral("%1: the PDF could not be drawn").arg(path));
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.setMode(QCPPainter::pmNonCosmetic);
        painter.setWindow(QRect(0, 0, width, height));
        plot->toPainter(&painter, width, height);
        painter.end();
    }
    return bytes;
}

QByteArray svg(QCustomPlot* plot, const QString& path, int width, int height, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(QLatin1String(titleMarker));
    generator.setDescription(QLatin1String(descriptionMarker));
    QCPPainter painter;
    if (!painter.begin(&generator))
        throw Error(QStringLiteral("%1: the SVG could not be drawn").arg(path));
    plot->toPainter(&painter, width, height);
    painter.end();
    return escapedSvg(bytes, title, QStringLiteral("Exported by MixShift"));
}

// Text content of an XML element: the three characters that could end or open markup, escaped.
QByteArray xmlText(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QString exportProblem(const QString& path, int width, int height, double scale)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg"),
                                      QStringLiteral("csv")};
    if (!suffixes.contains(QFileInfo(path).suffix().toLower()))
        return QStringLiteral("%1: export as .png, .pdf, .svg or .csv").arg(path);
    if (width < 1 || width > maxSide || height < 1 || height > maxSide)
        return QStringLiteral("%1: the width and height must be whole numbers from 1 to %2, not %3 × %4")
            .arg(path)
            .arg(maxSide)
            .arg(width)
            .arg(height);
    if (!std::isfinite(scale) || scale < minScale || scale > maxScale)
        return QStringLiteral("%1: the scale must be a number from %2 to %3, not %4")
            .arg(path)
            .arg(minScale)
            .arg(maxScale)
            .arg(scale);
    const double pixels = double(width) * height * scale * scale;
    if (isPng(path) && pixels > maxPixels)
        return QStringLiteral("%1: a PNG of %2 × %3 at scale %4 would have %5 million pixels; the most is %6 million "
                              "(make it smaller, or export a PDF or SVG, which stay sharp at any size)")
            .arg(path)
            .arg(width)
            .arg(height)
            .arg(scale)
            .arg(pixels / 1e6, 0, 'f', 1)
            .arg(maxPixels / 1e6, 0, 'f', 0);
    return {};
}

QByteArray escapedSvg(QByteArray svg, const QString& title, const QString& description)
{
    const auto replaceOnce = [&svg](const char* marker, const QByteArray& text) {
        const QByteArray placeholder(marker);
        const qsizetype at = svg.indexOf(placeholder);
        if (at >= 0)
            svg.replace(at, placeholder.size(), text);
    };
    replaceOnce(titleMarker, xmlText(title));
    replaceOnce(descriptionMarker, xmlText(description));
    // XML 1.0 allows no control characters but tab, line feed and carriage return, not even escaped; in UTF-8
    // those bytes are never part of another character.
    svg.removeIf([](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
    });
    return svg;
}

void save(ChartView& chart, const QString& path, int width, int height, double scale)
{
    if (const QString problem = exportProblem(path, width, height, scale); !problem.isEmpty())
        throw Error(problem);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QCustomPlot* plot = chart.plot();
    QByteArray bytes;
    if (suffix == QLatin1String("png"))
        bytes = png(plot, path, width, height, scale);
    else if (suffix == QLatin1String("pdf"))
        bytes = pdf(plot, path, width, height, chart.title());
    else if (suffix == QLatin1String("svg"))
        bytes = svg(plot, path, width, height, chart.title());
    else
        bytes = chartCsv(chart.series()).toUtf8();
    OutputFile::save(path, bytes);
}

void copyImage(ChartView& chart, int width, int height, double scale)
{
    QApplication::clipboard()->setPixmap(chart.plot()->toPixmap(width, height, scale));
}

} // namespace mixshift::ChartExport
