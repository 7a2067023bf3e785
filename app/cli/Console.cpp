#include "Console.h"

#include "TerminalText.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

int Console::fail(const Error& error) const
{
    err << "mixshift: " << TerminalText::escaped(error.message()) << '\n';
    if (verbose && !error.details().isEmpty())
        err << "mixshift: "
            << QCoreApplication::translate("Console", "details: %1")
                   .arg(TerminalText::escaped(error.details().simplified()))
            << '\n';
    err.flush();
    return dynamic_cast<const UsageError*>(&error) ? BadArguments : Failure;
}

int Console::usage(const QString& problem) const
{
    return fail(UsageError(problem));
}

int Console::guard(const std::function<int()>& body) const
{
    try {
        return body();
    } catch (const Error& error) {
        return fail(error);
    }
}

} // namespace mixshift::cli
