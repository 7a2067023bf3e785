#include "TerminalText.h"

#include <algorithm>

namespace mixshift::cli::TerminalText {

namespace {

bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString escaped(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isUnsafe(c.unicode()); }))
        return text;
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isUnsafe(c.unicode()))
            result += QStringLiteral("\\u") + QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            result += c;
    }
    return result;
}

} // namespace mixshift::cli::TerminalText
