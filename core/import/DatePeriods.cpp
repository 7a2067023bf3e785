#include "DatePeriods.h"

#include "domain/PeriodParser.h"

#include <QCoreApplication>
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

// The words go into the import plan's sentences: "dates a month apart", "combined into quarters", "each read as
// the year ending on that date".
QString lengthWord(PeriodLength length, bool plural)
{
    switch (length) {
    case PeriodLength::Automatic:
        //: a period length inside a sentence, e.g. "each read as the period ending on that date"
        return plural ? QCoreApplication::translate("DatePeriods", "periods")
                      : QCoreApplication::translate("DatePeriods", "period");
    case PeriodLength::Day:
        //: a period length inside a sentence, e.g. "dates a day apart"
        return plural ? QCoreApplication::translate("DatePeriods", "days")
                      : QCoreApplication::translate("DatePeriods", "day");
    case PeriodLength::Month:
        //: a period length inside a sentence, e.g. "dates a month apart", "combined into months"
        return plural ? QCoreApplication::translate("DatePeriods", "months")
                      : QCoreApplication::translate("DatePeriods", "month");
    case PeriodLength::Quarter:
        //: a period length inside a sentence, e.g. "combined into quarters", "the quarter ending on that date"
        return plural ? QCoreApplication::translate("DatePeriods", "quarters")
                      : QCoreApplication::translate("DatePeriods", "quarter");
    case PeriodLength::Year:
        //: a period length inside a sentence, e.g. "dates a year apart", "the year ending on that date"
        return plural ? QCoreApplication::translate("DatePeriods", "years")
                      : QCoreApplication::translate("DatePeriods", "year");
    }
    return plural ? QStringLiteral("s") : QString();
}

} // namespace DatePeriods
