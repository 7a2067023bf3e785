#include "NumberFormatCode.h"

#include <QRegularExpression>

namespace mixshift::NumberFormatCode {

namespace {

// An "m" next to a colon (past a run of m's) is minutes.
bool besideColon(const QString& code, qsizetype at)
{
    qsizetype before = at;
    while (before > 0 && code[before - 1].toLower() == QLatin1Char('m'))
        --before;
    qsizetype after = at;
    while (after < code.size() && code[after].toLower() == QLatin1Char('m'))
        ++after;
    return (before > 0 && code[before - 1] == QLatin1Char(':')) ||
           (after < code.size() && code[after] == QLatin1Char(':'));
}

} // namespace

ShownAs classify(const QString& code)
{
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return ShownAs::Number;
    // Only the first section counts (positive numbers); quoted text, escaped characters and [colour]/[$-locale]
    // brackets are not format letters. Elapsed-time brackets ([h]) are.
    bool percent = false;
    bool date = false;
    bool time = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuotes) {
            inQuotes = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                break;
            // Only [h], [mm], [ss]… (elapsed time) are format letters; [Magenta], [$-409], [>100] are not.
            static const QRegularExpression elapsed(QStringLiteral("^(h+|m+|s+)$"),
                                                    QRegularExpression::CaseInsensitiveOption);
            if (elapsed.match(code.mid(i + 1, end - i - 1)).hasMatch())
                time = true;
            i = end;
        } else if (c == QLatin1Char(';')) {
            break;
        } else if (c == QLatin1Char('%')) {
            percent = true;
        } else if (code.mid(i, 5).compare(QLatin1String("AM/PM"), Qt::CaseInsensitive) == 0 ||
                   code.mid(i, 3).compare(QLatin1String("A/P"), Qt::CaseInsensitive) == 0) {
            time = true; // a 12-hour clock: its M is no month
            i += code[i + 1] == QLatin1Char('/') ? 2 : 4;
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('d') || c == QChar(0x5E74) || c == QChar(0x65E5))
                date = true; // also 年 and 日 in East Asian date formats
            else if (l == QLatin1Char('h') || l == QLatin1Char('s'))
                time = true;
            else if (l == QLatin1Char('m'))
                (besideColon(code, i) ? time : date) = true; // "mm:ss" minutes, "mmm-yy" months
        }
    }
    if (date && time)
        return ShownAs::DateTime;
    if (date)
        return ShownAs::Date;
    if (time)
        return ShownAs::Time;
    return percent ? ShownAs::Percent : ShownAs::Number;
}

ShownAs classifyBuiltin(int id)
{
    if (id == 9 || id == 10)
        return ShownAs::Percent;
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 50 && id <= 58))
        return ShownAs::Date; // 27–31 and 50–58: the East Asian built-in dates
    if (id == 22)
        return ShownAs::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 36) || (id >= 45 && id <= 47))
        return ShownAs::Time;
    return ShownAs::Number;
}

} // namespace mixshift::NumberFormatCode
