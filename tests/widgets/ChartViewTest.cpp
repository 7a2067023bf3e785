#include "QtPrinting.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "charts/FanChart.h"
#include "charts/TornadoChart.h"
#include "charts/WaterfallChart.h"

#include "analytics/SeriesResolver.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QFile>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

struct SampleCharts
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    ChartView view;

    SampleCharts() { view.resize(1200, 700); }

    void show(ChartKind kind, const QStringList& specs)
    {
        ChartDefinition chart;
        chart.kind = kind;
        chart.specs = specs;
        const ChartDocument document = ChartDocument::build(project->db(), chart);
        BOOST_REQUIRE(document.problems.isEmpty());
        view.showChart(document);
    }
};

const QStringList iaasShares{QStringLiteral("AWS/gartner_iaas_share"), QStringLiteral("Microsoft Azure/gartner_iaas_share"),
                             QStringLiteral("Alibaba Cloud/gartner_iaas_share"), QStringLiteral("Google Cloud/gartner_iaas_share"),
                             QStringLiteral("Huawei Cloud/gartner_iaas_share"), QStringLiteral("Others/gartner_iaas_share")};

// Pixels that are not (near) white.
int inkedPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 235)
                ++count;
    return count;
}

} // namespace

BOOST_AUTO_TEST_SUITE(chart_view)

BOOST_AUTO_TEST_CASE(line_chart_of_shares_draws_every_point_inside_its_axes)
{
    SampleCharts c;
    c.show(ChartKind::Line, iaasShares.mid(0, 3));
    QCustomPlot* plot = c.view.plot();
    BOOST_REQUIRE_EQUAL(plot->graphCount(), 3);
    for (int i = 0; i < 3; ++i) {
        BOOST_TEST(plot->graph(i)->data()->size() == 4);
        for (auto it = plot->graph(i)->data()->constBegin(); it != plot->graph(i)->data()->constEnd(); ++it) {
            BOOST_TEST(plot->xAxis->range().contains(it->key));
            BOOST_TEST(plot->yAxis->range().contains(it->value));
        }
    }
    BOOST_TEST(c.view.title().contains(QStringLiteral("Market share")), "the title names what the series share");
    BOOST_TEST(plot->graph(0)->name().toStdString() == "AWS", "the legend names what sets them apart");
    BOOST_TEST(plot->legend->visible());
    BOOST_TEST(c.view.document().sourceLine().contains(QStringLiteral("zawya.com")));
    BOOST_TEST(plot->yAxis->label().contains(QStringLiteral("%")));
}

BOOST_AUTO_TEST_CASE(stacked_100_bars_add_up_to_100_each_year)
{
    SampleCharts c;
    c.show(ChartKind::Stacked100, iaasShares);
    QCustomPlot* plot = c.view.plot();
    BOOST_REQUIRE_EQUAL(plot->plottableCount(), 6);
    QMap<double, double> totals;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* bars = qobject_cast<QCPBars*>(plot->plottable(i));
        BOOST_REQUIRE(bars);
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            totals[it->key] += it->value;
    }
    BOOST_TEST(totals.size() == 4);
    for (const double total : totals)
        BOOST_TEST(std::abs(total - 100.0) < 1e-9);
}

BOOST_AUTO_TEST_CASE(bar_line_puts_growth_on_a_second_axis)
{
    SampleCharts c;
    c.show(ChartKind::BarLine, {QStringLiteral("Alibaba Cloud/revenue"), QStringLiteral("Alibaba Cloud/revenue:yoy")});
    QCustomPlot* plot = c.view.plot();
    BOOST_REQUIRE_EQUAL(plot->plottableCount(), 2);
    BOOST_TEST(qobject_cast<QCPBars*>(plot->plottable(0)));
    BOOST_TEST(plot->graph(0)->valueAxis() == plot->yAxis2);
    BOOST_TEST(plot->yAxis2->visible());
    BOOST_TEST(c.view.note().contains(QStringLiteral("Derived: YoY growth")));
    BOOST_TEST(c.view.title().toStdString() == "Alibaba Cloud");
}

