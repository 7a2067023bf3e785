#include "CsvFormulaGuard.h"

#include <QRegularExpression>

namespace mixshift::CsvFormulaGuard {

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Whether the text, after any apostrophes, starts the way a formula does.
bool looksArmed(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    return i < text.size() && startsFormula(text[i]);
}

bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    return number.match(text).hasMatch();
}

} // namespace

QString protect(const QString& cell)
{
    if (!looksArmed(cell) || isPlainNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString unprotect(const QString& cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && looksArmed(cell))
        return cell.mid(1);
    return cell;
}

} // namespace mixshift::CsvFormulaGuard
