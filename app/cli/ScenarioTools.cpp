// The mix model's what-if tools on the command line: `scenario grid` (an output over two levers) and `scenario
// goal` (break-even: the one lever value at which an output reaches a target).
#include "ArgumentParser.h"
#include "Commands.h"
#include "MixSetup.h"

#include "Error.h"
#include "io/TableFile.h"
#include "scenario/BreakEven.h"
#include "scenario/TwoWayGrid.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

namespace {

// The options that say which scenario: as `scenario run` reads them (MixSetup).
void declareScenarioOptions(ArgumentParser& parser)
{
    parser.addOption(QStringLiteral("name"),
                     QCoreApplication::translate("ScenarioTools", "start from a saved mix scenario"),
                     QStringLiteral("SAVED"));
    parser.addOption(QStringLiteral("model"), QCoreApplication::translate("ScenarioTools", "the model: mix"),
                     QStringLiteral("MODEL"));
    parser.addOption(QStringLiteral("provider"),
                     QCoreApplication::translate("ScenarioTools", "the provider (default %1)")
                         .arg(defaultMixProvider()),
                     QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("set"),
                     QCoreApplication::translate("ScenarioTools", "a lever held at a value, once for each"),
                     QStringLiteral("LEVER=VALUE"));
    parser.addOption(QStringLiteral("output"),
                     QCoreApplication::translate("ScenarioTools",
                                                 "ebita or margin at the horizon, revenue over it, or the recovery "
                                                 "quarter"),
                     QStringLiteral("OUTPUT"));
    parser.requireOneOf(QStringLiteral("model"), {QStringLiteral("mix")});
    parser.requireOneOf(QStringLiteral("output"), mixOutputKeys());
    addStatusQuoOption(parser);
}

SensitivityOutput outputOption(const ArgumentParser& parser, const QString& command)
{
    if (!parser.isSet(QStringLiteral("output")))
        throw UsageError(QCoreApplication::translate("ScenarioTools", "%1: give --output ebita|revenue|margin|recovery")
                             .arg(command));
    return findMixOutput(parser.value(QStringLiteral("output")))->output;
}

// "wind_down=0:0.3:31" → the lever, from, to, steps.
LeverRange rangeOption(const ArgumentParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        throw UsageError(QCoreApplication::translate("ScenarioTools", "scenario grid: give --%1 LEVER=FROM:TO:STEPS")
                             .arg(option));
    const auto [lever, text] = splitNameValue(option, parser.value(option));
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        throw UsageError(
            QCoreApplication::translate("ScenarioTools", "scenario grid: --%1 takes LEVER=FROM:TO:STEPS, not '%2'")
                .arg(option, parser.value(option)));
    LeverRange range;
    range.lever = lever;
    range.from = finiteNumber(QStringLiteral("scenario grid: --") + option, parts[0]);
    range.to = finiteNumber(QStringLiteral("scenario grid: --") + option, parts[1]);
    range.steps = static_cast<int>(wholeNumber(QStringLiteral("scenario grid: --") + option, parts[2], 2, 1001));
    return range;
}

void writeGridCsv(const QString& path, const TwoWayGrid& grid, const QString& outputName)
{
    ExportTable table;
    table.name = QStringLiteral("Grid");
    const ColumnFormat outputFormat =
        mixOutput(grid.output).scale == MixOutputInfo::Scale::Fraction ? ColumnFormat::Percent : ColumnFormat::Number;
    table.columns = {{grid.x.lever, ColumnFormat::Number, {}},
                     {grid.y.lever, ColumnFormat::Number, {}},
                     {outputName, outputFormat, {}}};
    const auto cell = [](double value) { return ExportCell(value, QString::number(value, 'g', 12)); };
    for (int j = 0; j < grid.yValues.size(); ++j)
        for (int i = 0; i < grid.xValues.size(); ++i)
            table.rows.append({cell(grid.xValues[i]), cell(grid.yValues[j]), cell(grid.at(i, j))});
    TableFile::save(path, {table});
}

} // namespace