BOOST_AUTO_TEST_CASE(hovering_a_point_names_period_value_and_source)
{
    SampleCharts c;
    c.show(ChartKind::Bars, {QStringLiteral("Alibaba Cloud/revenue")});
    QCustomPlot* plot = c.view.plot();
    plot->replot();
    const double x = plot->xAxis->coordToPixel(2023.5 + 0.125);
    const double y = plot->yAxis->coordToPixel(200);
    const QString text = c.view.describePointAt(QPointF(x, y));
    BOOST_TEST(text.contains(QStringLiteral("FY2024 Q2")), text.toStdString());
    BOOST_TEST(text.contains(QStringLiteral("276.48 億元")));
    BOOST_TEST(text.contains(QStringLiteral("阿里雲重新定調")));
    BOOST_TEST(c.view.describePointAt(QPointF(1, 1)).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_forecast_goes_on_dashed_with_its_intervals_shaded)
{
    SampleCharts c;
    c.show(ChartKind::Line, {QStringLiteral("AWS/revenue:forecast(8)")});
    QCustomPlot* plot = c.view.plot();
    // The history, each interval as a lower and an upper edge, and the forecast's line.
    BOOST_REQUIRE_EQUAL(plot->graphCount(), 6);
    QCPGraph* dashed = nullptr;
    int bands = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* g = plot->graph(i);
        if (g->pen().style() == Qt::DashLine)
            dashed = g;
        if (g->channelFillGraph()) {
            ++bands;
            BOOST_TEST(g->brush().color().alpha() < 255);
        }
    }
    BOOST_REQUIRE(dashed);
    BOOST_TEST(bands == 2);
    BOOST_TEST(dashed->name().contains(QStringLiteral("forecast (ETS(M,A,N))")), dashed->name().toStdString());
    // From the last stated quarter (2024 Q4, 28.8 bn USD) through the eight projected ones.
    BOOST_REQUIRE_EQUAL(dashed->data()->size(), 9);
    BOOST_TEST(dashed->data()->constBegin()->value == 28.8, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(plot->legend->itemCount() == 2);
    BOOST_TEST(plot->xAxis->range().upper > 2026.875);
    BOOST_TEST(c.view.note().contains(QStringLiteral("Projected from 2025 Q1 by ETS(M,A,N)")));

    c.view.show();
    QCoreApplication::processEvents();
    plot->replot();
    const auto last = dashed->data()->constEnd() - 1;
    const QString tip = c.view.describePointAt(
        QPointF(plot->xAxis->coordToPixel(last->key), plot->yAxis->coordToPixel(last->value)));
    BOOST_TEST(tip.contains(QStringLiteral("2026 Q4")), tip.toStdString());
    BOOST_TEST(tip.contains(QStringLiteral("forecast by ETS(M,A,N)")));
    BOOST_TEST(tip.contains(QStringLiteral("95%: ")));

    // Drawn: the shading reaches above and below the dashed line at the horizon, and nothing is shaded before it.
    const QImage image = plot->toPixmap(plot->width(), plot->height()).toImage();
    const int x = int(plot->xAxis->coordToPixel(last->key - 0.05));
    const int y = int(plot->yAxis->coordToPixel(last->value));
    const auto shaded = [&image](int px, int py) {
        const QColor colour = image.pixelColor(px, py);
        return colour.blue() > colour.red() + 20 && qGray(colour.rgb()) < 250;
    };
    BOOST_TEST(shaded(x, y - 15));
    BOOST_TEST(shaded(x, y + 15));
    BOOST_TEST(!shaded(int(plot->xAxis->coordToPixel(2023.0)), int(plot->yAxis->coordToPixel(35.0))));
}

BOOST_AUTO_TEST_CASE(a_forecast_of_bars_goes_on_as_a_line)
{
    SampleCharts c;
    c.show(ChartKind::Bars, {QStringLiteral("AWS/revenue:forecast(4)")});
    QCustomPlot* plot = c.view.plot();
    BOOST_TEST(qobject_cast<QCPBars*>(plot->plottable(0)));
    BOOST_TEST(plot->graphCount() == 5);
}

BOOST_AUTO_TEST_CASE(an_event_title_longer_than_the_plot_is_high_is_elided_to_fit)
{
    SampleCharts c;
    c.show(ChartKind::Bars, {QStringLiteral("Alibaba Cloud/revenue")});
    QCustomPlot* plot = c.view.plot();
    // Exported at a size, the titles fit the plot's height there.
    QTemporaryDir dir;
    const auto eventTexts = [&](int height, int& elided) {
        ChartExport::save(ChartExport::drawing(c.view), dir.filePath(QStringLiteral("events.png")), {700, double(height), 1});
        QStringList texts;
        elided = 0;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->rotation() == -90) {
                texts << text->text();
                elided += text->text().endsWith(QChar(0x2026));
                BOOST_TEST(QFontMetricsF(text->font()).horizontalAdvance(text->text()) <= plot->axisRect()->height(),
                           text->text().toStdString());
            }
        return texts;
    };
    int elidedLow = 0;
    const QStringList low = eventTexts(300, elidedLow);
    BOOST_TEST(low.size() == 4);
    BOOST_TEST(elidedLow > 0, "two titles of November 2023 share a marker and do not fit 300 pixels");
    BOOST_TEST(std::none_of(low.cbegin(), low.cend(), [](const QString& t) { return t == QString(QChar(0x2026)); }),
               "each keeps words to read");
    int elidedTall = 0;
    const QStringList tall = eventTexts(1600, elidedTall);
    BOOST_TEST(elidedTall < elidedLow, "taller, more titles show whole");
    BOOST_TEST(tall.join(QString()).size() > low.join(QString()).size());
}

