#pragma once

#include <QString>

/// CSV injection, both ways. A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
/// return before one) as a formula, so a provider or source named `=HYPERLINK(…)` would become a live link in
/// Excel. Every text cell MixShift writes goes through protect(), which puts an apostrophe in front, as OWASP
/// recommends, and every cell the importer reads goes through unprotect(), so an exported file re-imports to the
/// same names. Plain numbers (`-0.5`, `+3`, `1e-9`) are not formulas and stay as they are.
namespace mixshift::CsvFormulaGuard {

/// The cell as it is safe to write: with a leading apostrophe when a spreadsheet would read it as a formula (also
/// when it already starts with apostrophes before such a character, so unprotect() gives it back exactly).
QString protect(const QString& cell);

/// The cell as it was before protect(): one or more apostrophes followed by `=`, `+`, `-`, `@`, a tab or a
/// carriage return lose the first apostrophe; any other cell is returned as it is.
QString unprotect(const QString& cell);

} // namespace mixshift::CsvFormulaGuard
