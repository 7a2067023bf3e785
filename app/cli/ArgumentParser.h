#pragma once

#include "Commands.h"
#include "io/OutputGuard.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

namespace mixshift {
class Project;
}

namespace mixshift::cli {

/// Thrown by ArgumentParser::parse() when the arguments hold `--help` or `-h`: the command stops there, before it
/// checks any other argument or opens a file, and mixshift prints `usage` on standard output with exit code 0.
/// Deliberately no Error (nor std::exception): Console::guard() and the catch-alls for failures let it through.
struct HelpRequested
{
    /// The command as the parser was made for it: "import", "scenario run".
    QString command;
    /// Its usage line, arguments and options, written from the parser's definitions.
    QString usage;
};

/// QCommandLineParser for one subcommand that reports problems as one line instead of exiting. It also knows
/// which arguments name files: parse() refuses an output that would overwrite the project or an input, and any
/// positional argument beyond those declared. Every parser takes `-h`/`--help`, and its help is made from the
/// same definitions parse() accepts, so the two cannot disagree.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)

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
    /// parse() refuses a value of `option` other than `allowed`; the help shows them as the option's value
    /// (`--format csv|table`).
    void requireOneOf(const QString& option, const QStringList& allowed);

    /// Parses `arguments` (the subcommand first). Returns an empty string, or the problem. Throws HelpRequested,
    /// with usage(requiredOptions), when they hold `--help` or `-h` — whatever else they hold.
    QString parse(const QStringList& arguments, const QStringList& requiredOptions = {});

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    /// Every value of an option given more than once.
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    struct Option
    {
        QCommandLineOption definition;
        Role role;
    };
    struct Positional
    {
        QString name;
        QString description;
        Role role;
    };

    void add(const QCommandLineOption& definition, Role role);
    /// "Usage: mixshift COMMAND POSITIONAL... --REQUIRED VALUE... [options]", then the positional arguments and
    /// every option (`--name VALUE`, or the allowed values) with its description, in the order they were added,
    /// aligned and wrapped to 80 columns.
    QString usage(const QStringList& requiredOptions) const;
    /// `--name VALUE` as the help shows it: `-h, --help`; the allowed values in place of a value name.
    QString spelled(const QCommandLineOption& definition) const;
    QString outputProblem() const;

    QString m_command;
    QCommandLineParser m_parser;
    QVector<Option> m_options;
    QVector<Positional> m_positionals;
    QVector<std::pair<QString, QStringList>> m_choices;
};

/// `rows` (a name, what it is) as help shows them: two columns, the second aligned and wrapped to 80 columns,
/// below a name too long for the first.
QString helpColumns(const QVector<std::pair<QString, QString>>& rows);

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
