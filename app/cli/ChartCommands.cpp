#include "ArgumentParser.h"
#include "Commands.h"

#include "Error.h"
#include "analytics/ChartDefinition.h"
#include "analytics/SeriesResolver.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QTextStream>

namespace mixshift::cli {

namespace {

int positiveNumber(const ArgumentParser& parser, const QString& option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value <= 0 || value > 20000)
        throw Error(QStringLiteral("export-chart: --%1 must be a number of pixels, 1 to 20000").arg(option));
    return value;
}

} // namespace

int runExportChart(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("export-chart"));
    for (const QString& name : {QStringLiteral("db"), QStringLiteral("chart"), QStringLiteral("series"),
                                QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("out"),
                                QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("scale")})
        parser.addOption(name, name, QStringLiteral("VALUE"));
    parser.addOption(QStringLiteral("log"), QStringLiteral("logarithmic value axis"));
    parser.addOption(QStringLiteral("labels"), QStringLiteral("data labels on bars"));
    QString problem = parser.parse(arguments, {QStringLiteral("db"), QStringLiteral("out")});
    if (problem.isEmpty() && parser.isSet(QStringLiteral("chart")) == parser.isSet(QStringLiteral("series")))
        problem = QStringLiteral("export-chart: give either --chart NAME or one or more --series PROVIDER/METRIC[:DERIVATION]");
    if (!problem.isEmpty()) {
        console.err << "mixshift: " << problem << '\n';
        return BadArguments;
    }
    try {
        const auto project = Project::open(parser.value(QStringLiteral("db")));
        ChartDefinition chart;
        if (parser.isSet(QStringLiteral("chart"))) {
            const auto saved = SavedCharts(project->db()).load(parser.value(QStringLiteral("chart")));
            if (!saved)
                throw Error(QStringLiteral("export-chart: no saved chart '%1' (mixshift chart list shows them)")
                                .arg(parser.value(QStringLiteral("chart"))));
            chart = *saved;
        } else {
            chart.specs = parser.values(QStringLiteral("series"));
        }
        if (parser.isSet(QStringLiteral("kind"))) {
            const auto kind = chartKindFromKey(parser.value(QStringLiteral("kind")));
            if (!kind)
                throw Error(QStringLiteral("export-chart: --kind must be line, bars, stacked-area, stacked-100 or "
                                           "bar-line, not '%1'")
                                .arg(parser.value(QStringLiteral("kind"))));
            chart.kind = *kind;
        }
        if (parser.isSet(QStringLiteral("title")))
            chart.title = parser.value(QStringLiteral("title"));
        chart.logScale = chart.logScale || parser.isSet(QStringLiteral("log"));
        chart.dataLabels = chart.dataLabels || parser.isSet(QStringLiteral("labels"));
        const int width = positiveNumber(parser, QStringLiteral("width"), ChartExport::defaultWidth);
        const int height = positiveNumber(parser, QStringLiteral("height"), ChartExport::defaultHeight);
        double scale = ChartExport::defaultScale;
        if (parser.isSet(QStringLiteral("scale"))) {
            bool ok = false;
            scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
            if (!ok || scale <= 0 || scale > 8)
                throw Error(QStringLiteral("export-chart: --scale must be a number above 0, at most 8"));
        }

        SeriesResolver resolver(project->db());
        QVector<ChartSeries> series;
        for (const QString& spec : chart.specs)
            series << resolver.resolve(spec);
        ChartView view;
        view.showChart(chart, series, ProjectQueries(project->db()).events());
        const QString out = parser.value(QStringLiteral("out"));
        ChartExport::save(view, out, width, height, scale);
        console.out << "wrote " << out << " (" << series.size() << " series)\n";
        return Success;
    } catch (const Error& error) {
        console.err << "mixshift: " << error.message() << '\n';
        return Failure;
    }
}

int runChartList(const QStringList& arguments, Console console)
{
    if (arguments.value(1) != QLatin1String("list")) {
        console.err << "mixshift: chart: the only subcommand is 'list' (mixshift chart list --db PROJECT)\n";
        return BadArguments;
    }
    ArgumentParser parser(QStringLiteral("chart list"));
    return runOnProject(parser, arguments.mid(1), console, [&console](Project& project) {
        SavedCharts charts(project.db());
        for (const QString& name : charts.names()) {
            const auto chart = charts.load(name);
            console.out << name << '\t' << chartKindKey(chart->kind) << '\t' << chart->specs.join(QStringLiteral("; "))
                        << '\n';
        }
        return Success;
    });
}

} // namespace mixshift::cli
