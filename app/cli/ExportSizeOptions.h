#pragma once

#include "io/ExportSize.h"

#include <functional>

class QCustomPlot;
class QTextStream;

namespace mixshift::cli {

class ArgumentParser;

/// The options that size an exported chart, for every command that writes one: `--width`, `--height` (pixels,
/// or a length in mm, cm or in), `--dpi` or `--scale` for a PNG, `--transparent`.
void addExportSizeOptions(ArgumentParser& parser);

/// The size those options ask for, checked for `path` (ChartExport::exportProblem: the suffix, the sides, the
/// PNG's pixels); throws UsageError starting with `command` otherwise.
ExportSize exportSize(const ArgumentParser& parser, const QString& command, const QString& path);

/// `--plot PLOT --out FILE` of a command that draws one of its results: draws it with `draw`, writes FILE at
/// `size` (exportSize(), checked before the command's work) and says so on `out`.
void exportPlot(const ArgumentParser& parser, const ExportSize& size, QTextStream& out,
                const std::function<void(QCustomPlot* plot)>& draw);

} // namespace mixshift::cli
