#include "ArgumentParser.h"
#include "Commands.h"

#include "Error.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

int runInit(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("init"));
    parser.addPositional(
        QStringLiteral("PROJECT"),
        QCoreApplication::translate("InitCommand", "the project to create: a file that does not exist yet, or an empty database's postgresql:// URI"));
    parser.addOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("InitCommand",
                                    "also fill it with the bundled sample figures, their sources and saved charts"));
    QString problem = parser.parse(arguments);
    if (problem.isEmpty() && parser.positional().size() != 1)
        problem = QCoreApplication::translate(
            "InitCommand", "init: expected one project, e.g. mixshift init my.mixshift [--sample] or mixshift init "
            "postgresql://admin@dbhost/cloud");
    if (problem.isEmpty() && parser.positional().front().trimmed().isEmpty())
        problem = QCoreApplication::translate(
            "InitCommand", "init: the project file name is empty; give one, e.g. mixshift init my.mixshift");
    if (!problem.isEmpty())
        return console.usage(problem);
    const QString path = parser.positional().front();
    return console.guard([&] {
        const auto project = SampleDataset::createProject(path, parser.isSet(QStringLiteral("sample"))
                                                                    ? SampleDataset::Content::Figures
                                                                    : SampleDataset::Content::Catalog);
        const ProjectCounts counts = ProjectQueries(project->db()).counts();
        console.out << QCoreApplication::translate("InitCommand", "created %1 (%2 series, %3 observations)")
                           .arg(project->path(), QString::number(counts.series), QString::number(counts.observations))
                    << '\n';
        if (project->isTeamStore())
            console.out << QCoreApplication::translate(
                               "InitCommand",
                               "its roles: GRANT mixshift_reader TO someone; lets a user read, GRANT mixshift_writer "
                               "TO someone; lets one import and edit too")
                        << '\n';
        return Success;
    });
}

} // namespace mixshift::cli