BOOST_AUTO_TEST_CASE(log_axis_and_data_labels)
{
    SampleCharts c;
    c.show(ChartKind::Bars, {QStringLiteral("AWS/revenue")});
    const int itemsBefore = c.view.plot()->itemCount();
    c.view.setDataLabels(true);
    BOOST_TEST(c.view.plot()->itemCount() > itemsBefore + 10);
    c.view.setLogScale(true);
    BOOST_TEST((c.view.plot()->yAxis->scaleType() == QCPAxis::stLogarithmic));
}

BOOST_AUTO_TEST_CASE(exports_png_pdf_svg_and_csv)
{
    SampleCharts c;
    c.show(ChartKind::Line, iaasShares.mid(0, 2));
    const QString png = c.dir.filePath(QStringLiteral("c.png"));
    ChartExport::save(ChartExport::drawing(c.view), png, {800, 450, 2.0});
    const QImage image(png);
    BOOST_TEST(image.width() == 1600);
    BOOST_TEST(image.height() == 900);
    BOOST_TEST(inkedPixels(image) > 5000, "the PNG is blank");

    const QString pdf = c.dir.filePath(QStringLiteral("c.pdf"));
    ChartExport::save(ChartExport::drawing(c.view), pdf, {800, 450});
    QFile pdfFile(pdf);
    BOOST_REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    BOOST_TEST(pdfBytes.startsWith("%PDF"));
    BOOST_TEST(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page ") + pdfBytes.count("/Type /Page/") == 1,
               "one page");
    BOOST_TEST(!pdfBytes.contains("/Subtype /Image"), "vector content, no raster image");

    const QString svg = c.dir.filePath(QStringLiteral("c.svg"));
    ChartExport::save(ChartExport::drawing(c.view), svg, {800, 450});
    QFile svgFile(svg);
    BOOST_REQUIRE(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    int shapes = 0;
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("path"))
            ++shapes;
        if (xml.name() == QLatin1String("text"))
            ++texts;
    }
    BOOST_TEST(!xml.hasError(), xml.errorString().toStdString());
    BOOST_TEST(shapes > 10, "lines and axes are vector shapes");
    BOOST_TEST(texts > 5, "titles and labels are text");

    const QString csv = c.dir.filePath(QStringLiteral("c.csv"));
    ChartExport::save(ChartExport::drawing(c.view), csv, {800, 450});
    QFile csvFile(csv);
    BOOST_REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(lines.size() == 1 + 8);
    BOOST_TEST(lines[1].contains(QStringLiteral(",2020,2020-01-01,2020-12-31,40.8,%,")));
}

