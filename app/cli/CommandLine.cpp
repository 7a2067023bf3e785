#include "CommandLine.h"

#include "ArgumentParser.h"
#include "Commands.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <exception>

namespace mixshift::CommandLine {

namespace {

/// A headless command: what `mixshift help` lists and what runs it. Its arguments and options are its parser's.
struct Command
{
    /// As typed: a word, or a word and a subcommand ("scenario run").
    QString name;
    /// One line for `mixshift help` and the command's own help (marked with QT_TRANSLATE_NOOP, translated where
    /// shown: summaryText()).
    const char* summary;
    /// A command line to start from, where one helps.
    QString example;
    /// Runs the commands of the first word (`scenario` picks `run` or `list` itself), with that word first.
    int (*run)(const QStringList& arguments, cli::Console console);
};

const QVector<Command>& commands()
{
    static const QVector<Command> all{
        {QStringLiteral("init"),
         QT_TRANSLATE_NOOP("CommandLine", "create a project: the reference catalog, or the sample too"),
         QStringLiteral("mixshift init my.mixshift --sample"), cli::runInit},
        {QStringLiteral("copy"),
         QT_TRANSLATE_NOOP("CommandLine", "copy a whole project: file to team store, team store to file, file to file"),
         QStringLiteral("mixshift copy --from my.mixshift --to postgresql://analyst@dbhost/cloud"), cli::runCopy},
        {QStringLiteral("info"),
         QT_TRANSLATE_NOOP("CommandLine", "what the project holds, one `name: value` line each"),
         {},
         cli::runInfo},
        {QStringLiteral("query"),
         QT_TRANSLATE_NOOP("CommandLine", "the stored values with period, unit, source and status"),
         QStringLiteral("mixshift query --db my.mixshift --provider \"Alibaba Cloud\" --format csv"), cli::runQuery},
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP("CommandLine", "import a CSV file in one transaction; prints a summary"),
         QStringLiteral("mixshift import figures.csv --db my.mixshift --dry-run"), cli::runImport},
        {QStringLiteral("imports list"),
         QT_TRANSLATE_NOOP(
             "CommandLine",
             "the imports and hand edits: when, which file, SHA-256, values added/overwritten/revised, who "
             "(also plain `imports`)"),
         QStringLiteral("mixshift imports --db my.mixshift"), cli::runImports},
        {QStringLiteral("imports undo"),
         QT_TRANSLATE_NOOP("CommandLine", "take one import back: its values go, the values it replaced return"),
         QStringLiteral("mixshift imports undo --db my.mixshift --batch 3"), cli::runImports},
        {QStringLiteral("check"),
         QT_TRANSLATE_NOOP("CommandLine", "stated figures that disagree, with their sources"),
         {},
         cli::runCheck},
        {QStringLiteral("chart list"),
         QT_TRANSLATE_NOOP("CommandLine", "the project's saved charts: name, kind and series"),
         {},
         cli::runChartList},
        {QStringLiteral("export-chart"),
         QT_TRANSLATE_NOOP("CommandLine", "a chart as PNG, PDF, SVG, or the data it plots as CSV or XLSX"),
         QStringLiteral("mixshift export-chart --db my.mixshift --series AWS/revenue --series AWS/revenue:yoy "
                        "--kind bar-line --out aws.png"),
         cli::runExportChart},
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP("CommandLine", "a PDF report: charts with their values, scenarios, findings, sources"),
         QStringLiteral(
             "mixshift report --db my.mixshift --title \"Cloud shares\" --author \"A. Analyst\" --out report.pdf"),
         cli::runReport},
        {QStringLiteral("forecast"),
         QT_TRANSLATE_NOOP("CommandLine", "an ETS forecast of a series with prediction intervals; the model by AICc"),
         QStringLiteral("mixshift forecast --db my.mixshift --series AWS/revenue --horizon 8 --csv aws-forecast.csv"),
         cli::runForecast},
        {QStringLiteral("scenario list"),
         QT_TRANSLATE_NOOP("CommandLine", "the project's saved scenarios: name, model, provider"),
         {},
         cli::runScenario},
        {QStringLiteral("scenario run"),
         QT_TRANSLATE_NOOP("CommandLine", "run the mix, share or penetration model, or a saved one"),
         QStringLiteral("mixshift scenario run --db my.mixshift --model mix --set wind_down=0.1 --tornado margin"),
         cli::runScenario},
        {QStringLiteral("scenario grid"),
         QT_TRANSLATE_NOOP("CommandLine", "the mix model's output over two levers at once"),
         QStringLiteral("mixshift scenario grid --db my.mixshift --model mix --x wind_down=0:0.3:7 "
                        "--y organic_growth=0:0.4:5 --output margin"),
         cli::runScenarioGrid},
        {QStringLiteral("scenario goal"),
         QT_TRANSLATE_NOOP("CommandLine", "the value of one lever at which an output reaches a target"),
         QStringLiteral("mixshift scenario goal --db my.mixshift --model mix --lever wind_down --output margin "
                        "--target 0.1"),
         cli::runScenarioGoal},
    };
    return all;
}

