#include "ArgumentParser.h"
#include "Commands.h"

#include "store/Project.h"
#include "store/ProjectCopy.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

int runCopy(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("copy"));
    parser.addOption(QStringLiteral("from"),
                     QCoreApplication::translate("CopyCommand", "the project to copy: a file or a postgresql:// URI"),
                     QStringLiteral("PROJECT"), ArgumentParser::Role::Project);
    parser.addOption(QStringLiteral("to"),
                     QCoreApplication::translate(
                         "CopyCommand", "the new project: a file that does not exist yet, or an empty database's URI"),
                     QStringLiteral("PROJECT"), ArgumentParser::Role::Project);
    if (const QString problem = parser.parse(arguments, {QStringLiteral("from"), QStringLiteral("to")});
        !problem.isEmpty())
        return console.usage(problem);
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    return console.guard([&] {
        const auto source = Project::open(from, Project::Access::Read);
        const auto copy = Project::create(to, [&](Database& db) { ProjectCopy::copy(source->db(), db); });
        const ProjectCounts counts = ProjectQueries(copy->db()).counts();
        console.out << QCoreApplication::translate("CopyCommand", "copied %1 to %2 (%3 series, %4 observations)")
                           .arg(source->path(), copy->path(), QString::number(counts.series),
                                QString::number(counts.observations))
                    << '\n';
        return Success;
    });
}

} // namespace mixshift::cli
