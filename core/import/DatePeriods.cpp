#include "DatePeriods.h"

#include "domain/PeriodParser.h"

#include <QRegularExpression>

#include <algorithm>

namespace mixshift::DatePeriods {

namespace {

QDate monthEnd(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

int monthsOf(PeriodLength length)
{
    switch (length) {
    case PeriodLength::Month:
        return 1;
    case PeriodLength::Quarter:
        return 3;
    case PeriodLength::Year:
        return 12;
    case PeriodLength::Automatic:
    case PeriodLength::Day:
        break;
    }
    return 0;
}

} // namespace

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch m = separated.match(trimmed);
    QDate date;
    if (m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    else if (m = compact.match(trimmed); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid() || !PeriodParser::isPlausible(date))
        return std::nullopt;
    return date;
}

PeriodLength spacing(QVector<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    if (dates.size() < 2)
        return PeriodLength::Automatic;
    QVector<qint64> gaps;
    for (int i = 1; i < dates.size(); ++i)
        gaps << dates[i - 1].daysTo(dates[i]);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    const qint64 gap = gaps[gaps.size() / 2];
    if (gap <= 14)
        return PeriodLength::Day;
    if (gap <= 45)
        return PeriodLength::Month;
    if (gap <= 135)
        return PeriodLength::Quarter;
    return PeriodLength::Year;
}

std::optional<std::pair<QDate, QDate>> range(const QDate& date, PeriodLength length, bool containing,
                                             int fiscalYearEndMonth)
{
    const int months = monthsOf(length);
    if (months == 0 || !date.isValid())
        return std::nullopt;
    int endYear = date.year();
    int endMonth = date.month();
    const bool lastDay = date.day() == date.daysInMonth();
    if (containing || !lastDay) {
        // Periods line up with the fiscal year: quarters end in the months three apart from its last month.
        const int alignment = length == PeriodLength::Month ? 1 : (length == PeriodLength::Quarter ? 3 : 12);
        while ((endMonth - fiscalYearEndMonth + 12) % alignment != 0) {
            if (++endMonth > 12) {
                endMonth = 1;
                ++endYear;
            }
        }
    }
    const QDate end = monthEnd(endYear, endMonth);
    const QDate start = end.addDays(1).addMonths(-months);
    return std::pair{start, end};
}

QString lengthWord(PeriodLength length, bool plural)
{
    const char* word = "";
    switch (length) {
    case PeriodLength::Automatic:
        return plural ? QStringLiteral("periods") : QStringLiteral("period");
    case PeriodLength::Day:
        word = "day";
        break;
    case PeriodLength::Month:
        word = "month";
        break;
    case PeriodLength::Quarter:
        word = "quarter";
        break;
    case PeriodLength::Year:
        word = "year";
        break;
    }
    return QString::fromLatin1(word) + (plural ? QStringLiteral("s") : QString());
}

} // namespace DatePeriods
