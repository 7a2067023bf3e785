#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace mixshift::Language {

/// The languages of the interface, by the codes `--lang` and the preferences use: "en" (the source texts),
/// "zh_CN" (Simplified Chinese) and "zh_TW" (Traditional Chinese, with Taiwan's and Hong Kong's terms).
QStringList codes();

/// A language's name in itself, as a menu of languages shows it: English, 简体中文, 繁體中文.
QString nativeName(const QString& code);

/// The language for a locale: zh_TW for Traditional Chinese (the Hant script, or Taiwan, Hong Kong, Macau),
/// zh_CN for any other Chinese, en for everything else.
QString forLocale(const QLocale& locale);

/// Takes `--lang CODE` or `--lang=CODE` out of `arguments` (the last one counts) and returns CODE, or an empty
/// string when there is none. Throws Error when the code is missing or not one of codes().
QString takeOption(QStringList& arguments);

/// Puts the interface in `code`: loads the program's translation and Qt's own (its standard buttons and dialogs,
/// where the system has them), replacing the ones loaded before, and makes the language's locale the default for
/// numbers and dates (the system's own when it speaks that language). "en" unloads them; an empty code means the
/// system's language. Needs the application.
void install(const QString& code);

/// The code install() was last given; "en" before.
QString installed();

} // namespace mixshift::Language
