#pragma once

#include <QStringList>

namespace mixshift::CommandLine {

/// True when the arguments ask for a headless command (init, info, query, help, --version, --help) rather than the GUI.
bool isHeadless(const QStringList& arguments);

/// True for headless commands that draw (export-chart, scenario run --plot): they need a QApplication, offscreen
/// without a display.
bool needsGui(const QStringList& arguments);

/// Runs a headless command; `arguments` include the program name. Returns the process exit code.
int run(const QStringList& arguments);

/// Checks the GUI's own arguments (`mixshift [PROJECT]`); an empty string when they are fine, else the problem.
QString checkGuiArguments(const QStringList& arguments);

} // namespace mixshift::CommandLine