int runScenarioGrid(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("scenario grid"));
    declareScenarioOptions(parser);
    parser.addOption(QStringLiteral("x"),
                     QCoreApplication::translate("ScenarioTools", "the lever across, from a value to a value in steps"),
                     QStringLiteral("LEVER=FROM:TO:STEPS"));
    parser.addOption(QStringLiteral("y"), QCoreApplication::translate("ScenarioTools", "the lever down, likewise"),
                     QStringLiteral("LEVER=FROM:TO:STEPS"));
    parser.addOption(QStringLiteral("csv"),
                     QCoreApplication::translate("ScenarioTools",
                                                 "every cell as a row: the two levers and the output (a name ending "
                                                 "in .xlsx writes a workbook)"),
                     QStringLiteral("OUT"), ArgumentParser::Role::Output);
    return runOnProject(parser, arguments.mid(1), console, [&](Project& project) {
        const SensitivityOutput output = outputOption(parser, QStringLiteral("scenario grid"));
        const LeverRange x = rangeOption(parser, QStringLiteral("x"));
        const LeverRange y = rangeOption(parser, QStringLiteral("y"));
        const MixSetup setup = mixSetupFrom(parser, project);
        const TwoWayGrid grid =
            asUsage([&] { return TwoWayGrid::compute(setup.scenario.levers, output, x, y); });
        const DisplayUnit money = setup.moneyUnit();
        const QString name = parser.value(QStringLiteral("output"));
        console.out << QCoreApplication::translate("ScenarioTools", "%1 by %2 (across) and %3 (down), %4 quarters:")
                           .arg(name, x.lever, y.lever, QString::number(setup.scenario.levers.horizon))
                    << '\n';
        const LeverInfo& xInfo = knownLever(x.lever);
        const LeverInfo& yInfo = knownLever(y.lever);
        const QString currency = setup.base.currency;
        QString line = QStringLiteral("%1").arg(QString(), 14);
        for (const double v : grid.xValues)
            line += QStringLiteral(" %1").arg(xInfo.format(v, currency), 12);
        console.out << line << '\n';
        for (int j = 0; j < grid.yValues.size(); ++j) {
            line = QStringLiteral("%1").arg(yInfo.format(grid.yValues[j], currency), 14);
            for (int i = 0; i < grid.xValues.size(); ++i)
                line += QStringLiteral(" %1").arg(outputText(output, grid.at(i, j), money), 12);
            console.out << line << '\n';
        }
        if (mixOutput(output).scale == MixOutputInfo::Scale::Money)
            console.out << QCoreApplication::translate("ScenarioTools", "money in %1").arg(money.label) << '\n';
        if (parser.isSet(QStringLiteral("csv")))
            writeGridCsv(parser.value(QStringLiteral("csv")), grid, name);
        return Success;
    });
}

int runScenarioGoal(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("scenario goal"));
    declareScenarioOptions(parser);
    parser.addOption(QStringLiteral("lever"), QCoreApplication::translate("ScenarioTools", "the lever to solve for"),
                     QStringLiteral("LEVER"));
    parser.addOption(QStringLiteral("target"),
                     QCoreApplication::translate("ScenarioTools",
                                                 "the output's value to reach (fractions as decimals: 0.1 = 10%; "
                                                 "money in base units)"),
                     QStringLiteral("VALUE"));
    parser.addOption(QStringLiteral("from"),
                     QCoreApplication::translate("ScenarioTools",
                                                 "search the lever from this value (default: its low bound)"),
                     QStringLiteral("VALUE"));
    parser.addOption(QStringLiteral("to"),
                     QCoreApplication::translate("ScenarioTools",
                                                 "search the lever up to this value (default: its high bound)"),
                     QStringLiteral("VALUE"));
    return runOnProject(parser, arguments.mid(1), console, [&](Project& project) {
        const SensitivityOutput output = outputOption(parser, QStringLiteral("scenario goal"));
        if (!parser.isSet(QStringLiteral("lever")) || !parser.isSet(QStringLiteral("target")))
            throw UsageError(QCoreApplication::translate("ScenarioTools",
                                                         "scenario goal: give --lever LEVER and --target VALUE"));
        const QString lever = parser.value(QStringLiteral("lever"));
        const double target = finiteNumber(QStringLiteral("scenario goal: --target"),
                                           parser.value(QStringLiteral("target")));
        const auto bound = [&](const char* option) -> std::optional<double> {
            const QString name = QString::fromLatin1(option);
            if (!parser.isSet(name))
                return std::nullopt;
            return finiteNumber(QStringLiteral("scenario goal: --") + name, parser.value(name));
        };
        const MixSetup setup = mixSetupFrom(parser, project);
        const BreakEven b = asUsage([&] {
            return BreakEven::solve(setup.scenario.levers, output, lever, target, bound("from"), bound("to"));
        });
        const LeverInfo& info = knownLever(lever);
        const DisplayUnit money = setup.moneyUnit();
        const QString currency = setup.base.currency;
        const QString name = parser.value(QStringLiteral("output"));
        const QString quarters = QString::number(setup.scenario.levers.horizon);
        if (!b.value) {
            console.out << QCoreApplication::translate(
                               "ScenarioTools",
                               "not reachable within %1 %2 … %3: %4 goes from %5 to %6 there, the target is %7")
                               .arg(lever, info.format(b.low, currency), info.format(b.high, currency), name,
                                    outputText(output, b.outputAtLow, money), outputText(output, b.outputAtHigh, money),
                                    outputText(output, target, money))
                        << '\n';
            return Failure;
        }
        console.out << QCoreApplication::translate("ScenarioTools", "%1 = %2 brings %3 to %4 (%5 quarters)")
                           .arg(lever, info.format(*b.value, currency), name, outputText(output, target, money),
                                quarters)
                    << '\n'
                    << QCoreApplication::translate("ScenarioTools", "value: %1").arg(QString::number(*b.value, 'g', 10))
                    << '\n';
        return Success;
    });
}

} // namespace mixshift::cli