/// A command's summary in the user's language.
QString summaryText(const Command& command)
{
    return QCoreApplication::translate("CommandLine", command.summary);
}

QString firstWord(const QString& name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

/// The first words of the commands, each once: what is typed first.
QStringList commandWords()
{
    QStringList words;
    for (const Command& command : commands())
        if (!words.contains(firstWord(command.name)))
            words << firstWord(command.name);
    return words;
}

/// The command (the first of its subcommands) that `word` starts, or null.
const Command* commandStartedBy(const QString& word)
{
    for (const Command& command : commands())
        if (firstWord(command.name) == word)
            return &command;
    return nullptr;
}

bool hasSubcommands(const QString& word)
{
    const Command* command = commandStartedBy(word);
    return command && command->name != word;
}

bool isHelpOption(const QString& argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

/// The commands with their summaries: all of them, or those `word` starts.
QString commandList(const QString& word = {})
{
    QVector<std::pair<QString, QString>> rows;
    for (const Command& command : commands())
        if (word.isEmpty() || firstWord(command.name) == word)
            rows.append({command.name, summaryText(command)});
    return cli::helpColumns(rows);
}

QString commandHelpHint()
{
    return QCoreApplication::translate("CommandLine",
                                       "mixshift help COMMAND or mixshift COMMAND --help: its arguments and options.") +
           QLatin1Char('\n');
}

QString overview()
{
    return QCoreApplication::translate("CommandLine", "Usage:") + QLatin1Char('\n') +
           cli::helpColumns({
               {QStringLiteral("mixshift [PROJECT]"),
                QCoreApplication::translate("CommandLine", "open the app (the sample project on first start)")},
               {QStringLiteral("mixshift COMMAND ..."),
                QCoreApplication::translate("CommandLine", "run a command without the window")},
               {QStringLiteral("mixshift help [COMMAND]"),
                QCoreApplication::translate("CommandLine", "this help, or a command's")},
               {QStringLiteral("mixshift --version"), {}},
           }) +
           QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Commands:") + QLatin1Char('\n') +
           commandList() + QLatin1Char('\n') + commandHelpHint() + QLatin1Char('\n') +
           QCoreApplication::translate(
               "CommandLine", "Every command takes --verbose: a problem's technical details on a second line\n"
                              "of stderr. Exit codes: 0 done; 1 the command ran but refused something or could\n"
                              "not finish (rejected rows, a name not in the project, a failed write); 2 the\n"
                              "command line is wrong.\n"
                              "CSV output puts ' before text that a spreadsheet would run as a formula (=, +,\n"
                              "-, @); import reads it back. An output file (--out, --csv, --errors) is written\n"
                              "whole or not at all, and never over the project or an input.\n");
}

/// `mixshift help scenario`: the subcommands of `word`.
QString subcommandHelp(const QString& word)
{
    return QCoreApplication::translate("CommandLine", "Commands:") + QLatin1Char('\n') + commandList(word) +
           QLatin1Char('\n') + commandHelpHint();
}

/// A command's help: its summary, its parser's usage and its example.
QString commandHelp(const cli::HelpRequested& help)
{
    const auto command = std::find_if(commands().cbegin(), commands().cend(),
                                      [&](const Command& c) { return c.name == help.command; });
    if (command == commands().cend())
        return help.usage;
    QString text = QStringLiteral("mixshift %1: %2\n\n").arg(command->name, summaryText(*command)) + help.usage;
    if (!command->example.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Example:") + QStringLiteral("\n  ") +
                command->example + QLatin1Char('\n');
    return text;
}

/// Runs `command`, printing its help instead when its parser is asked for it.
int runCommand(const Command& command, const QStringList& arguments, cli::Console console)
{
    try {
        return command.run(arguments, console);
    } catch (const cli::HelpRequested& help) {
        console.out << commandHelp(help);
        return cli::Success;
    }
}

// The arguments without the global options (`--verbose`, anywhere on the line), and whether it was given.
QStringList withoutGlobalOptions(const QStringList& arguments, bool* verbose = nullptr)
{
    QStringList rest;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--verbose")) {
            if (verbose)
                *verbose = true;
            continue;
        }
        rest << argument;
    }
    return rest;
}

int editDistance(const QString& a, const QString& b)
{
    QVector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// A first word that is neither a command nor an option and cannot be a project file: no such file, and nothing
// in it (a folder, a suffix) that would make it a path.
bool looksLikeCommand(const QString& word)
{
    return !word.isEmpty() && !word.startsWith(QLatin1Char('-')) && !word.contains(QLatin1Char('/')) &&
           !word.contains(QLatin1Char('.')) && !word.contains(QLatin1Char('\\')) && !QFileInfo::exists(word);
}

// The command `word` is a typo of, or an empty string: more than two edits away is not a typo.
QString nearestCommand(const QString& word)
{
    QString nearest;
    int best = 3;
    for (const QString& command : commandWords()) {
        const int distance = editDistance(word.toLower(), command);
        if (distance < best) {
            best = distance;
            nearest = command;
        }
    }
    return nearest;
}

QString unknownCommand(const QString& word)
{
    if (const QString nearest = nearestCommand(word); !nearest.isEmpty())
        return QCoreApplication::translate("CommandLine",
                                           "unknown command '%1' — did you mean '%2'? (mixshift help lists them)")
            .arg(word, nearest);
    return QCoreApplication::translate("CommandLine",
                                       "unknown command '%1' (commands: %2; mixshift help; a project file to open "
                                       "needs its suffix, e.g. %1.mixshift)")
        .arg(word, commandWords().join(QStringLiteral(", ")));
}

/// `mixshift help [COMMAND [SUBCOMMAND]]`: the overview, a command's subcommands, or the command's own help.
int help(const QStringList& words, cli::Console console)
{
    if (words.isEmpty()) {
        console.out << overview();
        return cli::Success;
    }
    const QString& word = words.front();
    const Command* command = commandStartedBy(word);
    if (!command) {
        const QString nearest = nearestCommand(word);
        return console.usage(
            QCoreApplication::translate("CommandLine", "help: no command '%1'%2 (commands: %3)")
                .arg(word,
                     nearest.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("CommandLine", " — did you mean '%1'?").arg(nearest),
                     commandWords().join(QStringLiteral(", "))));
    }
    if (words.size() == 1 && hasSubcommands(word)) {
        console.out << subcommandHelp(word);
        return cli::Success;
    }
    return runCommand(*command, words + QStringList{QStringLiteral("--help")}, console);
}

// Whether everything written to stdout reached it (a full disk, /dev/full, a closed pipe say no).
bool stdoutWritten(QTextStream& out)
{
    out.flush();
    const bool streamed = out.status() == QTextStream::Ok;
    const bool flushed = std::fflush(stdout) == 0;
    return streamed && flushed && !std::ferror(stdout);
}

int dispatch(const QString& first, const QStringList& rest, cli::Console console)
{
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return cli::Success;
    }
    if (isHelpOption(first)) {
        console.out << overview();
        return cli::Success;
    }
    if (first == QLatin1String("help"))
        return help(rest.mid(1), console);
    const Command* command = commandStartedBy(first);
    if (!command)
        return console.usage(unknownCommand(first));
    if (hasSubcommands(first) && isHelpOption(rest.value(1))) {
        console.out << subcommandHelp(first);
        return cli::Success;
    }
    return runCommand(*command, rest, console);
}

} // namespace

