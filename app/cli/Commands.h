#pragma once

#include "Console.h"

#include <QStringList>

// PROJECT, wherever a command takes one, is a project file or a team store's postgresql:// URI.

namespace mixshift::cli {

/// `mixshift init PROJECT [--sample]`
int runInit(const QStringList& arguments, Console console);
/// `mixshift copy --from PROJECT --to PROJECT`: a whole project into a new file or an empty team store
int runCopy(const QStringList& arguments, Console console);
/// `mixshift info --db PROJECT`
int runInfo(const QStringList& arguments, Console console);
/// `mixshift import FILE --db PROJECT [options]`
int runImport(const QStringList& arguments, Console console);
/// `mixshift imports [list] --db PROJECT [--format csv|table]` and `mixshift imports undo --db PROJECT --batch ID`
int runImports(const QStringList& arguments, Console console);
/// `mixshift query --db PROJECT [--provider NAME] [--metric KEY] [--format csv|table]`
int runQuery(const QStringList& arguments, Console console);

/// `mixshift export-chart --db PROJECT (--chart NAME | --series SPEC ...) --out FILE [options]` (needs a
/// QApplication; the offscreen platform serves when there is no display)
int runExportChart(const QStringList& arguments, Console console);
/// `mixshift report --db PROJECT [--chart NAME ...] [--scenario NAME ...] [--title T] [--author A] --out FILE.pdf`
/// (needs a QApplication, as export-chart does)
int runReport(const QStringList& arguments, Console console);
/// `mixshift check --db PROJECT`: stated figures that disagree with what others imply
int runCheck(const QStringList& arguments, Console console);
/// `mixshift scenario run --db PROJECT (--name SAVED | --model mix|share|penetration) [...]` and `mixshift scenario list --db PROJECT`
int runScenario(const QStringList& arguments, Console console);
/// `mixshift scenario grid --db PROJECT --model mix --x LEVER=FROM:TO:STEPS --y LEVER=FROM:TO:STEPS --output OUTPUT`
int runScenarioGrid(const QStringList& arguments, Console console);
/// `mixshift scenario goal --db PROJECT --model mix --lever LEVER --output OUTPUT --target VALUE`
int runScenarioGoal(const QStringList& arguments, Console console);
/// `mixshift forecast --db PROJECT --series SPEC --horizon H [--model auto|CODE] [--level 80,95] [--csv OUT]`
int runForecast(const QStringList& arguments, Console console);
/// `mixshift chart list --db PROJECT`
int runChartList(const QStringList& arguments, Console console);

} // namespace mixshift::cli
