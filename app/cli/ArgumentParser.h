#pragma once

#include "Commands.h"
#include "io/OutputGuard.h"

#include <QCommandLineParser>

#include <functional>

namespace mixshift {
class Project;
}

namespace mixshift::cli {

/// QCommandLineParser for one subcommand that reports problems as one line instead of exiting. It also knows
/// which arguments name files: parse() refuses an output that would overwrite the project or an input, and any
/// positional argument beyond those declared.
class ArgumentParser
{
public:
    /// What an option's or a positional argument's value is to the command.
    enum class Role {
        Plain,
        /// The project (`--db`): the project file and SQLite's -wal, -shm and -journal beside it are read.
        Project,
        /// A file the command reads (its description names it in messages: "the file being imported").
        Input,
        /// A file the command writes; never one of the above.
        Output,
    };

    explicit ArgumentParser(const QString& command);

    void addOption(const QString& name, const QString& description, const QString& valueName = {},
                   Role role = Role::Plain);
    void addPositional(const QString& name, const QString& description, Role role = Role::Plain);
    /// parse() refuses a value of `option` other than `allowed`.
    void requireOneOf(const QString& option, const QStringList& allowed);

    /// Parses `arguments` (the subcommand first). Returns an empty string, or the problem.
    QString parse(const QStringList& arguments, const QStringList& requiredOptions = {});

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    /// Every value of an option given more than once.
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QString outputProblem() const;

    QString m_command;
    QCommandLineParser m_parser;
    struct FileArgument
    {
        QString name;
        QString description;
        Role role;
    };
    QVector<FileArgument> m_fileOptions;
    QVector<FileArgument> m_positionals;
    QVector<std::pair<QString, QStringList>> m_choices;
};

/// "NAME=VALUE" given to `--option`, split at the first '='; throws UsageError naming the option otherwise.
std::pair<QString, QString> splitNameValue(const QString& option, const QString& text);

/// `text` as a finite number (NaN and infinities refused); throws UsageError naming `what`.
double finiteNumber(const QString& what, const QString& text);
/// `text` as a whole number from `low` to `high`; throws UsageError naming `what` and the range.
qint64 wholeNumber(const QString& what, const QString& text, qint64 low, qint64 high);

/// The frame of a command that works on one project: parses `arguments` with `--db PROJECT` required, opens the
/// project and runs `body`; a bad argument or a failure is reported through the console (one line, details with
/// --verbose) with its exit code. The project is opened for reading (no write lock, works on read-only media and
/// beside a running import) unless `writes`, asked once the arguments are parsed, says the command will write.
int runOnProject(ArgumentParser& parser, const QStringList& arguments, Console console,
                 const std::function<int(Project&)>& body, const std::function<bool()>& writes = {});

} // namespace mixshift::cli
