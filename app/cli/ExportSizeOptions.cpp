#include "ExportSizeOptions.h"

#include "ArgumentParser.h"

#include "Error.h"
#include "charts/ChartExport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <qcustomplot.h>

namespace mixshift::cli {

void addExportSizeOptions(ArgumentParser& parser)
{
    const QString side = QCoreApplication::translate(
        "ExportSizeOptions", "whole pixels, or a length in mm, cm or in (%1 is 1890 pixels at 300 dpi); "
                             "from 1 to %2 pixels; default %3");
    parser.addOption(QStringLiteral("width"),
                     side.arg(QStringLiteral("160mm")).arg(ExportSize::maxSide).arg(ExportSize::defaultWidth),
                     QStringLiteral("W"));
    parser.addOption(QStringLiteral("height"),
                     side.arg(QStringLiteral("90mm")).arg(ExportSize::maxSide).arg(ExportSize::defaultHeight),
                     QStringLiteral("H"));
    parser.addOption(
        QStringLiteral("dpi"),
        QCoreApplication::translate("ExportSizeOptions",
                                    "dots per inch of a PNG (a pixel of the width is 1/96 inch), from %1 to %2; "
                                    "default %3")
            .arg(ExportSize::minScale * ExportSize::layoutPixelsPerInch)
            .arg(ExportSize::maxScale * ExportSize::layoutPixelsPerInch)
            .arg(ExportSize::defaultScale * ExportSize::layoutPixelsPerInch),
        QStringLiteral("N"));
    parser.addOption(
        QStringLiteral("scale"),
        QCoreApplication::translate("ExportSizeOptions",
                                    "PNG pixels per pixel of the width, from %1 to %2 (the same as --dpi S x 96); "
                                    "a PNG has at most %3 million pixels")
            .arg(ExportSize::minScale)
            .arg(ExportSize::maxScale)
            .arg(ExportSize::maxPixels / 1e6),
        QStringLiteral("S"));
    parser.addOption(QStringLiteral("transparent"),
                     QCoreApplication::translate("ExportSizeOptions", "no background (a PNG keeps its alpha channel)"));
}

ExportSize exportSize(const ArgumentParser& parser, const QString& command, const QString& path)
{
    ExportSize size;
    const auto length = [&](const QString& option, double fallback) {
        if (!parser.isSet(option))
            return fallback;
        const auto parsed = ExportSize::parseLength(parser.value(option));
        if (!parsed)
            throw UsageError(
                QCoreApplication::translate("ExportSizeOptions",
                                            "%1: --%2 '%3' is not a size: give whole pixels (1600) or a length in "
                                            "mm, cm or in (160mm, 16cm, 6.3in)")
                    .arg(command, option, parser.value(option)));
        return *parsed;
    };
    size.width = length(QStringLiteral("width"), size.width);
    size.height = length(QStringLiteral("height"), size.height);
    if (parser.isSet(QStringLiteral("dpi")) && parser.isSet(QStringLiteral("scale")))
        throw UsageError(QCoreApplication::translate("ExportSizeOptions",
                                                     "%1: give --dpi or --scale, not both (the scale is the dpi / 96)")
                             .arg(command));
    if (parser.isSet(QStringLiteral("dpi")))
        size.setDpi(finiteNumber(command + QStringLiteral(": --dpi"), parser.value(QStringLiteral("dpi"))));
    if (parser.isSet(QStringLiteral("scale")))
        size.scale = finiteNumber(command + QStringLiteral(": --scale"), parser.value(QStringLiteral("scale")));
    size.transparent = parser.isSet(QStringLiteral("transparent"));
    if (const QString problem = ChartExport::exportProblem(path, size); !problem.isEmpty())
        throw UsageError(command + QStringLiteral(": ") + problem);
    return size;
}

void exportPlot(const ArgumentParser& parser, const ExportSize& size, QTextStream& out,
                const std::function<void(QCustomPlot* plot)>& draw)
{
    const QString path = parser.value(QStringLiteral("out"));
    QCustomPlot plot;
    draw(&plot);
    ChartExport::save(ChartExport::drawing(&plot), path, size);
    out << QCoreApplication::translate("ExportSizeOptions", "wrote %1 (%2)")
               .arg(path, parser.value(QStringLiteral("plot")))
        << '\n';
}

} // namespace mixshift::cli
