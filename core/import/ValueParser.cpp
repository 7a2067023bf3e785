#include "ValueParser.h"

#include <QSet>

#include <algorithm>

#include <charconv>
#include <utility>
#include <string>

namespace mixshift {

namespace {

bool isGroupingSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isFootnoteMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == '*' || u == '#' || u == 0x2020 || u == 0x2021 || u == 0x00B9 || u == 0x00B2 || u == 0x00B3 ||
           (u >= 0x2070 && u <= 0x2079);
}

bool isMissingMarker(const QString& text)
{
    static const QSet<QString> markers{
        QString(),           QStringLiteral("-"),   QStringLiteral("--"),  QStringLiteral("—"),
        QStringLiteral("——"), QStringLiteral("–"),  QStringLiteral("n/a"), QStringLiteral("#n/a"),
        QStringLiteral("na"), QStringLiteral("n.a."), QStringLiteral("…"), QStringLiteral("..."),
        QStringLiteral("nan"), QStringLiteral("null"), QStringLiteral("none"), QStringLiteral("無"),
        QStringLiteral("无"),  QStringLiteral("不適用"), QStringLiteral("不适用"),
    };
    return markers.contains(text.toLower());
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The length of a decimal exponent (`e+11`, `E-3`, `e6`) at `at`, or 0 when none starts there.
qsizetype exponentLength(QStringView text, qsizetype at)
{
    if (at >= text.size() || (text[at] != QLatin1Char('e') && text[at] != QLatin1Char('E')))
        return 0;
    qsizetype i = at + 1;
    if (i < text.size() && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')))
        ++i;
    const qsizetype digits = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    return i > digits ? i - at : 0;
}

// The qualifier a cell starts with, and how many characters it takes.
std::pair<QString, int> leadingQualifier(const QString& text)
{
    static const std::pair<const char*, const char*> forms[] = {
        {">=", "≥"}, {"<=", "≤"}, {"≥", "≥"}, {"≤", "≤"}, {">", ">"}, {"<", "<"}, {"≈", "≈"}, {"~", "≈"},
        {"约", "≈"}, {"約", "≈"}, {"超过", ">"}, {"超過", ">"},
    };
    for (const auto& [form, qualifier] : forms) {
        const QString f = QString::fromUtf8(form);
        if (text.startsWith(f))
            return {QString::fromUtf8(qualifier), static_cast<int>(f.size())};
    }
    return {QString(), 0};
}

} // namespace

ValueParser::ValueParser(NumberFormat format)
    : m_format(format)
{
}

QString ValueParser::normalizeWidth(const QString& text)
{
    const auto needsWork = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000 || u == 0x2212;
    };
    if (std::none_of(text.cbegin(), text.cend(), needsWork))
        return text;
    QString result = text;
    for (QChar& c : result) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(static_cast<char16_t>(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        else if (u == 0x2212)
            c = QLatin1Char('-');
    }
    return result;
}

bool ValueParser::parseNumber(QStringView written, double& number) const
{
    // Scientific notation (1.30605736424e+11) ends the number; the marks are judged on the digits before it.
    QStringView text = written;
    QStringView exponent;
    const qsizetype mark = std::max(written.lastIndexOf(QLatin1Char('e')), written.lastIndexOf(QLatin1Char('E')));
    if (mark > 0 && isAsciiDigit(written[mark - 1]) && exponentLength(written, mark) == written.size() - mark) {
        text = written.left(mark);
        exponent = written.mid(mark);
    }
    // A lone grouping mark not followed by three digits ("12,5" in a 1,234.56 file, "1 234,5") can only be
    // the decimal mark of a writer with the other habit.
    QChar decimal = m_format.decimal;
    QChar thousands = m_format.thousands;
    if (!thousands.isNull() && !text.contains(decimal) && text.count(thousands) == 1 &&
        text.size() - text.indexOf(thousands) - 1 != 3)
        std::swap(decimal, thousands);

    std::string ascii;
    ascii.reserve(static_cast<std::size_t>(text.size()));
    bool seenDecimal = false;
    bool seenDigit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            ascii += static_cast<char>(c.unicode());
            seenDigit = true;
        } else if (c == decimal && !seenDecimal) {
            ascii += '.';
            seenDecimal = true;
        } else if ((c == thousands && !thousands.isNull() && !seenDecimal && seenDigit) ||
                   (isGroupingSpace(c) && seenDigit && !seenDecimal)) {
            continue;
        } else {
            return false;
        }
    }
    if (!seenDigit)
        return false;
    for (const QChar c : exponent)
        ascii += static_cast<char>(c.unicode());
    const auto [end, error] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), number);
    return error == std::errc() && end == ascii.data() + ascii.size();
}

ParsedValue ValueParser::parse(const QString& cell) const
{
    return parse(cell, Ranges::Allowed);
}

