#pragma once

#include <QString>

/// Text from a project or a file shown on a terminal. A name can hold control characters (an escape sequence
/// that recolours or clears the screen, a carriage return that overwrites the line) or bidirectional overrides
/// (U+202E turns `txt.exe` around), which a terminal would obey: they are shown as `\uXXXX` instead.
namespace mixshift::cli::TerminalText {

/// `text` with C0 and C1 control characters (a tab included), DEL and the bidirectional embedding, override,
/// isolate and mark characters (U+061C, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069) written as `\uXXXX`.
QString escaped(const QString& text);

} // namespace mixshift::cli::TerminalText
