#include "ChartExport.h"

#include "ChartTheme.h"
#include "ChartView.h"
#include "PlotHeading.h"
#include "PngEncoder.h"

#include "Error.h"
#include "analytics/ChartDefinition.h"
#include "io/CsvWriter.h"
#include "io/TableFile.h"
#include "io/OutputFile.h"
#include "io/PdfToUnicode.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QMap>
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

// While a drawing is exported: in paper's colours whatever the screen's (a dark chart prints black on white),
// its texts fitted to the export's width and, for a transparent export, no background; afterwards all are as on
// screen again.
class PreparedForExport
{
public:
    PreparedForExport(const Drawing& drawing, const ExportSize& size)
        : m_drawing(drawing)
    {
        ChartTheme::apply(m_drawing.plot, ChartTheme::paper());
        if (size.transparent)
            m_drawing.plot->setBackground(QBrush(Qt::NoBrush));
        if (m_drawing.fitTo)
            m_drawing.fitTo(int(std::lround(size.width)));
    }
    ~PreparedForExport()
    {
        ChartTheme::apply(m_drawing.plot, m_drawing.plot->palette());
        if (m_drawing.fitTo)
            m_drawing.fitTo(m_drawing.plot->width());
    }
    PreparedForExport(const PreparedForExport&) = delete;
    PreparedForExport& operator=(const PreparedForExport&) = delete;

private:
    const Drawing& m_drawing;
};

