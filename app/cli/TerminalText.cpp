#include "TerminalText.h"

#include <QList>

#include <algorithm>

namespace mixshift::cli::TerminalText {

namespace {

bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
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

int displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString clipped(const QString& text, int columns)
{
    // Every character takes at least one column, so the first columns + 1 decide.
    const QString head = text.left(columns + 1);
    const QString shown = escaped(head);
    if (head.size() == text.size() && displayWidth(shown) <= columns)
        return shown;
    QString cut;
    int width = 0;
    for (const char32_t c : shown.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (width + w > columns - 1)
            break;
        cut += QString::fromUcs4(&c, 1);
        width += w;
    }
    return cut + QStringLiteral("…");
}

} // namespace mixshift::cli::TerminalText
