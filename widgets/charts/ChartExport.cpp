#include "ChartExport.h"

#include "ChartView.h"

#include "Error.h"
#include "analytics/ChartDefinition.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QSvgGenerator>

namespace mixshift::ChartExport {

namespace {

void saveSvg(QCustomPlot* plot, const QString& path, int width, int height, const QString& title)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Exported by MixShift"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        throw Error(QStringLiteral("%1: cannot be written").arg(path));
    plot->toPainter(&painter, width, height);
    painter.end();
}

} // namespace

void save(ChartView& chart, const QString& path, int width, int height, double scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QCustomPlot* plot = chart.plot();
    bool written = false;
    if (suffix == QLatin1String("png")) {
        written = plot->savePng(path, width, height, scale);
    } else if (suffix == QLatin1String("pdf")) {
        written = plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("MixShift"), chart.title());
    } else if (suffix == QLatin1String("svg")) {
        saveSvg(plot, path, width, height, chart.title());
        written = QFileInfo::exists(path);
    } else if (suffix == QLatin1String("csv")) {
        QFile file(path);
        written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                  file.write(chartCsv(chart.series()).toUtf8()) >= 0;
    } else {
        throw Error(QStringLiteral("%1: export as .png, .pdf, .svg or .csv").arg(path));
    }
    if (!written)
        throw Error(QStringLiteral("%1: cannot be written").arg(path));
}

void copyImage(ChartView& chart, int width, int height, double scale)
{
    QApplication::clipboard()->setPixmap(chart.plot()->toPixmap(width, height, scale));
}

} // namespace mixshift::ChartExport
