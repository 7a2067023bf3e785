#include "ArgumentParser.h"
#include "Commands.h"
#include "ExportSizeOptions.h"
#include "TerminalText.h"

#include "Error.h"
#include "analytics/ChartDocument.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

int runExportChart(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("export-chart"));
    parser.addOption(QStringLiteral("chart"),
                     QCoreApplication::translate("ChartCommands",
                                                 "a saved chart (mixshift chart list shows them); or give --series"),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("series"),
                     QCoreApplication::translate("ChartCommands",
                                                 "a series to plot, once for each: "
                                                 "PROVIDER/METRIC[:yoy|qoq|ttm|index|margin|share|usd|implied], by "
                                                 "name or alias; a name holding / @ # $ ~ : or \" goes in double "
                                                 "quotes"),
                     QStringLiteral("SPEC"));
    parser.addOption(QStringLiteral("kind"),
                     QCoreApplication::translate(
                         "ChartCommands", "line, bars, stacked-area, stacked-100 or bar-line (bars with lines on a "
                                          "second axis); default: the saved chart's, else line"),
                     QStringLiteral("KIND"));
    parser.addOption(QStringLiteral("title"),
                     QCoreApplication::translate(
                         "ChartCommands", "the chart's title; default: the saved chart's, else what the series share"),
                     QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("subtitle"), QCoreApplication::translate("ChartCommands", "a line under the title"),
                     QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("note"),
                     QCoreApplication::translate("ChartCommands", "a note under the plot, once for each"),
                     QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("byline"),
                     QCoreApplication::translate("ChartCommands", "who made the chart, last under the plot"),
                     QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("label"),
                     QCoreApplication::translate(
                         "ChartCommands", "a text at a period and value, once for each: PERIOD,VALUE,TEXT (\"FY2024 "
                                          "Q2,276.48,the article's quarter\"); the value as the axis reads"),
                     QStringLiteral("P,V,T"));
    parser.addOption(QStringLiteral("reference-line"),
                     QCoreApplication::translate(
                         "ChartCommands", "a horizontal line, once for each: VALUE,TEXT (\"10,10% margin target\" on "
                                          "a percent axis)"),
                     QStringLiteral("V,T"));
    parser.addOption(QStringLiteral("shade"),
                     QCoreApplication::translate(
                         "ChartCommands", "a shaded range of periods, once for each: FROM,TO,TEXT (TO empty: to the "
                                          "end)"),
                     QStringLiteral("F,T,T"));
    addExportSizeOptions(parser);
    parser.addOption(QStringLiteral("db"), QCoreApplication::translate("ChartCommands", "the project: a file, or a team store\'s postgresql:// URI"),
                     QStringLiteral("PROJECT"), ArgumentParser::Role::Project);
    parser.addOption(
        QStringLiteral("out"),
        QCoreApplication::translate("ChartCommands", "the file to write: .png, .pdf, .svg, or .csv or .xlsx (the data plotted)"),
        QStringLiteral("FILE"), ArgumentParser::Role::Output);
    parser.addOption(QStringLiteral("log"), QCoreApplication::translate("ChartCommands", "logarithmic value axis"));
    parser.addOption(QStringLiteral("labels"), QCoreApplication::translate("ChartCommands", "data labels on bars"));
    QString problem = parser.parse(arguments, {QStringLiteral("db"), QStringLiteral("out")});
    if (problem.isEmpty() && parser.isSet(QStringLiteral("chart")) == parser.isSet(QStringLiteral("series")))
        problem = QCoreApplication::translate("ChartCommands",
                                              "export-chart: give either --chart NAME or one or more --series "
                                              "PROVIDER/METRIC[:DERIVATION]");
    if (!problem.isEmpty())
        return console.usage(problem);
    return console.guard([&] {
        // The size first: a drawing too large to make is refused before the project is opened.
        const QString out = parser.value(QStringLiteral("out"));
        const ExportSize size = exportSize(parser, QStringLiteral("export-chart"), out);

        const auto project = Project::open(parser.value(QStringLiteral("db")), Project::Access::Read);
        ChartDefinition chart;
        if (parser.isSet(QStringLiteral("chart"))) {
            const auto saved = SavedCharts(project->db()).load(parser.value(QStringLiteral("chart")));
            if (!saved)
                throw Error(QCoreApplication::translate(
                                "ChartCommands", "export-chart: no saved chart '%1' (mixshift chart list shows them)")
                                .arg(parser.value(QStringLiteral("chart"))));
            chart = *saved;
        } else {
            chart.specs = parser.values(QStringLiteral("series"));
        }
        if (parser.isSet(QStringLiteral("kind"))) {
            const auto kind = chartKindFromKey(parser.value(QStringLiteral("kind")));
            if (!kind)
                throw UsageError(QCoreApplication::translate("ChartCommands",
                                                             "export-chart: --kind must be line, bars, stacked-area, "
                                                             "stacked-100 or bar-line, not '%1'")
                                     .arg(parser.value(QStringLiteral("kind"))));
            chart.kind = *kind;
        }
        if (parser.isSet(QStringLiteral("title")))
            chart.title = parser.value(QStringLiteral("title"));
        if (parser.isSet(QStringLiteral("subtitle")))
            chart.subtitle = parser.value(QStringLiteral("subtitle"));
        chart.notes << parser.values(QStringLiteral("note"));
        if (parser.isSet(QStringLiteral("byline")))
            chart.byline = parser.value(QStringLiteral("byline"));
        const std::pair<const char*, ChartAnnotation::Kind> marks[] = {
            {"label", ChartAnnotation::Kind::Label},
            {"reference-line", ChartAnnotation::Kind::ReferenceLine},
            {"shade", ChartAnnotation::Kind::ShadedRange}};
        for (const auto& [option, kind] : marks)
            for (const QString& text : parser.values(QString::fromLatin1(option)))
                try {
                    chart.annotations << ChartAnnotation::parse(kind, text);
                } catch (const Error& e) {
                    throw UsageError(QStringLiteral("export-chart: --%1 %2").arg(QLatin1String(option), e.message()));
                }
        chart.logScale = chart.logScale || parser.isSet(QStringLiteral("log"));
        chart.dataLabels = chart.dataLabels || parser.isSet(QStringLiteral("labels"));

        const ChartDocument document = ChartDocument::build(project->db(), chart);
        if (!document.problems.isEmpty())
            throw document.problems.front();
        ChartView view;
        view.showChart(document);
        ChartExport::save(ChartExport::drawing(view), out, size);
        console.out << QCoreApplication::translate("ChartCommands", "wrote %1 (%2 series)")
                           .arg(out, QString::number(document.series.size()))
                    << '\n';
        return Success;
    });
}

int runChartList(const QStringList& arguments, Console console)
{
    if (arguments.value(1) != QLatin1String("list"))
        return console.usage(QCoreApplication::translate(
            "ChartCommands", "chart: the only subcommand is 'list' (mixshift chart list --db PROJECT)"));
    ArgumentParser parser(QStringLiteral("chart list"));
    return runOnProject(parser, arguments.mid(1), console, [&console](Project& project) {
        SavedCharts charts(project.db());
        for (const QString& name : charts.names()) {
            const auto chart = charts.load(name);
            console.out << TerminalText::escaped(name) << '\t' << chartKindKey(chart->kind) << '\t'
                        << TerminalText::escaped(chart->specs.join(QStringLiteral("; "))) << '\n';
        }
        return Success;
    });
}

} // namespace mixshift::cli
