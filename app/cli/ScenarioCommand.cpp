#include "ArgumentParser.h"
#include "Commands.h"
#include "ExportSizeOptions.h"
#include "MixSetup.h"
#include "ShareScenario.h"
#include "TerminalText.h"
#include "TextTable.h"

#include "Error.h"
#include "domain/Unit.h"
#include "io/TableFile.h"
#include "scenario/Calibration.h"
#include "scenario/MixModel.h"
#include "scenario/MixQuarterTable.h"
#include "scenario/StatusQuoForecast.h"
#include "scenario/MonteCarlo.h"
#include "scenario/ScenarioPlots.h"
#include "scenario/ScenarioStore.h"
#include "scenario/Sensitivity.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mixshift::cli {

namespace {

/// The generator takes 32 bits of seed: a larger one would repeat a smaller one's draws.
constexpr qint64 maxSeed = 4294967295LL;

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

/// "Project-based share of revenue (project_share): 30%": the lever in words, the key a user types, the value
/// as a person reads it.
QString leverLine(const LeverInfo& info, double value, const QString& currency)
{
    return QStringLiteral("%1 (%2): %3").arg(info.titleText(), QLatin1String(info.name), info.format(value, currency));
}

/// `--tornado ebita|revenue|margin|recovery`: each lever's swing of that output, widest first.
void printTornado(QTextStream& out, const MixLevers& levers, const QString& name, const DisplayUnit& unit)
{
    const SensitivityOutput output = findMixOutput(name)->output;
    const auto shown = [&](double value) { return outputText(output, value, unit); };
    out << QCoreApplication::translate("ScenarioCommand", "sensitivity of %1 (base %2):")
               .arg(name, shown(Sensitivity::output(levers, output)))
        << '\n';
    for (const LeverSwing& swing : Sensitivity::tornado(levers, output)) {
        const LeverInfo* info = findLever(swing.lever);
        out << QStringLiteral("  %1 %2 → %3   %4 → %5\n")
                   .arg(QStringLiteral("%1 (%2)").arg(info->titleText(), swing.lever), -62)
                   .arg(info->format(swing.low), 14)
                   .arg(shown(swing.outputAtLow), 10)
                   .arg(info->format(swing.high), 14)
                   .arg(shown(swing.outputAtHigh), 10);
    }
}

} // namespace

