#include "ArgumentParser.h"
#include "Commands.h"
#include "TerminalText.h"

#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QTextStream>

namespace mixshift::cli {

int runInfo(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("info"));
    return runOnProject(parser, arguments, console, [&console](Project& project) {
        const ProjectCounts c = ProjectQueries(project.db()).counts();
        console.out << "project: " << TerminalText::escaped(project.path()) << '\n'
                    << "schema_version: " << project.schemaVersion() << '\n'
                    << "providers: " << c.providers << '\n'
                    << "metrics: " << c.metrics << '\n'
                    << "markets: " << c.markets << '\n'
                    << "series: " << c.series << '\n'
                    << "observations: " << c.observations << '\n'
                    << "revisions: " << c.revisions << '\n'
                    << "sources: " << c.sources << '\n'
                    << "events: " << c.events << '\n';
        return Success;
    });
}

} // namespace mixshift::cli
