#include "CommandLine.h"

#include "Commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

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
        "                                          SPEC is PROVIDER/METRIC[:yoy|qoq|ttm|index|margin|share|usd]\n");
}

} // namespace

bool isHeadless(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    return commands.contains(first) || first == QLatin1String("--version") || first == QLatin1String("-v") ||
           first == QLatin1String("--help") || first == QLatin1String("-h");
}

bool needsGui(const QStringList& arguments)
{
    return arguments.value(1) == QLatin1String("export-chart");
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

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const cli::Console console{out, err};
    const QString first = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return cli::Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out << usage();
        return cli::Success;
    }
    if (first == QLatin1String("init"))
        return cli::runInit(rest, console);
    if (first == QLatin1String("info"))
        return cli::runInfo(rest, console);
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
    return cli::runQuery(rest, console);
}

} // namespace mixshift::CommandLine
