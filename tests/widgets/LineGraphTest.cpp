#include "charts/ChartView.h"
#include "charts/LineGraph.h"

#include "analytics/SeriesResolver.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QImage>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

using namespace mixshift;

namespace {

// A jagged line, every point alternately near the top and the bottom, as noisy data draws.
QVector<double> zigzag(int points)
{
    QVector<double> values;
    for (int i = 0; i < points; ++i)
        values << (i % 2 ? 90.0 - (i % 7) : 10.0 + (i % 5));
    return values;
}

// The plot drawn as a PNG export draws it: into an image, without QCustomPlot's caching.
QImage drawn(QCPGraph* graph, const QVector<double>& keys, const QVector<double>& values,
             Qt::PenStyle style = Qt::SolidLine)
{
    QCustomPlot* plot = graph->parentPlot();
    graph->setPen(QPen(QColor(0, 0, 200), 2, style));
    graph->setData(keys, values);
    plot->xAxis->setRange(-1, keys.size());
    plot->yAxis->setRange(0, 100);
    return plot->toPixmap(600, 400, 1.0).toImage().convertToFormat(QImage::Format_RGB32);
}

bool isBlue(QRgb p)
{
    return qBlue(p) > 150 && qRed(p) < 120;
}

// Pixels carrying the line's blue.
int bluePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += isBlue(image.pixel(x, y));
    return count;
}

// Blue pixels of `a` with no blue pixel of `b` at most one pixel away: where one drawing has the line and the
// other does not.
int strayPixels(const QImage& a, const QImage& b)
{
    int count = 0;
    for (int y = 1; y + 1 < a.height(); ++y)
        for (int x = 1; x + 1 < a.width(); ++x) {
            if (!isBlue(a.pixel(x, y)))
                continue;
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy)
                for (int dx = -1; dx <= 1 && !near; ++dx)
                    near = isBlue(b.pixel(x + dx, y + dy));
            count += !near;
        }
    return count;
}

QVector<double> keysFor(int points)
{
    QVector<double> keys;
    for (int i = 0; i < points; ++i)
        keys << i;
    return keys;
}

} // namespace

BOOST_AUTO_TEST_SUITE(line_graph)

BOOST_AUTO_TEST_CASE(segments_draw_what_the_polyline_draws)
{
    const QVector<double> values = zigzag(120);
    const QVector<double> keys = keysFor(values.size());
    QCustomPlot polylinePlot;
    const QImage polyline = drawn(polylinePlot.addGraph(), keys, values);
    QCustomPlot segmentPlot;
    const QImage segments = drawn(LineGraph::add(&segmentPlot), keys, values);

    const int inked = bluePixels(polyline);
    BOOST_TEST_REQUIRE(inked > 20000, "a jagged line of 120 points covers much of the plot: " << inked);
    // The joins differ (square caps overlapping where the polyline has bevels) and the edges' antialiasing by
    // a shade, but the line runs where the polyline runs, at its width.
    BOOST_TEST(strayPixels(segments, polyline) < values.size(), "drawn where the polyline is not");
    BOOST_TEST(strayPixels(polyline, segments) < values.size(), "missing where the polyline is");
    BOOST_TEST(std::abs(bluePixels(segments) - inked) < inked / 50);
}

BOOST_AUTO_TEST_CASE(a_dashed_line_keeps_its_gaps)
{
    QVector<double> values;
    for (int i = 0; i < 30; ++i)
        values << 50 + 20 * std::sin(i / 3.0);
    const QVector<double> keys = keysFor(values.size());
    QCustomPlot solidPlot, dashedPlot, polylinePlot;
    const int solid = bluePixels(drawn(LineGraph::add(&solidPlot), keys, values));
    const int dashed = bluePixels(drawn(LineGraph::add(&dashedPlot), keys, values, Qt::DashLine));
    const int polyline = bluePixels(drawn(polylinePlot.addGraph(), keys, values, Qt::DashLine));
    BOOST_TEST(dashed < solid * 0.85, "the gaps stay open: " << dashed << " of " << solid << " pixels");
    BOOST_TEST(std::abs(dashed - polyline) < polyline / 10, "as much ink as the dashed polyline: " << dashed << " against " << polyline);
}

BOOST_AUTO_TEST_CASE(a_missing_value_leaves_a_gap_in_the_line)
{
    QVector<double> values(40, 50.0);
    for (int i = 18; i <= 21; ++i)
        values[i] = std::numeric_limits<double>::quiet_NaN();
    QCustomPlot plot;
    const QImage image = drawn(LineGraph::add(&plot), keysFor(values.size()), values);
    const auto inkInColumns = [&image, &plot](double fromKey, double toKey) {
        int count = 0;
        for (int x = int(plot.xAxis->coordToPixel(fromKey)); x <= int(plot.xAxis->coordToPixel(toKey)); ++x)
            for (int y = 0; y < image.height(); ++y)
                count += isBlue(image.pixel(x, y));
        return count;
    };
    BOOST_TEST(inkInColumns(18.2, 20.8) == 0, "no line across the missing quarters");
    BOOST_TEST(inkInColumns(5, 15) > 0);
    BOOST_TEST(inkInColumns(23, 35) > 0);
}

BOOST_AUTO_TEST_CASE(every_line_of_a_chart_is_drawn_in_segments)
{
    QTemporaryDir dir;
    const auto project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    for (const ChartKind kind : {ChartKind::Line, ChartKind::StackedArea, ChartKind::BarLine}) {
        ChartDefinition chart;
        chart.kind = kind;
        chart.specs = {QStringLiteral("AWS/revenue"), QStringLiteral("Alibaba Cloud/revenue"),
                       QStringLiteral("Alibaba Cloud/revenue:yoy")};
        SeriesResolver resolver(project->db());
        QVector<ChartSeries> series;
        for (const QString& spec : chart.specs)
            series << resolver.resolve(spec);
        ChartView view;
        view.showChart({chart, series});
        BOOST_TEST_INFO(chartKindKey(kind).toStdString());
        BOOST_TEST_REQUIRE(view.plot()->graphCount() > 0);
        for (int i = 0; i < view.plot()->graphCount(); ++i)
            BOOST_TEST(dynamic_cast<LineGraph*>(view.plot()->graph(i)) != nullptr);
    }
}

BOOST_AUTO_TEST_SUITE_END()