BOOST_AUTO_TEST_CASE(a_dark_palette_darkens_the_chart_on_screen_but_not_its_export)
{
    SampleCharts c;
    c.show(ChartKind::Line, iaasShares.mid(0, 2));
    QPalette dark = c.view.palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    c.view.setPalette(dark);
    auto* plot = c.view.findChild<QCustomPlot*>();
    BOOST_REQUIRE(plot);
    const QImage screen = plot->toPixmap(800, 450).toImage();
    BOOST_TEST(qGray(screen.pixel(3, 3)) < 60, "a dark background");
    BOOST_TEST(qGray(plot->xAxis->tickLabelColor().rgb()) > 200, "light axis labels");
    BOOST_TEST(qGray(plot->legend->textColor().rgb()) > 200, "a light legend");

    const QString png = c.dir.filePath(QStringLiteral("dark.png"));
    ChartExport::save(ChartExport::drawing(c.view), png, {800, 450, 1.0});
    const QImage exported(png);
    BOOST_TEST(qGray(exported.pixel(3, 3)) == 255, "exports are drawn on white");
    BOOST_TEST(inkedPixels(exported) > 3000, "with dark ink");
    BOOST_TEST(qGray(plot->xAxis->tickLabelColor().rgb()) > 200, "the screen's colours come back after the export");
}

BOOST_AUTO_TEST_CASE(the_plot_buffer_follows_the_screens_pixel_ratio)
{
    SampleCharts c;
    c.show(ChartKind::Line, iaasShares.mid(0, 2));
    auto* plot = c.view.findChild<QCustomPlot*>();
    BOOST_REQUIRE(plot);
    BOOST_TEST(plot->bufferDevicePixelRatio() == plot->devicePixelRatioF());
    // As after a move to a screen of another ratio: the next paint puts the buffer right.
    plot->setBufferDevicePixelRatio(plot->devicePixelRatioF() * 3);
    plot->grab(); // paints it
    BOOST_TEST(plot->bufferDevicePixelRatio() == plot->devicePixelRatioF());
}

