#pragma once

#include "io/ExportSize.h"

namespace mixshift::cli {

class ArgumentParser;

/// The options that size an exported chart, for every command that writes one: `--width`, `--height` (pixels,
/// or a length in mm, cm or in), `--dpi` or `--scale` for a PNG, `--transparent`.
void addExportSizeOptions(ArgumentParser& parser);

/// The size those options ask for, checked for `path` (ChartExport::exportProblem: the suffix, the sides, the
/// PNG's pixels); throws UsageError starting with `command` otherwise.
ExportSize exportSize(const ArgumentParser& parser, const QString& command, const QString& path);

} // namespace mixshift::cli
