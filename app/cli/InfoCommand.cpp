#include "ArgumentParser.h"
#include "Commands.h"

#include "Error.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QTextStream>

namespace mixshift::cli {

int runInfo(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("info"));
    parser.addOption(QStringLiteral("db"), QStringLiteral("the project file"), QStringLiteral("PROJECT"));
    if (const QString problem = parser.parse(arguments, {QStringLiteral("db")}); !problem.isEmpty()) {
        console.err << "mixshift: " << problem << '\n';
        return BadArguments;
    }
    try {
        const auto project = Project::open(parser.value(QStringLiteral("db")));
        const ProjectCounts c = ProjectQueries(project->db()).counts();
        console.out << "project: " << project->path() << '\n'
                    << "schema_version: " << project->schemaVersion() << '\n'
                    << "providers: " << c.providers << '\n'
                    << "metrics: " << c.metrics << '\n'
                    << "markets: " << c.markets << '\n'
                    << "series: " << c.series << '\n'
                    << "observations: " << c.observations << '\n'
                    << "revisions: " << c.revisions << '\n'
                    << "sources: " << c.sources << '\n'
                    << "events: " << c.events << '\n';
        return Success;
    } catch (const Error& error) {
        console.err << "mixshift: " << error.message() << '\n';
        return Failure;
    }
}

} // namespace mixshift::cli