int runScenario(const QStringList& arguments, Console console)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("grid"))
        return runScenarioGrid(arguments, console);
    if (sub == QLatin1String("goal"))
        return runScenarioGoal(arguments, console);
    if (sub != QLatin1String("run") && sub != QLatin1String("list"))
        return console.usage(QCoreApplication::translate(
            "ScenarioCommand", "scenario: use 'scenario run', 'scenario list', 'scenario grid' or 'scenario goal'"));
    ArgumentParser parser(QStringLiteral("scenario ") + sub);
    if (sub == QLatin1String("list"))
        return runOnProject(parser, arguments.mid(1), console, [&console](Project& project) {
            ScenarioStore store(project.db());
            for (const QString& name : store.names()) {
                const auto s = store.load(name);
                console.out << TerminalText::escaped(name) << '\t' << s->model << '\t' << TerminalText::escaped(s->provider)
                            << '\n';
            }
            return Success;
        });

    QStringList levers;
    for (const LeverInfo& info : mixLeverInfo())
        levers << QString::fromLatin1(info.name);
    parser.addOption(
        QStringLiteral("name"),
        QCoreApplication::translate("ScenarioCommand", "run a saved mix scenario (mixshift scenario list shows them)"),
        QStringLiteral("SAVED"));
    parser.addOption(
        QStringLiteral("model"),
        QCoreApplication::translate("ScenarioCommand",
                                    "mix: project-based revenue winding down into public cloud, quarter by quarter; "
                                    "share: a market's shares year by year; penetration: public cloud's share of a "
                                    "country's compute"),
        QStringLiteral("MODEL"));
    parser.addOption(
        QStringLiteral("provider"),
        QCoreApplication::translate("ScenarioCommand",
                                    "mix: the provider, whose latest quarter with revenue is quarter 0 (default %1)")
            .arg(defaultMixProvider()),
        QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("set"),
                     QCoreApplication::translate(
                         "ScenarioCommand",
                         "a lever or setting, once for each (fractions as decimals: 0.3 = 30%); mix: %1; share: "
                         "market_growth, years; penetration: start_share, target_share, compute_market (these three "
                         "needed), compute_growth, years, start_year")
                         .arg(levers.join(QStringLiteral(", "))),
                     QStringLiteral("LEVER=VALUE"));
    parser.addOption(
        QStringLiteral("calibrate"),
        QCoreApplication::translate("ScenarioCommand",
                                    "mix: targets to meet by solving for the --solve levers: revenue_growth@Q, "
                                    "ebita_growth@Q, margin@Q, revenue@Q, ebita@Q (Q a quarter within the horizon)"),
        QStringLiteral("TARGET=VALUE,..."));
    parser.addOption(QStringLiteral("solve"),
                     QCoreApplication::translate("ScenarioCommand", "mix: the levers --calibrate solves for"),
                     QStringLiteral("LEVER,..."));
    parser.addOption(QStringLiteral("monte-carlo"),
                     QCoreApplication::translate("ScenarioCommand", "mix: P5…P95 bands from N random draws, 1 to %1")
                         .arg(MonteCarlo::maxDraws),
                     QStringLiteral("N"));
    parser.addOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("ScenarioCommand", "with --monte-carlo: the random seed, 0 to %1").arg(maxSeed),
        QStringLiteral("S"));
    parser.addOption(QStringLiteral("vary"),
                     QCoreApplication::translate(
                         "ScenarioCommand", "with --monte-carlo: how a lever varies, once for each: uniform(low,high), "
                                            "triangular(low,mode,high), normal(mean,sd) or lognormal(mu,sigma) "
                                            "(default: %1)").arg(MonteCarlo::defaultVaryText()),
                     QStringLiteral("LEVER=DIST(a,b[,c])"));
    parser.addOption(
        QStringLiteral("tornado"),
        QCoreApplication::translate("ScenarioCommand",
                                    "mix: rank the levers by how far each swings this output across its bounds"),
        QStringLiteral("OUTPUT"));
    parser.addOption(
        QStringLiteral("save"),
        QCoreApplication::translate("ScenarioCommand",
                                    "mix: keep the levers in the project under this name (the one option that writes "
                                    "to the project)"),
        QStringLiteral("NAME"));
    parser.addOption(QStringLiteral("notes"),
                     QCoreApplication::translate("ScenarioCommand", "with --save: notes kept with the scenario"),
                     QStringLiteral("TEXT"));
    parser.addOption(
        QStringLiteral("market"),
        QCoreApplication::translate("ScenarioCommand", "share: the market's key (default: Gartner worldwide IaaS)"),
        QStringLiteral("KEY"));
    parser.addOption(QStringLiteral("year"),
                     QCoreApplication::translate("ScenarioCommand", "share: the base year (default 2022)"),
                     QStringLiteral("Y"));
    parser.addOption(
        QStringLiteral("source"),
        QCoreApplication::translate("ScenarioCommand",
                                    "share: the source key of the base-year shares, or current for each period's "
                                    "current values (default: the article)"),
        QStringLiteral("KEY|current"));
    parser.addOption(
        QStringLiteral("growth"),
        QCoreApplication::translate("ScenarioCommand",
                                    "share: a provider's own yearly revenue growth instead of the market's, once for "
                                    "each (above -1)"),
        QStringLiteral("PROVIDER=RATE"));
    parser.addOption(
        QStringLiteral("transfer"),
        QCoreApplication::translate("ScenarioCommand",
                                    "share: move POINTS of share (0.02 = 2 points) from one provider to another in "
                                    "YEAR, once for each"),
        QStringLiteral("YEAR,FROM,TO,POINTS"));
    parser.addOption(
        QStringLiteral("csv"),
        QCoreApplication::translate("ScenarioCommand",
                                    "the results as CSV: the quarters (with the P5…P95 bands of --monte-carlo) or the "
                                    "years; a name ending in .xlsx writes a workbook"),
        QStringLiteral("OUT"), ArgumentParser::Role::Output);
    parser.addOption(
        QStringLiteral("plot"),
        QCoreApplication::translate("ScenarioCommand",
                                    "mix: draw the paths (against the status quo), the revenue bridge, the tornado "
                                    "(of --tornado, default ebita) or the Monte Carlo fan (with --monte-carlo); share: "
                                    "the shares year by year; into --out"),
        QStringLiteral("PLOT"));
    parser.addOption(
        QStringLiteral("out"),
        QCoreApplication::translate("ScenarioCommand",
                                    "with --plot: the file to write, .png, .pdf, .svg or .csv (the values drawn)"),
        QStringLiteral("FILE"), ArgumentParser::Role::Output);
    addExportSizeOptions(parser);
    parser.requireOneOf(QStringLiteral("model"), {QStringLiteral("mix"), QStringLiteral("share"), QStringLiteral("penetration")});
    parser.requireOneOf(QStringLiteral("plot"), {QStringLiteral("paths"), QStringLiteral("bridge"), QStringLiteral("tornado"),
                                                 QStringLiteral("fan"), QStringLiteral("shares")});
    parser.requireOneOf(QStringLiteral("tornado"), mixOutputKeys());
    addStatusQuoOption(parser);
    return runOnProject(parser, arguments.mid(1), console, [&](Project& project) -> int {
        const QString model = parser.value(QStringLiteral("model"));
        const QString plot = parser.value(QStringLiteral("plot"));
        if (parser.isSet(QStringLiteral("plot")) != parser.isSet(QStringLiteral("out")))
            throw UsageError(
                QCoreApplication::translate("ScenarioCommand", "scenario: --plot PLOT and --out FILE go together"));
        if (parser.isSet(QStringLiteral("plot"))) {
            if (model == QLatin1String("penetration"))
                throw UsageError(QCoreApplication::translate(
                    "ScenarioCommand", "scenario: the penetration model has no --plot (its --csv has the path)"));
            if ((plot == QLatin1String("shares")) != (model == QLatin1String("share")))
                throw UsageError(
                    model == QLatin1String("share")
                        ? QCoreApplication::translate("ScenarioCommand",
                                                      "scenario: the share model plots --plot shares")
                        : QCoreApplication::translate("ScenarioCommand",
                                                      "scenario: --plot shares is the share model's (--model share)"));
        }
        if (model == QLatin1String("share"))
            return runShareScenario(parser, project, console);
        if (model == QLatin1String("penetration"))
            return runPenetrationScenario(parser, console);
        if (!parser.isSet(QStringLiteral("name")) && model != QLatin1String("mix"))
            throw Error(QCoreApplication::translate(
                "ScenarioCommand", "scenario run: give --name SAVED or --model mix|share|penetration"));
        MixSetup setup = mixSetupFrom(parser, project);
        SavedScenario& scenario = setup.scenario;
        const BaseQuarter& stored = setup.stored;
        const BaseQuarter& base = setup.base;
        const bool monteCarlo = parser.isSet(QStringLiteral("monte-carlo"));
        if (!monteCarlo && (parser.isSet(QStringLiteral("vary")) || parser.isSet(QStringLiteral("seed"))))
            throw UsageError(QCoreApplication::translate(
                "ScenarioCommand", "scenario: --vary and --seed go with --monte-carlo N (the number of draws)"));
        if (plot == QLatin1String("fan") && !monteCarlo)
            throw UsageError(QCoreApplication::translate(
                "ScenarioCommand", "scenario: --plot fan draws the bands of --monte-carlo N; give it"));
        // The size checked before the model runs.
        const std::optional<ExportSize> plotSize =
            parser.isSet(QStringLiteral("plot"))
                ? std::optional(exportSize(parser, QStringLiteral("scenario"), parser.value(QStringLiteral("out"))))
                : std::nullopt;

        QString calibration;
        if (parser.isSet(QStringLiteral("calibrate")) || parser.isSet(QStringLiteral("solve"))) {
            QVector<CalibrationTarget> targets;
            for (const QString& target : parser.value(QStringLiteral("calibrate")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                targets << asUsage([&] { return CalibrationTarget::parse(target); });
            const QStringList levers = parser.value(QStringLiteral("solve")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            const CalibrationResult c = asUsage([&] { return Calibration::solve(scenario.levers, levers, targets); });
            scenario.levers = c.levers;
            QTextStream text(&calibration);
            text << QCoreApplication::translate("ScenarioCommand", "calibration: %1").arg(c.message) << '\n';
            for (const QString& lever : c.solved)
                text << "  "
                     << QCoreApplication::translate("ScenarioCommand", "solved %1")
                            .arg(leverLine(*findLever(lever), leverValue(c.levers, lever), base.currency))
                     << '\n';
            for (int i = 0; i < targets.size(); ++i)
                text << "  "
                     << QCoreApplication::translate("ScenarioCommand", "residual %1 = %2")
                            .arg(targets[i].name(), number(c.residuals.value(i)))
                     << '\n';
            if (c.status != CalibrationResult::Status::Solved) {
                console.out << calibration;
                return Failure;
            }
        }

        const MixResult r = MixModel::run(scenario.levers);
        std::optional<MonteCarloResult> mc;
        if (monteCarlo) {
            MonteCarloSettings settings = MonteCarloSettings::defaults(scenario.levers);
            settings.draws = static_cast<int>(
                wholeNumber(QStringLiteral("scenario: --monte-carlo"), parser.value(QStringLiteral("monte-carlo")), 1,
                            MonteCarlo::maxDraws));
            if (parser.isSet(QStringLiteral("seed")))
                settings.seed = static_cast<std::uint64_t>(
                    wholeNumber(QStringLiteral("scenario: --seed"), parser.value(QStringLiteral("seed")), 0, maxSeed));
            if (parser.isSet(QStringLiteral("vary")))
                settings.vary = asUsage([&] { return MonteCarlo::parseVary(parser.values(QStringLiteral("vary"))); });
            mc = MonteCarlo::run(scenario.levers, settings);
        }

        const DisplayUnit unit = base.moneyUnit();
        const auto figures = [&unit](double revenue, const std::optional<double>& ebita) {
            return ebita
                       ? QCoreApplication::translate("ScenarioCommand", "revenue %1, EBITA %2")
                             .arg(unit.formatWithUnit(revenue), unit.formatWithUnit(*ebita))
                       : QCoreApplication::translate("ScenarioCommand", "revenue %1").arg(unit.formatWithUnit(revenue));
        };
        // Quarter 0 is what the levers start from; figures set here are not the project's quarter.
        console.out << QCoreApplication::translate("ScenarioCommand", "provider: %1").arg(base.provider) << '\n'
                    << QCoreApplication::translate("ScenarioCommand", "base quarter: %1")
                           .arg(base.figuresGiven
                                    ? QCoreApplication::translate(
                                          "ScenarioCommand",
                                          "Q0, figures set here (%1), not the project's %2 (%3); quarters are counted "
                                          "from it")
                                          .arg(figures(base.revenue, base.ebita), stored.label(0),
                                               figures(stored.revenue, stored.ebita))
                                    : QStringLiteral("%1 (%2)").arg(base.label(0), figures(base.revenue, base.ebita)))
                    << "\n"
                    << (scenario.levers.baseEbita
                            ? QCoreApplication::translate("ScenarioCommand",
                                                          "public-cloud margin: %1 (implied by the base quarter)")
                            : QCoreApplication::translate("ScenarioCommand", "public-cloud margin: %1 (lever)"))
                           .arg(formatPercent(scenario.levers.effectivePublicMargin()))
                    << '\n';
        for (const LeverInfo& info : mixLeverInfo())
            console.out << "  " << leverLine(info, info.get(scenario.levers), base.currency) << '\n';
        console.out << calibration;
        console.out << QCoreApplication::translate("ScenarioCommand", "status quo: %1")
                           .arg(StatusQuoForecast::describe(r))
                    << '\n';
        const MixQuarterTable::Shown quarters = MixQuarterTable::shown(base, r, unit, mc ? &*mc : nullptr);
        TextTable table(console.out, quarters.headings);
        for (const QStringList& row : quarters.rows)
            table.addRow(row);
        table.finish();
        console.out << QCoreApplication::translate("ScenarioCommand", "unit: %1").arg(unit.label) << '\n'
                    << QCoreApplication::translate("ScenarioCommand", "revenue foregone vs status quo (cumulative): %1")
                           .arg(unit.formatWithUnit(r.revenueForegone))
                    << '\n'
                    << QCoreApplication::translate("ScenarioCommand", "EBITA gained vs status quo (cumulative): %1")
                           .arg(unit.formatWithUnit(r.ebitaGained))
                    << '\n'
                    << QCoreApplication::translate("ScenarioCommand", "trough quarter: %1 (%2)")
                           .arg(QString::number(r.troughQuarter), base.label(r.troughQuarter))
                    << '\n'
                    << QCoreApplication::translate("ScenarioCommand", "recovery to status quo: %1")
                           .arg(r.recoveryQuarter
                                    ? QCoreApplication::translate("ScenarioCommand", "quarter %1 (%2)")
                                          .arg(*r.recoveryQuarter)
                                          .arg(base.label(*r.recoveryQuarter))
                                    : QCoreApplication::translate("ScenarioCommand", "not within the horizon"))
                    << '\n'
                    << QCoreApplication::translate(
                           "ScenarioCommand", "bridge: %1 − wind-down %2 + conversion %3 + organic %4 + AI %5 = %6")
                           .arg(unit.format(r.bridge.start), unit.format(-r.bridge.windDown),
                                unit.format(r.bridge.conversion), unit.format(r.bridge.organic),
                                unit.format(r.bridge.aiUplift), unit.format(r.bridge.end))
                    << '\n';
        if (parser.isSet(QStringLiteral("tornado")))
            printTornado(console.out, scenario.levers, parser.value(QStringLiteral("tornado")), unit);
        if (mc)
            console.out << QCoreApplication::translate("ScenarioCommand", "draws: %1").arg(mc->draws) << '\n'
                        << QCoreApplication::translate("ScenarioCommand", "P(revenue at H >= base): %1")
                               .arg(formatPercent(mc->probabilityRevenueAtLeastBase))
                        << '\n';
        if (parser.isSet(QStringLiteral("csv")))
            TableFile::save(parser.value(QStringLiteral("csv")), {MixQuarterTable::data(base, r, mc ? &*mc : nullptr)});
        if (plotSize)
            exportPlot(parser, *plotSize, console.out, [&](QCustomPlot* drawing) {
                if (plot == QLatin1String("paths"))
                    ScenarioPlots::drawPaths(drawing, base, r, unit, mc ? &*mc : nullptr);
                else if (plot == QLatin1String("bridge"))
                    ScenarioPlots::drawBridge(drawing, base, r, unit);
                else if (plot == QLatin1String("tornado"))
                    ScenarioPlots::drawTornado(drawing, base, scenario.levers,
                                               parser.isSet(QStringLiteral("tornado"))
                                                   ? findMixOutput(parser.value(QStringLiteral("tornado")))->output
                                                   : SensitivityOutput::EbitaAtHorizon,
                                               unit);
                else
                    ScenarioPlots::drawFan(drawing, base, *mc, unit);
            });
        if (parser.isSet(QStringLiteral("save"))) {
            scenario.name = parser.value(QStringLiteral("save"));
            scenario.model = QStringLiteral("mix");
            scenario.notes = parser.value(QStringLiteral("notes"));
            ScenarioStore(project.db()).save(scenario);
            console.out << QCoreApplication::translate("ScenarioCommand", "saved as: %1").arg(scenario.name) << '\n';
        }
        return Success;
    }, [&parser] { return parser.isSet(QStringLiteral("save")); });
}

} // namespace mixshift::cli