ParsedValue ValueParser::parse(const QString& cell, Ranges ranges) const
{
    ParsedValue result;
    // Most cells of big files are plain numbers: read those without the general path's copies.
    if (!cell.isEmpty() && cell.size() < 32 && std::all_of(cell.cbegin(), cell.cend(), [](QChar c) {
            return isAsciiDigit(c) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('e') ||
                   c == QLatin1Char('E') || c == QLatin1Char('+');
        }) && m_format.decimal == QLatin1Char('.')) {
        char ascii[32];
        for (qsizetype i = 0; i < cell.size(); ++i)
            ascii[i] = static_cast<char>(cell[i].unicode());
        const auto [end, error] = std::from_chars(ascii, ascii + cell.size(), result.number);
        if (error == std::errc() && end == ascii + cell.size()) {
            result.status = ParsedValue::Status::Number;
            return result;
        }
    }
    QString text = normalizeWidth(cell).trimmed();
    while (!text.isEmpty() && isFootnoteMark(text.at(text.size() - 1)))
        text.chop(1);
    text = text.trimmed();
    // Excel's mark for "keep this as text": '002352 is 2352, '12.5 is 12.5.
    if (text.size() > 1 && text.at(0) == QLatin1Char('\''))
        text = text.mid(1).trimmed();
    if (isMissingMarker(text))
        return result;

    const auto [qualifier, qualifierLength] = leadingQualifier(text);
    result.qualifier = qualifier;
    text = text.mid(qualifierLength).trimmed();

    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }

    // Split "US$ 8.4bn" into prefix "US$", number "8.4" and suffix "bn".
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isDigit())
        ++start;
    qsizetype end = start;
    while (end < text.size() && (text.at(end).isDigit() || text.at(end) == m_format.decimal ||
                                 text.at(end) == m_format.thousands || isGroupingSpace(text.at(end))))
        ++end;
    while (end > start && isGroupingSpace(text.at(end - 1)))
        --end;
    // An exponent must follow a digit directly: "2.5e", "3em" and "5 e5" keep their letters as unit words.
    if (end > start && text.at(end - 1).isDigit())
        end += exponentLength(text, end);
    QString prefix = text.left(start).trimmed();
    const QString suffix = text.mid(end).trimmed();
    if (prefix.endsWith(QLatin1Char('-')) || prefix.endsWith(QLatin1Char('+'))) {
        negative = negative != prefix.endsWith(QLatin1Char('-'));
        prefix.chop(1);
        prefix = prefix.trimmed();
    }

    result.status = ParsedValue::Status::Invalid;
    if (start == text.size()) {
        result.reason = tr("not a number");
        return result;
    }
    const bool rangeMark = suffix.startsWith(QLatin1Char('-')) || suffix.startsWith(QChar(0x2013)) ||
                           suffix.startsWith(QChar(0x2014)) || suffix.startsWith(QChar(0x301C)) ||
                           suffix.startsWith(QLatin1Char('~'));
    if (rangeMark && suffix.size() > 1 && suffix.at(1).isDigit()) {
        if (ranges == Ranges::Refused) {
            result.reason = tr("not a number or a range");
            return result;
        }
        const ParsedValue high = parse(suffix.mid(1), Ranges::Refused);
        double low = 0;
        if (high.status != ParsedValue::Status::Number ||
            !parseNumber(QStringView(text).mid(start, end - start), low)) {
            result.reason = tr("not a number or a range");
            return result;
        }
        result.status = ParsedValue::Status::Range;
        result.number = negative ? -low : low;
        result.high = high.number;
        result.unit = high.unit;
        result.unitText = high.unitText;
        result.reason = tr("a range (%1), not a single value").arg(text);
        return result;
    }
    if (!parseNumber(QStringView(text).mid(start, end - start), result.number)) {
        result.reason = m_format.thousands.isNull()
                            ? tr("not a number in this file's format (decimal '%1')").arg(m_format.decimal)
                            : tr("not a number in this file's format (decimal '%1', thousands '%2')")
                                  .arg(QString(m_format.decimal), QString(m_format.thousands));
        return result;
    }
    const auto unit = prefix.isEmpty() && suffix.isEmpty() ? std::optional<Unit>(Unit()) : Unit::parse(prefix + QLatin1Char(' ') + suffix);
    if (!unit) {
        result.reason = tr("the unit '%1' names two scales or two currencies")
                            .arg((prefix + QLatin1Char(' ') + suffix).trimmed());
        return result;
    }
    for (const QChar c : prefix + suffix) {
        if (c.isDigit()) {
            result.reason = tr("more than one number");
            return result;
        }
    }
    result.unit = *unit;
    result.unitText = (prefix + QLatin1Char(' ') + suffix).trimmed();
    if (negative)
        result.number = -result.number;
    result.status = ParsedValue::Status::Number;
    return result;
}

} // namespace mixshift
