// `mixshift help`, `mixshift help COMMAND` and `mixshift COMMAND --help` (or -h): usage on stdout with exit code 0,
// made from what each command's parser accepts, before any argument is checked or any file opened.
#include "AppRun.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

/// Every command as typed, with what its help must show.
const QList<std::pair<QStringList, QStringList>> commands{
    {{QStringLiteral("init")}, {QStringLiteral("Usage: mixshift init PROJECT [options]"), QStringLiteral("--sample")}},
    {{QStringLiteral("info")}, {QStringLiteral("Usage: mixshift info --db PROJECT\n")}},
    {{QStringLiteral("query")},
     {QStringLiteral("Usage: mixshift query --db PROJECT [options]"), QStringLiteral("--provider NAME"),
      QStringLiteral("--metric KEY"), QStringLiteral("--format csv|table")}},
    {{QStringLiteral("import")},
     {QStringLiteral("Usage: mixshift import FILE --db PROJECT [options]"), QStringLiteral("--dry-run"),
      QStringLiteral("--accept-valid"), QStringLiteral("--errors OUT.csv"), QStringLiteral("--map "),
      QStringLiteral("--on-conflict ")}},
    {{QStringLiteral("check")}, {QStringLiteral("Usage: mixshift check --db PROJECT\n")}},
    {{QStringLiteral("chart"), QStringLiteral("list")}, {QStringLiteral("Usage: mixshift chart list --db PROJECT\n")}},
    {{QStringLiteral("export-chart")},
     {QStringLiteral("Usage: mixshift export-chart --db PROJECT --out FILE [options]"), QStringLiteral("--chart NAME"),
      QStringLiteral("--series SPEC"), QStringLiteral("--width W"), QStringLiteral("--scale S"),
      QStringLiteral("--log")}},
    {{QStringLiteral("scenario"), QStringLiteral("list")},
     {QStringLiteral("Usage: mixshift scenario list --db PROJECT\n")}},
    {{QStringLiteral("scenario"), QStringLiteral("run")},
     {QStringLiteral("Usage: mixshift scenario run --db PROJECT [options]"), QStringLiteral("--model mix|share|penetration"),
      QStringLiteral("--set LEVER=VALUE"), QStringLiteral("--tornado ebita|margin|recovery|revenue"),
      QStringLiteral("--monte-carlo N"), QStringLiteral("--csv OUT")}},
};

std::string shown(const QStringList& arguments)
{
    return arguments.join(QLatin1Char(' ')).toStdString();
}

/// Runs a request for help and expects it on stdout alone, with exit code 0.
QString helpText(const QStringList& arguments, const QString& workingDirectory = {})
{
    BOOST_TEST_INFO(shown(arguments));
    const Run run = mixshift(arguments, workingDirectory);
    BOOST_TEST(run.exitCode == 0, run.err.toStdString());
    BOOST_TEST(run.err.isEmpty(), run.err.toStdString());
    BOOST_TEST(!run.out.isEmpty());
    return run.out;
}

/// The options a help lists (`--name` and its value name, empty for a flag), -h/--help aside.
QList<std::pair<QString, QString>> listedOptions(const QString& help)
{
    static const QRegularExpression line(QStringLiteral("^  --([a-z-]+)(?: (\\S+))?"),
                                         QRegularExpression::MultilineOption);
    QList<std::pair<QString, QString>> options;
    for (auto match = line.globalMatch(help); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        options.append({m.captured(1), m.captured(2)});
    }
    return options;
}

} // namespace

BOOST_AUTO_TEST_SUITE(help)

BOOST_AUTO_TEST_CASE(every_command_prints_its_usage_and_options_on_stdout)
{
    for (const auto& [command, needles] : commands) {
        for (const QString& option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const QString help = helpText(command + QStringList{option});
            BOOST_TEST_INFO(shown(command) << ' ' << option.toStdString());
            BOOST_TEST(help.startsWith(QStringLiteral("mixshift %1: ").arg(command.join(QLatin1Char(' ')))),
                       help.toStdString());
            BOOST_TEST(help.contains(QStringLiteral("\n  -h, --help ")), help.toStdString());
            for (const QString& needle : needles)
                BOOST_TEST(help.contains(needle), needle.toStdString() << " missing from:\n" << help.toStdString());
        }
    }
}

BOOST_AUTO_TEST_CASE(help_command_prints_what_command_help_prints)
{
    for (const auto& [command, needles] : commands) {
        BOOST_TEST_INFO(shown(command));
        const QString asked = helpText(QStringList{QStringLiteral("help")} + command);
        BOOST_TEST(asked.toStdString() == helpText(command + QStringList{QStringLiteral("--help")}).toStdString());
        BOOST_TEST(asked.toStdString() == helpText(command + QStringList{QStringLiteral("-h")}).toStdString());
    }
}

BOOST_AUTO_TEST_CASE(help_lists_every_command_with_the_summary_of_its_own_help)
{
    const QString overview = helpText({QStringLiteral("help")});
    BOOST_TEST(overview.toStdString() == helpText({QStringLiteral("--help")}).toStdString());
    BOOST_TEST(overview.toStdString() == helpText({QStringLiteral("-h")}).toStdString());
    BOOST_TEST(overview.contains(QStringLiteral("mixshift help [COMMAND]")));
    for (const auto& [command, needles] : commands) {
        const QString name = command.join(QLatin1Char(' '));
        const QString help = helpText(command + QStringList{QStringLiteral("--help")});
        const QString summary = help.section(QLatin1Char('\n'), 0, 0).mid(QStringLiteral("mixshift %1: ").arg(name).size());
        BOOST_TEST_INFO(name.toStdString());
        BOOST_REQUIRE(!summary.isEmpty());
        const QRegularExpression row(QStringLiteral("\n  %1 +%2\n").arg(QRegularExpression::escape(name),
                                                                        QRegularExpression::escape(summary)));
        BOOST_TEST(row.match(overview).hasMatch(), overview.toStdString());
    }
}

