// What a user waits for when a store opens and a series is chosen, on each store named on the command line
// (a project file and a team store holding the same rows: bench/team_store.sh makes them): opening it and
// reading what the browser shows (the counts, every series with its value counts, the browser's tree), and
// one series' values as its table and chart read them. See bench/README.md.
//
//     team_store_queries LOCATION... [--benchmark_* options]
#include "models/SeriesTreeModel.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

using namespace mixshift;

namespace {

void openAndBrowse(benchmark::State& state, const QString& location)
{
    for (auto _ : state) {
        const auto project = Project::open(location, Project::Access::Read);
        ProjectQueries queries(project->db());
        benchmark::DoNotOptimize(queries.counts());
        SeriesTreeModel model;
        model.setSeries(queries.series());
        benchmark::DoNotOptimize(model.rowCount());
    }
}

void oneSeries(benchmark::State& state, const QString& location)
{
    const auto project = Project::open(location, Project::Access::Read);
    ProjectQueries queries(project->db());
    // A series in the middle of the store: neither the first rows written nor the last.
    const QVector<SeriesSummary> all = queries.series();
    ObservationFilter filter;
    filter.seriesId = all.at(all.size() / 2).id;
    std::size_t values = 0;
    for (auto _ : state) {
        const QVector<ObservationRow> rows = queries.observations(filter);
        values = static_cast<std::size_t>(rows.size());
        benchmark::DoNotOptimize(rows.data());
    }
    state.counters["values"] = static_cast<double>(values);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    std::vector<QString> locations;
    for (int i = 1; i < argc; ++i)
        locations.push_back(QString::fromLocal8Bit(argv[i]));
    if (locations.empty()) {
        std::fprintf(stderr, "usage: team_store_queries LOCATION... [--benchmark_* options]\n");
        return 2;
    }
    for (const QString& location : locations) {
        const std::string name = (Project::isTeamStore(location) ? "server" : "file");
        benchmark::RegisterBenchmark(("open_and_browse/" + name).c_str(), openAndBrowse, location)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("one_series/" + name).c_str(), oneSeries, location)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