// The chart laid out at its size in layout pixels, drawn scaled to exactly the pixels asked for (each side
// rounded once: 160 mm at 300 dpi is 1890 pixels, not 605 layout pixels × 3.125).
QImage image(const Drawing& drawing, const ExportSize& size)
{
    const QSize pixels = size.pngPixels();
    const int width = int(std::lround(size.width));
    const int height = int(std::lround(size.height));
    QImage image(pixels, size.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.fill(size.transparent ? Qt::transparent : Qt::white);
    {
        const PreparedForExport prepared(drawing, size);
        QCPPainter painter(&image);
        painter.setMode(QCPPainter::pmNoCaching);
        // Below 1× QCustomPlot keeps cosmetic pens, so that thin lines do not vanish; as its toPixmap() does.
        if (size.scale > 1)
            painter.setMode(QCPPainter::pmNonCosmetic);
        painter.scale(double(pixels.width()) / width, double(pixels.height()) / height);
        drawing.plot->toPainter(&painter, width, height);
    }
    // The dpi in the header: placed in a document, the image takes the size it was made for.
    const int dotsPerMeter = int(std::lround(size.dpi() / ExportSize::millimetresPerInch * 1000));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray png(const Drawing& drawing, const QString& path, const ExportSize& size)
{
    const QImage drawn = image(drawing, size);
    const QByteArray bytes = drawn.isNull() ? QByteArray() : PngEncoder::encode(drawn);
    if (bytes.isEmpty())
        throw Error(QCoreApplication::translate("ChartExport", "%1: the image could not be drawn (%2 × %3 pixels)")
                        .arg(path)
                        .arg(size.pngPixels().width())
                        .arg(size.pngPixels().height()));
    return bytes;
}

// Qt writes a page's MediaBox in whole points (QPageLayout::fullRectPoints()), so 160 mm (453.54 points) would
// become 454. The page is made that whole number of points, the chart drawn onto its top-left `exact` points,
// and the box then set to exactly those: its bottom edge moves up by the difference, since Qt's page stream puts
// the origin at the top of the whole-point page. The new box is padded to the old one's length, so that the
// byte offsets in the file's cross-reference table stay right.
QByteArray withExactMediaBox(QByteArray pdf, const QSizeF& exact, const QSize& whole)
{
    // As Qt's PDF engine prints them: "%s" of QByteArray::number(double, 'f').
    const auto number = [](double v, int decimals) { return QByteArray::number(v, 'f', decimals); };
    const QByteArray written = "/MediaBox [0 0 " + number(whole.width(), 6) + ' ' + number(whole.height(), 6) + ']';
    QByteArray box = "/MediaBox [0 " + number(whole.height() - exact.height(), 4) + ' ' +
                     number(exact.width(), 4) + ' ' + number(whole.height(), 0) + ']';
    if (pdf.count(written) != 1 || box.size() > written.size())
        return pdf; // not the one page Qt writes as expected: its whole points are still a valid page
    box.append(QByteArray(written.size() - box.size(), ' '));
    return pdf.replace(written, box);
}

// A one-page vector PDF of exactly the size asked, drawn as QCustomPlot's savePdf draws (non-cosmetic pens, no
// caching), but into memory. The chart is laid out in layout pixels (1/96 inch), so text has its screen size.
QByteArray pdf(const Drawing& drawing, const QString& path, const ExportSize& size)
{
    const QSizeF exact = size.pagePoints();
    const QSize whole(int(std::ceil(exact.width() - 1e-6)), int(std::ceil(exact.height() - 1e-6)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("MixShift"));
        writer.setTitle(drawing.title);
        writer.setResolution(int(ExportSize::layoutPixelsPerInch));
        QPageLayout layout(QPageSize(QSizeF(whole), QPageSize::Point, QString(), QPageSize::ExactMatch),
                           QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
        layout.setMode(QPageLayout::FullPageMode);
        writer.setPageLayout(layout);
        QCPPainter painter;
        if (!painter.begin(&writer))
            throw Error(QCoreApplication::translate("ChartExport", "%1: the PDF could not be drawn").arg(path));
        paintVector(drawing, painter, {0, 0}, size);
        painter.end();
    }
    return withIdeographsForRadicals(withExactMediaBox(bytes, exact, whole));
}

QByteArray svg(const Drawing& drawing, const QString& path, const ExportSize& size)
{
    const PreparedForExport prepared(drawing, size);
    const int width = int(std::lround(size.width));
    const int height = int(std::lround(size.height));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setResolution(int(ExportSize::layoutPixelsPerInch));
    generator.setTitle(QLatin1String(titleMarker));
    generator.setDescription(QLatin1String(descriptionMarker));
    QCPPainter painter;
    if (!painter.begin(&generator))
        throw Error(QCoreApplication::translate("ChartExport", "%1: the SVG could not be drawn").arg(path));
    drawing.plot->toPainter(&painter, width, height);
    painter.end();
    return escapedSvg(bytes, drawing.title, QCoreApplication::translate("ChartExport", "Exported by MixShift"));
}

// Text content of an XML element: the three characters that could end or open markup, escaped.
QByteArray xmlText(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

void paintVector(const Drawing& drawing, QCPPainter& painter, const QPointF& topLeft, const ExportSize& size)
{
    const PreparedForExport prepared(drawing, size);
    const int width = int(std::lround(size.width));
    const int height = int(std::lround(size.height));
    painter.save();
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    // The chart, laid out in whole layout pixels, is stretched by less than one to the exact size.
    painter.translate(topLeft);
    painter.scale(size.width / width, size.height / height);
    drawing.plot->toPainter(&painter, width, height);
    painter.restore();
}

namespace {

// A heat map's data: every cell as x, y and its value, labelled as the axes and the colour bar are.
QString colourMapCsv(QCPColorMap* map)
{
    QCPColorMapData* data = map->data(); // QCustomPlot 2.1 declares cellToCoord non-const
    QString csv = CsvWriter::record({map->keyAxis()->label(), map->valueAxis()->label(),
                                     map->colorScale() ? map->colorScale()->axis()->label() : map->name()});
    for (int j = 0; j < data->valueSize(); ++j)
        for (int i = 0; i < data->keySize(); ++i) {
            double x = 0, y = 0;
            data->cellToCoord(i, j, &x, &y);
            csv += CsvWriter::record({QString::number(x, 'g', 12), QString::number(y, 'g', 12),
                                      QString::number(data->cell(i, j), 'g', 12)});
        }
    return csv;
}

} // namespace

QString plotCsv(QCustomPlot* plot)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* map = qobject_cast<QCPColorMap*>(plot->plottable(i)))
            return colourMapCsv(map);
    // Every key of every graph and bar set, labelled as the key axis labels it.
    QMap<double, QVector<double>> rows;
    QStringList header;
    QCPAxis* keyAxis = nullptr;
    const int count = plot->plottableCount();
    const auto add = [&](int column, double key, double value) {
        auto& row = rows[key];
        if (row.isEmpty())
            row.fill(qQNaN(), count);
        row[column] = value;
    };
    QVector<int> columns;
    for (int i = 0; i < count; ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        const QVariant column = p->property(csvColumn);
        if (column.isValid() && column.toString().isEmpty())
            continue;
        columns << i;
        keyAxis = keyAxis ? keyAxis : p->keyAxis();
        header << (column.isValid() ? column.toString() : p->name());
        if (auto* graph = qobject_cast<QCPGraph*>(p))
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                add(i, it->key, it->value);
        else if (auto* bars = qobject_cast<QCPBars*>(p))
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                add(i, it->key, it->value);
    }
    auto* text = keyAxis ? dynamic_cast<QCPAxisTickerText*>(keyAxis->ticker().data()) : nullptr;
    const QMap<double, QString> labels = text ? text->ticks() : QMap<double, QString>();
    QString csv = CsvWriter::record(QStringList{keyAxis && !keyAxis->label().isEmpty() ? keyAxis->label()
                                                                                      : QStringLiteral("key")} +
                                    header);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList fields{labels.value(it.key(), QString::number(it.key(), 'g', 12))};
        for (const int column : columns) {
            const double v = it.value()[column];
            fields << (std::isnan(v) ? QString() : QString::number(v, 'g', 12));
        }
        csv += CsvWriter::record(fields);
    }
    return csv;
}

Drawing drawing(QCustomPlot* plot)
{
    return {plot, PlotHeading::title(plot), plotCsv(plot), {}};
}

Drawing drawing(ChartView& chart)
{
    return {chart.plot(), chart.title(), chartCsv(chart.series()), [&chart](int width) { chart.fitTextTo(width); }};
}

QString exportProblem(const QString& path, const ExportSize& size)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg"),
                                      QStringLiteral("csv"), QStringLiteral("xlsx")};
    if (!suffixes.contains(QFileInfo(path).suffix().toLower()))
        return QCoreApplication::translate("ChartExport", "%1: export as .png, .pdf, .svg, .csv or .xlsx").arg(path);
    if (const QString problem = size.problem(isPng(path)); !problem.isEmpty())
        //: The file (%1) and why it cannot be exported (%2).
        return QCoreApplication::translate("ChartExport", "%1: %2").arg(path, problem);
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

void save(const Drawing& drawing, const QString& path, const ExportSize& size)
{
    if (const QString problem = exportProblem(path, size); !problem.isEmpty())
        throw Error(problem);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("png"))
        bytes = png(drawing, path, size);
    else if (suffix == QLatin1String("pdf"))
        bytes = pdf(drawing, path, size);
    else if (suffix == QLatin1String("svg"))
        bytes = svg(drawing, path, size);
    else if (suffix == QLatin1String("xlsx"))
        bytes = TableFile::workbookBytes({ExportTable::fromCsv(QStringLiteral("Chart data"), drawing.csv)}, path);
    else
        bytes = drawing.csv.toUtf8();
    OutputFile::save(path, bytes);
}

void copyImage(const Drawing& drawing, const ExportSize& size)
{
    QApplication::clipboard()->setImage(image(drawing, size));
}

} // namespace mixshift::ChartExport
