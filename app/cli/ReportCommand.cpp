#include "ArgumentParser.h"
#include "Commands.h"

#include "Error.h"
#include "report/ReportContent.h"
#include "report/ReportWriter.h"
#include "store/Project.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

int runReport(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("report"));
    parser.addOption(QStringLiteral("chart"),
                     QCoreApplication::translate(
                         "ReportCommand",
                         "a saved chart to show, once for each (mixshift chart list); with no --chart and no "
                         "--scenario, every saved chart and scenario"),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("scenario"),
                     QCoreApplication::translate(
                         "ReportCommand", "a saved mix scenario to show, once for each (mixshift scenario list)"),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("title"),
                     QCoreApplication::translate("ReportCommand", "the report's title; default: the project's name"),
                     QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("author"),
                     QCoreApplication::translate("ReportCommand", "who wrote it, on the title page"),
                     QStringLiteral("TEXT"));
    parser.addOption(QStringLiteral("db"), QCoreApplication::translate("ReportCommand", "the project: a file, or a team store\'s postgresql:// URI"),
                     QStringLiteral("PROJECT"), ArgumentParser::Role::Project);
    parser.addOption(QStringLiteral("out"), QCoreApplication::translate("ReportCommand", "the PDF to write"),
                     QStringLiteral("FILE.pdf"), ArgumentParser::Role::Output);
    if (const QString problem = parser.parse(arguments, {QStringLiteral("db"), QStringLiteral("out")}); !problem.isEmpty())
        return console.usage(problem);
    const QString out = parser.value(QStringLiteral("out"));
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return console.usage(
            QCoreApplication::translate("ReportCommand", "report: --out names a .pdf file, not '%1'").arg(out));
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
        console.out << QCoreApplication::translate(
                           "ReportCommand",
                           "wrote %1 (%2 pages) in %3 s: charts %4, scenarios %5, findings %6, sources %7")
                           .arg(out, QString::number(writer.pageCount()),
                                QString::number(timer.elapsed() / 1000.0, 'f', 2),
                                QString::number(content.charts.size()), QString::number(content.scenarios.size()),
                                QString::number(content.findings.size()),
                                QString::number(content.citedSources().size()))
                    << '\n';
        return Success;
    });
}

} // namespace mixshift::cli
