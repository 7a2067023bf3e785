#include "charts/ChartPalette.h"
#include "charts/ChartView.h"
#include "charts/FanChart.h"
#include "charts/TornadoChart.h"
#include "charts/WaterfallChart.h"

#include "analytics/ChartSeries.h"

#include <QSet>

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

// Okabe & Ito's eight colours, as published.
const QSet<QRgb> okabeIto{0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};

bool inPalette(const QColor& c)
{
    return okabeIto.contains(c.rgb() & 0xFFFFFF);
}

// Ten quarterly series in one unit, so that the chart runs past the eight colours.
QVector<ChartSeries> tenSeries()
{
    QVector<ChartSeries> all;
    for (int i = 0; i < 10; ++i) {
        ChartSeries s;
        s.provider = QStringLiteral("Provider %1").arg(i + 1);
        s.spec = s.provider + QStringLiteral("/revenue");
        s.label = s.provider;
        s.subject = QStringLiteral("Revenue (USD)");
        s.metricName = QStringLiteral("revenue");
        s.metricKind = QStringLiteral("money");
        s.currency = QStringLiteral("USD");
        s.flow = true;
        for (int q = 0; q < 4; ++q) {
            SeriesPoint p;
            p.start = QDate(2023, 3 * q + 1, 1);
            p.end = p.start.addMonths(3).addDays(-1);
            p.value = 100.0 * (i + 1) + q;
            p.sources << QStringLiteral("test");
            s.points << p;
        }
        all << s;
    }
    return all;
}

} // namespace

BOOST_AUTO_TEST_SUITE(chart_palette)

BOOST_AUTO_TEST_CASE(eight_okabe_ito_colours_then_patterns_set_series_apart)
{
    QSet<QRgb> firstRound;
    for (int i = 0; i < ChartPalette::colourCount; ++i) {
        BOOST_TEST(inPalette(ChartPalette::colour(i)));
        firstRound.insert(ChartPalette::colour(i).rgb());
        BOOST_TEST(int(ChartPalette::linePen(i).style()) == int(Qt::SolidLine));
    }
    BOOST_TEST(firstRound.size() == 8, "eight series, eight colours");
    // Past eight, a colour comes back, but never with the same line, mark or fill.
    QSet<QString> looks;
    for (int i = 0; i < 32; ++i) {
        const QPen pen = ChartPalette::linePen(i);
        looks.insert(QStringLiteral("%1 %2 %3 %4")
                         .arg(pen.color().name())
                         .arg(int(pen.style()))
                         .arg(int(ChartPalette::marker(i)))
                         .arg(int(ChartPalette::areaBrush(i).style())));
        if (i >= 8) {
            BOOST_TEST(ChartPalette::colour(i).rgb() == ChartPalette::colour(i - 8).rgb());
            BOOST_TEST(int(pen.style()) != int(ChartPalette::linePen(i - 8).style()));
            BOOST_TEST(int(ChartPalette::marker(i)) != int(ChartPalette::marker(i - 8)));
            BOOST_TEST(int(ChartPalette::areaBrush(i).style()) != int(ChartPalette::areaBrush(i - 8).style()));
        }
    }
    BOOST_TEST(looks.size() == 32);
}

BOOST_AUTO_TEST_CASE(every_kind_of_chart_draws_with_the_palette)
{
    for (const ChartKind kind : {ChartKind::Line, ChartKind::Bars, ChartKind::StackedArea, ChartKind::Stacked100}) {
        ChartDefinition chart;
        chart.kind = kind;
        ChartView view;
        view.showChart({chart, tenSeries()});
        QCustomPlot* plot = view.plot();
        BOOST_TEST_INFO(chartKindKey(kind).toStdString());
        BOOST_TEST_REQUIRE(plot->plottableCount() >= 10);
        for (int i = 0; i < plot->plottableCount(); ++i) {
            QCPAbstractPlottable* p = plot->plottable(i);
            if (p->brush().style() != Qt::NoBrush)
                BOOST_TEST(inPalette(p->brush().color()), p->name().toStdString());
            else
                BOOST_TEST(inPalette(p->pen().color()), p->name().toStdString());
        }
    }
    ChartDefinition line;
    ChartView view;
    view.showChart({line, tenSeries()});
    BOOST_TEST(view.plot()->graph(8)->pen().color().rgb() == view.plot()->graph(0)->pen().color().rgb());
    BOOST_TEST(int(view.plot()->graph(8)->pen().style()) == int(Qt::DashLine), "the ninth line is dashed");
    BOOST_TEST(int(view.plot()->graph(8)->scatterStyle().shape()) == int(QCPScatterStyle::ssSquare));
}

BOOST_AUTO_TEST_CASE(scenario_charts_take_their_colours_from_the_palette)
{
    QCustomPlot plot;
    const auto brushesInPalette = [&plot] {
        for (int i = 0; i < plot.plottableCount(); ++i)
            if (plot.plottable(i)->brush().style() != Qt::NoBrush)
                BOOST_TEST(inPalette(plot.plottable(i)->brush().color()), i);
    };
    WaterfallChart::draw(&plot, {{QStringLiteral("R0"), 271.06, true}, {QStringLiteral("wind-down"), -20, false},
                                 {QStringLiteral("organic"), 25.42, false}, {QStringLiteral("R1"), 276.48, true}},
                         QStringLiteral("億元"));
    brushesInPalette();
    TornadoChart::draw(&plot, {{QStringLiteral("wind-down"), 10, 12}, {QStringLiteral("margin"), 5, 20}}, 11,
                       QStringLiteral("EBITA"));
    brushesInPalette();
    FanChart::draw(&plot, {QStringLiteral("t0"), QStringLiteral("t1")}, {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}},
                   QStringLiteral("億元"));
    brushesInPalette();
    BOOST_TEST(plot.graph(4)->pen().color().rgb() == ChartPalette::total().darker(130).rgb(),
               "the median line is the central estimate's blue, darkened");
}

BOOST_AUTO_TEST_SUITE_END()