BOOST_AUTO_TEST_CASE(waterfall_fan_and_tornado_components)
{
    QCustomPlot plot;
    plot.resize(800, 500);
    // A bridge 271.06 → 276.48 億元: −20 wind-down, +25.42 organic.
    WaterfallChart::draw(&plot, {{QStringLiteral("R0"), 271.06, true}, {QStringLiteral("wind-down"), -20, false},
                                 {QStringLiteral("organic"), 25.42, false}, {QStringLiteral("R1"), 276.48, true}},
                         QStringLiteral("億元"));
    BOOST_REQUIRE_EQUAL(plot.plottableCount(), 4);
    auto* base = qobject_cast<QCPBars*>(plot.plottable(0));
    // The fall floats from 251.06 to 271.06; the rise from 251.06 to 276.48.
    BOOST_TEST(std::abs(base->data()->at(1)->value - 251.06) < 1e-9);
    BOOST_TEST(std::abs(base->data()->at(2)->value - 251.06) < 1e-9);
    BOOST_TEST(plot.yAxis->range().contains(276.48));

    FanChart::draw(&plot, {QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t2")},
                   {{1, 1, 1}, {2, 2, 2}, {3, 3.5, 4}, {4, 5, 6}, {5, 7, 9}}, QStringLiteral("億元"));
    BOOST_TEST(plot.graphCount() == 5);
    BOOST_TEST(plot.yAxis->range().contains(9));
    BOOST_TEST(plot.graph(4)->data()->at(2)->value == 4, "the median line");
    for (int i = 0; i < plot.graphCount(); ++i)
        if (plot.graph(i)->brush().style() != Qt::NoBrush)
            BOOST_TEST(plot.graph(i)->channelFillGraph(), "a band fills to its lower edge, never down to zero");
    BOOST_TEST(plot.legend->itemCount() == 3, "P5–P95, P25–P75 and the median");

    const auto order = TornadoChart::draw(&plot, {{QStringLiteral("wind-down"), 10, 12}, {QStringLiteral("margin"), 5, 20},
                                                  {QStringLiteral("growth"), 8, 13}},
                                          11, QStringLiteral("EBITA at H (億元)"));
    BOOST_TEST(order.front().lever.toStdString() == "margin", "the widest swing on top");
    BOOST_TEST(order.back().lever.toStdString() == "wind-down");
    BOOST_TEST(plot.xAxis->range().contains(5));
    BOOST_TEST(plot.xAxis->range().contains(20));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(publication_chart)

BOOST_AUTO_TEST_CASE(subtitle_notes_byline_and_annotations_are_drawn)
{
    SampleCharts c;
    ChartDefinition chart;
    chart.kind = ChartKind::Line;
    chart.specs = {QStringLiteral("Alibaba Cloud/adjusted_ebita:margin")};
    chart.subtitle = QStringLiteral("Adjusted EBITA as a share of revenue");
    chart.notes = {QStringLiteral("Adjusted EBITA is non-GAAP.")};
    chart.byline = QStringLiteral("Chart: an analyst");
    chart.annotations = {
        ChartAnnotation::parse(ChartAnnotation::Kind::ReferenceLine, QStringLiteral("10,10% margin target")),
        ChartAnnotation::parse(ChartAnnotation::Kind::ShadedRange, QStringLiteral("FY2024 Q1,,since the announcement")),
        ChartAnnotation::parse(ChartAnnotation::Kind::Label, QStringLiteral("FY2024 Q2,5.1,the article's quarter")),
        ChartAnnotation::parse(ChartAnnotation::Kind::Label, QStringLiteral("FY1999 Q1,3,too early")),
        ChartAnnotation::parse(ChartAnnotation::Kind::Label, QStringLiteral("someday,3,never"))};
    SeriesResolver resolver(c.project->db());
    c.view.showChart({chart, {resolver.resolve(chart.specs.front())}});
    QCustomPlot* plot = c.view.plot();
    // The 10% line is in view, though every margin plotted is below 6%.
    BOOST_TEST(plot->yAxis->range().contains(10));
    int lines = 0, bands = 0, marks = 0;
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        if (auto* line = qobject_cast<QCPItemStraightLine*>(item); line && line->point1->coords().y() == 10)
            ++lines;
        bands += qobject_cast<QCPItemRect*>(item) != nullptr;
        marks += qobject_cast<QCPItemTracer*>(item) != nullptr;
    }
    BOOST_TEST(lines == 1);
    BOOST_TEST(bands == 1);
    BOOST_TEST(marks == 1, "one label is drawn; the one before the data is not, nor the one of no period");
    BOOST_TEST(c.view.note().contains(QStringLiteral("“too early” is not drawn: FY1999 Q1 is outside the chart's periods")),
               c.view.note().toStdString());
    BOOST_TEST(c.view.note().contains(QStringLiteral("“never” is not drawn: no period someday on this chart")));

    // The subtitle's row has its text's height; without one, the row takes none (laid out as an export is).
    plot->toPixmap(1200, 700);
    QCPLayoutElement* subtitleRow = plot->plotLayout()->element(1, 0);
    BOOST_TEST(subtitleRow->outerRect().height() > 10);
    ChartDefinition plain = chart;
    plain.subtitle.clear();
    c.view.showChart({plain, {resolver.resolve(chart.specs.front())}});
    plot->toPixmap(1200, 700);
    BOOST_TEST(subtitleRow->outerRect().height() <= 1);
    c.view.showChart({chart, {resolver.resolve(chart.specs.front())}});

    // Showing nothing afterwards shows none of them.
    {
        ChartView other;
        other.showChart({chart, {resolver.resolve(chart.specs.front())}});
        other.showNothing(QStringLiteral("Select a series"));
        other.plot()->toPixmap(800, 500);
        const auto* subtitle = qobject_cast<QCPTextElement*>(other.plot()->plotLayout()->element(1, 0));
        const auto* footer = qobject_cast<QCPTextElement*>(other.plot()->plotLayout()->element(5, 0));
        BOOST_REQUIRE(subtitle && footer);
        BOOST_TEST(subtitle->text().isEmpty());
        BOOST_TEST(footer->text().isEmpty(), footer->text().toStdString());
    }

    const QString svg = c.dir.filePath(QStringLiteral("publication.svg"));
    ChartExport::save(ChartExport::drawing(c.view), svg, {800, 500});
    QFile file(svg);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char* shown : {"Adjusted EBITA as a share of revenue", "Note: Adjusted EBITA is non-GAAP.",
                              "Chart: an analyst", "10% margin target", "since the announcement", "the article"})
        BOOST_TEST(text.contains(QString::fromUtf8(shown)), shown);
}

BOOST_AUTO_TEST_SUITE_END()
