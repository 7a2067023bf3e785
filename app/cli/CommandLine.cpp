#include "CommandLine.h"

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

const QStringList commands{QStringLiteral("init"),   QStringLiteral("info"),         QStringLiteral("query"),
                           QStringLiteral("import"), QStringLiteral("export-chart"), QStringLiteral("chart"),
                           QStringLiteral("check"), QStringLiteral("scenario")};

QString usage()
{
    return QStringLiteral(
        "Usage:\n"
        "  mixshift [PROJECT]                      open the app (the sample project on first start)\n"
        "  mixshift --version\n"
        "  mixshift init PROJECT [--sample]        create an empty project, or one holding the sample dataset\n"
        "  mixshift info --db PROJECT              counts of providers, series, observations; schema version\n"
        "  mixshift query --db PROJECT [--provider NAME] [--metric KEY] [--format csv|table]\n"
        "                                          observations with period, value, unit, original text, source\n"
        "  mixshift import FILE --db PROJECT [--profile NAME] [--save-profile NAME] [--encoding E]\n"
        "                  [--delimiter D] [--quote C] [--header-row N] [--decimal C] [--thousands C]\n"
        "                  [--layout long|wide] [--wide-field period|provider|metric] [--map COLUMN=FIELD ...]\n"
        "                  [--default FIELD=VALUE ...] [--ranges reject|midpoint|low|high]\n"
        "                  [--on-conflict skip|overwrite|revision] [--accept-valid] [--dry-run] [--errors OUT.csv]\n"
        "                                          import a CSV file in one transaction; prints a summary\n"
        "  mixshift check --db PROJECT             shares over 100%, growth that disagrees with levels, margins\n"
        "                                          over 100%, each with both figures and their sources\n"
        "  mixshift scenario list --db PROJECT     saved scenarios\n"
        "  mixshift scenario run --db PROJECT (--name SAVED | --model mix) [--provider NAME] [--set LEVER=VALUE ...]\n"
        "                  [--calibrate TARGET=VALUE,... --solve LEVER,...] [--monte-carlo N --seed S\n"
        "                  --vary LEVER=DIST(a,b[,c]) ...] [--tornado ebita|revenue|margin|recovery]\n"
        "                  [--csv OUT] [--save NAME [--notes TEXT]]\n"
        "                                          the revenue-mix model, quarter by quarter, with its summary\n"
        "  mixshift scenario run --db PROJECT --model share [--market KEY] [--year Y] [--source KEY|current]\n"
        "                  [--set market_growth=G] [--set years=N] [--growth PROVIDER=RATE ...]\n"
        "                  [--transfer YEAR,FROM,TO,POINTS ...] [--csv OUT]\n"
        "                                          market shares year by year with HHI, CR3, CR5 and ranks\n"
        "  mixshift scenario run --db PROJECT --model penetration --set start_share=S --set target_share=T\n"
        "                  --set compute_market=M [--set compute_growth=G --set years=N --set start_year=Y]\n"
        "                                          public-cloud share of a country's compute and its market\n"
        "  mixshift chart list --db PROJECT        the project's saved charts\n"
        "  mixshift export-chart --db PROJECT (--chart NAME | --series SPEC ...) --out FILE.png|.pdf|.svg|.csv\n"
        "                  [--kind line|bars|stacked-area|stacked-100|bar-line] [--title T]\n"
        "                  [--width W --height H --scale S] [--log] [--labels]\n"
        "                                          SPEC is PROVIDER/METRIC[:yoy|qoq|ttm|index|margin|share|usd];\n"
        "                                          W, H from 1 to 20000, S from 0.1 to 8 (default 2); a PNG has\n"
        "                                          at most 40 million pixels (W x H x S^2)\n"
        "\n"
        "Every command takes --verbose: a problem's technical details on a second line of stderr.\n"
        "Exit codes: 0 done; 1 the command ran but refused something or could not finish (rejected rows, a name\n"
        "not in the project, a failed write); 2 the command line is wrong.\n"
        "CSV output puts ' before text that a spreadsheet would run as a formula (=, +, -, @); import reads it back.\n"
        "An output file (--out, --csv, --errors) is written whole or not at all, and never over the project or an\n"
        "input.\n");
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

QString unknownCommand(const QString& word)
{
    QString nearest;
    int best = 3; // more than two edits away is not a typo
    for (const QString& command : commands) {
        const int distance = editDistance(word.toLower(), command);
        if (distance < best) {
            best = distance;
            nearest = command;
        }
    }
    if (!nearest.isEmpty())
        return QStringLiteral("unknown command '%1' — did you mean '%2'? (mixshift --help lists them)").arg(word, nearest);
    return QStringLiteral("unknown command '%1' (commands: %2; mixshift --help; a project file to open needs its "
                          "suffix, e.g. %1.mixshift)")
        .arg(word, commands.join(QStringLiteral(", ")));
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
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        console.out << usage();
        return cli::Success;
    }
    if (first == QLatin1String("init"))
        return cli::runInit(rest, console);
    if (first == QLatin1String("info"))
        return cli::runInfo(rest, console);
    if (first == QLatin1String("query"))
        return cli::runQuery(rest, console);
    if (first == QLatin1String("import"))
        return cli::runImport(rest, console);
    if (first == QLatin1String("export-chart"))
        return cli::runExportChart(rest, console);
    if (first == QLatin1String("chart"))
        return cli::runChartList(rest, console);
    if (first == QLatin1String("check"))
        return cli::runCheck(rest, console);
    if (first == QLatin1String("scenario"))
        return cli::runScenario(rest, console);
    return console.usage(unknownCommand(first));
}

} // namespace

bool isHeadless(const QStringList& rawArguments)
{
    const QStringList arguments = withoutGlobalOptions(rawArguments);
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    return commands.contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v") ||
           first == QLatin1String("--help") || first == QLatin1String("-h") || looksLikeCommand(first);
}

bool needsGui(const QStringList& arguments)
{
    return withoutGlobalOptions(arguments).value(1) == QLatin1String("export-chart");
}

QString checkGuiArguments(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    for (const QString& argument : rest) {
        if (argument.startsWith(QLatin1Char('-')))
            return QStringLiteral("unknown option '%1' (try mixshift --help)").arg(argument);
    }
    if (rest.size() > 1)
        return QStringLiteral("expected at most one project file, got %1 arguments (try mixshift --help)")
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
        code = console.fail(Error(QStringLiteral("unexpected failure: %1").arg(QString::fromLocal8Bit(error.what()))));
    }
    if (!stdoutWritten(out)) {
        err << "mixshift: the output could not be written to standard output (is the disk full or the reader "
               "gone?); what it shows is incomplete\n";
        return code == cli::Success ? cli::Failure : code;
    }
    return code;
}

} // namespace mixshift::CommandLine