bool isHeadless(const QStringList& rawArguments)
{
    const QStringList arguments = withoutGlobalOptions(rawArguments);
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    return commandStartedBy(first) || first == QLatin1String("help") || first == QLatin1String("--version") ||
           first == QLatin1String("-v") || isHelpOption(first) || looksLikeCommand(first);
}

bool needsGui(const QStringList& arguments)
{
    const QStringList command = withoutGlobalOptions(arguments);
    return command.value(1) == QLatin1String("export-chart") || command.value(1) == QLatin1String("report") ||
           (command.value(1) == QLatin1String("scenario") &&
            (command.contains(QLatin1String("--plot")) ||
             std::any_of(command.cbegin(), command.cend(),
                         [](const QString& a) { return a.startsWith(QLatin1String("--plot=")); })));
}

QString checkGuiArguments(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    for (const QString& argument : rest) {
        if (argument.startsWith(QLatin1Char('-')))
            return QCoreApplication::translate("CommandLine", "unknown option '%1' (try mixshift --help)")
                .arg(argument);
    }
    if (rest.size() > 1)
        return QCoreApplication::translate("CommandLine",
                                           "expected at most one project file, got %1 arguments (try mixshift --help)")
            .arg(rest.size());
    return {};
}

int run(const QStringList& rawArguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool verbose = false;
    const QStringList arguments = withoutGlobalOptions(rawArguments, &verbose);
    const cli::Console console{out, err, verbose};
    int code = cli::Failure;
    try {
        code = dispatch(arguments.value(1), arguments.mid(1), console);
    } catch (const std::exception& error) {
        // Not an Error of ours (out of memory, a library's own exception): still one line, never an abort.
        code = console.fail(Error(QCoreApplication::translate("CommandLine", "unexpected failure: %1")
                                      .arg(QString::fromLocal8Bit(error.what()))));
    }
    if (!stdoutWritten(out)) {
        err << "mixshift: "
            << QCoreApplication::translate("CommandLine",
                                           "the output could not be written to standard output (is the disk full or "
                                           "the reader gone?); what it shows is incomplete")
            << '\n';
        return code == cli::Success ? cli::Failure : code;
    }
    return code;
}

} // namespace mixshift::CommandLine
