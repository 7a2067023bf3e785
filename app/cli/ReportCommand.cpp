#include "ArgumentParser.h"
#include "Commands.h"

#include "Error.h"
#include "report/ReportContent.h"
#include "report/ReportWriter.h"
#include "store/Project.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace mixshift::cli {

int runReport(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("report"));
    parser.addOption(QStringLiteral("chart"),
                     QStringLiteral("a saved chart to show, once for each (mixshift chart list); with no --chart and no "
                                    "--scenario, every saved chart and scenario"),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("scenario"),
                     QStringLiteral("a saved mix scenario to show, once for each (mixshift scenario list)"),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("title"), QStringLiteral("the report's title; default: the project's name"),
                     QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("author"), QStringLiteral("who wrote it, on the title page"), QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("db"), QStringLiteral("the project file"), QStringLiteral("PROJECT"),
                     ArgumentParser::Role::Project);
    parser.addOption(QStringLiteral("out"), QStringLiteral("the PDF to write"), QStringLiteral("FILE.pdf"),
                     ArgumentParser::Role::Output);
    if (const QString problem = parser.parse(arguments, {QStringLiteral("db"), QStringLiteral("out")}); !problem.isEmpty())
        return console.usage(problem);
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return console.usage(QStringLiteral("report: --out names a .pdf file, not '%1'").arg(out));
    return console.guard([&] {
        QElapsedTimer timer;
        timer.start();
        const QString path = parser.value(QStringLiteral("db"));
        const auto project = Project::open(path, Project::Access::Read);
        ReportRequest request;
        request.title = parser.value(QStringLiteral("title"));
        request.author = parser.value(QStringLiteral("author"));
        request.charts = parser.values(QStringLiteral("chart"));
        request.scenarios = parser.values(QStringLiteral("scenario"));
        request.everything = request.charts.isEmpty() && request.scenarios.isEmpty();
        const ReportContent content = ReportContent::build(project->db(), path, request);
        ReportWriter writer(content);
        writer.save(out);
        console.out << "wrote " << out << " (" << writer.pageCount() << " pages) in "
                    << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s: charts " << content.charts.size()
                    << ", scenarios " << content.scenarios.size() << ", findings " << content.findings.size()
                    << ", sources " << content.citedSources().size() << '\n';
        return Success;
    });
}

} // namespace mixshift::cli
