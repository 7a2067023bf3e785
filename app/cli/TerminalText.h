#pragma once

#include <QString>

/// Text from a project or a file shown on a terminal. A name can hold control characters (an escape sequence
/// that recolours or clears the screen, a carriage return that overwrites the line) or bidirectional overrides
/// (U+202E turns `txt.exe` around), which a terminal would obey: they are shown as `\uXXXX` instead. And a name
/// can be 100 KB long: what is shown can be clipped to a number of columns.
namespace mixshift::cli::TerminalText {

/// `text` with C0 and C1 control characters (a tab included), DEL and the bidirectional embedding, override,
/// isolate and mark characters (U+061C, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069) written as `\uXXXX`.
QString escaped(const QString& text);

/// The columns a terminal draws `text` in: two for East Asian wide characters (Chinese among them), one else.
int displayWidth(const QString& text);

/// `text` escaped and, when it would take more than `columns` display columns, cut to `columns` with an
/// ellipsis as the last. Only the first `columns` + 1 characters are looked at, however long the text.
QString clipped(const QString& text, int columns);

} // namespace mixshift::cli::TerminalText