BOOST_AUTO_TEST_CASE(a_command_with_subcommands_lists_them)
{
    const QString scenario = helpText({QStringLiteral("help"), QStringLiteral("scenario")});
    BOOST_TEST(scenario.toStdString() == helpText({QStringLiteral("scenario"), QStringLiteral("--help")}).toStdString());
    BOOST_TEST(scenario.contains(QStringLiteral("\n  scenario run ")));
    BOOST_TEST(scenario.contains(QStringLiteral("\n  scenario list ")));
    BOOST_TEST(!scenario.contains(QStringLiteral("chart list")));
    const QString chart = helpText({QStringLiteral("chart"), QStringLiteral("-h")});
    BOOST_TEST(chart.contains(QStringLiteral("\n  chart list ")));
}

BOOST_AUTO_TEST_CASE(help_for_an_unknown_command_is_a_usage_error_listing_the_commands)
{
    for (const QString& word : {QStringLiteral("nosuch"), QStringLiteral("qurey")}) {
        const Run run = mixshift({QStringLiteral("help"), word});
        BOOST_TEST_INFO(word.toStdString());
        BOOST_TEST(run.exitCode == 2);
        BOOST_TEST(run.out.isEmpty(), run.out.toStdString());
        BOOST_TEST(run.err.count(QLatin1Char('\n')) == 1, run.err.toStdString());
        BOOST_TEST(run.err.contains(QStringLiteral("'%1'").arg(word)), run.err.toStdString());
        for (const auto& [command, needles] : commands)
            BOOST_TEST(run.err.contains(command.front()), run.err.toStdString());
    }
}

BOOST_AUTO_TEST_CASE(help_comes_before_any_other_argument_and_opens_no_file)
{
    QTemporaryDir dir;
    const QList<QStringList> cases{
        {QStringLiteral("import"), QStringLiteral("--help")},
        {QStringLiteral("query"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("-h")},
        {QStringLiteral("info"), QStringLiteral("--db"), QStringLiteral("missing.mixshift"), QStringLiteral("extra"),
         QStringLiteral("--help")},
        {QStringLiteral("init"), QStringLiteral("new.mixshift"), QStringLiteral("--sample"), QStringLiteral("--help")},
        {QStringLiteral("import"), QStringLiteral("in.csv"), QStringLiteral("--db"), QStringLiteral("p.mixshift"),
         QStringLiteral("--errors"), QStringLiteral("errors.csv"), QStringLiteral("--help")},
        {QStringLiteral("export-chart"), QStringLiteral("--db"), QStringLiteral("p.mixshift"), QStringLiteral("--out"),
         QStringLiteral("c.png"), QStringLiteral("--series"), QStringLiteral("AWS/revenue"), QStringLiteral("--help")},
        {QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), QStringLiteral("p.mixshift"),
         QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--save"), QStringLiteral("s"),
         QStringLiteral("--csv"), QStringLiteral("out.csv"), QStringLiteral("-h")},
    };
    for (const QStringList& arguments : cases)
        BOOST_TEST(helpText(arguments, dir.path()).contains(QStringLiteral("Usage: mixshift ")));
    const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    BOOST_TEST(left.isEmpty(), shown(left));
}

BOOST_AUTO_TEST_CASE(every_option_a_help_lists_is_one_its_command_accepts)
{
    QTemporaryDir dir;
    const QStringList db{QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.mixshift"))};
    // What each command needs besides the option tried: its positional argument, the project.
    const QList<std::pair<QStringList, QStringList>> bases{
        {{QStringLiteral("init")}, {dir.filePath(QStringLiteral("new.mixshift"))}},
        {{QStringLiteral("info")}, db},
        {{QStringLiteral("query")}, db},
        {{QStringLiteral("import")}, QStringList{dir.filePath(QStringLiteral("missing.csv"))} + db},
        {{QStringLiteral("check")}, db},
        {{QStringLiteral("chart"), QStringLiteral("list")}, db},
        {{QStringLiteral("export-chart")}, db},
        {{QStringLiteral("scenario"), QStringLiteral("list")}, db},
        {{QStringLiteral("scenario"), QStringLiteral("run")}, db},
    };
    for (const auto& [command, base] : bases) {
        const auto options = listedOptions(helpText(command + QStringList{QStringLiteral("--help")}));
        BOOST_TEST_INFO(shown(command));
        BOOST_REQUIRE(!options.isEmpty());
        for (const auto& [name, value] : options) {
            if (name == QLatin1String("db"))
                continue;
            QStringList arguments = command + base + QStringList{QStringLiteral("--") + name};
            if (!value.isEmpty())
                arguments << value.section(QLatin1Char('|'), 0, 0);
            const Run run = mixshift(arguments, dir.path());
            BOOST_TEST_INFO(shown(arguments));
            BOOST_TEST(!run.err.contains(QStringLiteral("Unknown option")), run.err.toStdString());
            BOOST_TEST(!run.err.contains(QStringLiteral("Missing value")), run.err.toStdString());
        }
        // The check above can see a refusal: an option no help lists is refused.
        const Run unknown = mixshift(command + base + QStringList{QStringLiteral("--no-such-option")}, dir.path());
        BOOST_TEST(unknown.exitCode == 2);
        BOOST_TEST(unknown.err.contains(QStringLiteral("Unknown option 'no-such-option'")), unknown.err.toStdString());
    }
}

BOOST_AUTO_TEST_SUITE_END()
