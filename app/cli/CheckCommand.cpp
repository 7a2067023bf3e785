#include "ArgumentParser.h"
#include "Commands.h"
#include "TerminalText.h"

#include "analytics/ConsistencyChecks.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

int runCheck(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("check"));
    return runOnProject(parser, arguments, console, [&console](Project& project) {
        const ConsistencyChecks::Findings findings = ConsistencyChecks::run(project.db());
        for (const Finding& f : findings.listed) {
            console.out << "- " << TerminalText::escaped(f.description) << '\n';
            for (const QString& figure : f.figures)
                console.out << "    " << TerminalText::escaped(figure) << '\n';
        }
        console.out << QCoreApplication::translate("CheckCommand", "findings: %1").arg(findings.total) << '\n';
        return Success;
    });
}

} // namespace mixshift::cli
