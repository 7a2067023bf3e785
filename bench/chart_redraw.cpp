// Redraw time of an interactive chart holding 1,000,000 points, with QCustomPlot's adaptive sampling on (its
// default), drawn offscreen at 1600×900. Goal: under one 60 Hz frame (16 ms) median.
//
//   cmake --preset default -DMIXSHIFT_BUILD_BENCH=ON && cmake --build build --target chart_redraw
//   QT_QPA_PLATFORM=offscreen build/bench/chart_redraw --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "analytics/ChartDefinition.h"
#include "analytics/ChartDocument.h"
#include "charts/ChartView.h"

#include <qcustomplot.h>

#include <QApplication>

#include <benchmark/benchmark.h>

#include <cmath>

namespace {

using mixshift::ChartDefinition;
using mixshift::ChartSeries;
using mixshift::ChartView;

// One series of a million monthly values: a random-looking walk, the same every run.
ChartSeries millionPoints()
{
    ChartSeries series;
    series.label = series.subject = QStringLiteral("Generated");
    series.provider = QStringLiteral("Benchmark");
    series.metricName = QStringLiteral("Revenue");
    series.metricKind = QStringLiteral("money");
    series.currency = QStringLiteral("USD");
    series.points.reserve(1000000);
    double value = 100;
    quint32 state = 12345;
    const QDate first(1000, 1, 1);
    for (int i = 0; i < 1000000; ++i) {
        state = state * 1664525u + 1013904223u;
        value += ((state >> 8) % 2001 - 1000) / 1000.0;
        const QDate start = first.addMonths(i);
        series.points.append({start, start.addMonths(1).addDays(-1), std::abs(value) * 1e9, {QStringLiteral("generated")}});
    }
    return series;
}

void replotMillionPoints(benchmark::State& state)
{
    ChartView view;
    view.resize(1600, 900);
    ChartDefinition chart;
    chart.kind = mixshift::ChartKind::Line;
    view.showChart(mixshift::ChartDocument(chart, {millionPoints()}));
    QCustomPlot* plot = view.plot();
    plot->graph(0)->setAdaptiveSampling(true);
    plot->replot(QCustomPlot::rpImmediateRefresh);
    for (auto _ : state)
        plot->replot(QCustomPlot::rpImmediateRefresh);
    state.counters["points"] = static_cast<double>(plot->graph(0)->dataCount());
}

} // namespace

BENCHMARK(replotMillionPoints)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
