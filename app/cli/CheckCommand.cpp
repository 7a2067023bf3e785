#include "ArgumentParser.h"
#include "Commands.h"

#include "Error.h"
#include "analytics/ConsistencyChecks.h"
#include "store/Project.h"

#include <QTextStream>

namespace mixshift::cli {

int runCheck(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("check"));
    parser.addOption(QStringLiteral("db"), QStringLiteral("the project file"), QStringLiteral("PROJECT"));
    if (const QString problem = parser.parse(arguments, {QStringLiteral("db")}); !problem.isEmpty()) {
        console.err << "mixshift: " << problem << '\n';
        return BadArguments;
    }
    try {
        const auto project = Project::open(parser.value(QStringLiteral("db")));
        const QVector<Finding> findings = ConsistencyChecks::run(project->db());
        for (const Finding& f : findings) {
            console.out << "- " << f.description << '\n';
            for (const QString& figure : f.figures)
                console.out << "    " << figure << '\n';
        }
        console.out << "findings: " << findings.size() << '\n';
        return Success;
    } catch (const Error& error) {
        console.err << "mixshift: " << error.message() << '\n';
        return Failure;
    }
}

} // namespace mixshift::cli
