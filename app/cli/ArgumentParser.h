#pragma once

#include "Commands.h"

#include <QCommandLineParser>

#include <functional>

namespace mixshift {
class Project;
}

namespace mixshift::cli {

/// QCommandLineParser for one subcommand that reports problems as one line instead of exiting.
class ArgumentParser
{
public:
    explicit ArgumentParser(const QString& command);

    void addOption(const QString& name, const QString& description, const QString& valueName = {});
    void addPositional(const QString& name, const QString& description);

    /// Parses `arguments` (the subcommand first). Returns an empty string, or the problem.
    QString parse(const QStringList& arguments, const QStringList& requiredOptions = {});

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    /// Every value of an option given more than once.
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QString m_command;
    QCommandLineParser m_parser;
};

/// "NAME=VALUE" given to `--option`, split at the first '='; throws Error naming the option otherwise.
std::pair<QString, QString> splitNameValue(const QString& option, const QString& text);

/// The frame of a command that works on one project: parses `arguments` with `--db PROJECT` required, opens the
/// project and runs `body`; a bad argument or a failure becomes one line on stderr and a non-zero exit code.
int runOnProject(ArgumentParser& parser, const QStringList& arguments, Console console,
                 const std::function<int(Project&)>& body);

} // namespace mixshift::cli
