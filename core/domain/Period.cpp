#include "Period.h"

namespace mixshift {

namespace {

QDate lastDayOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

// The first day of fiscal year `fiscalYear`: the month after the fiscal-year end, one year earlier
// (or January of the same year for a December year end).
QDate fiscalYearStart(int fiscalYear, int fiscalYearEndMonth)
{
    return QDate(fiscalYear, fiscalYearEndMonth, 1).addMonths(1).addYears(-1);
}

bool isCalendarYearEnd(int fiscalYearEndMonth)
{
    return fiscalYearEndMonth == 12;
}

} // namespace

Period::Period(Kind kind, QDate start, QDate end, int fiscalYear, int fiscalQuarter)
    : m_kind(kind), m_start(start), m_end(end), m_fiscalYear(fiscalYear), m_fiscalQuarter(fiscalQuarter)
{
}

Period Period::calendarYear(int year)
{
    return Period(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

Period Period::calendarQuarter(int year, int quarter)
{
    const int firstMonth = (quarter - 1) * 3 + 1;
    return Period(Kind::Quarter, QDate(year, firstMonth, 1), lastDayOfMonth(year, firstMonth + 2));
}

Period Period::month(int year, int month)
{
    return Period(Kind::Month, QDate(year, month, 1), lastDayOfMonth(year, month));
}

Period Period::fiscalYear(int fiscalYear, int fiscalYearEndMonth)
{
    const QDate start = fiscalYearStart(fiscalYear, fiscalYearEndMonth);
    return Period(Kind::FiscalYear, start, start.addYears(1).addDays(-1), fiscalYear);
}

Period Period::fiscalQuarter(int fiscalYear, int quarter, int fiscalYearEndMonth)
{
    const QDate start = fiscalYearStart(fiscalYear, fiscalYearEndMonth).addMonths((quarter - 1) * 3);
    return Period(Kind::FiscalQuarter, start, start.addMonths(3).addDays(-1), fiscalYear, quarter);
}

std::optional<Period> Period::fromRange(const QDate& start, const QDate& end, int fiscalYearEndMonth)
{
    if (!start.isValid() || !end.isValid() || start.day() != 1 || end.addDays(1).day() != 1)
        return std::nullopt;
    const int months = (end.year() - start.year()) * 12 + end.month() - start.month() + 1;
    // Months since the start of the fiscal year that contains `start`.
    const int fiscalOffset = (start.month() - fiscalYearEndMonth - 1 + 12) % 12;
    const int fy = start.addMonths(11 - fiscalOffset).year();

    if (months == 1)
        return month(start.year(), start.month());
    if (months == 3) {
        if (!isCalendarYearEnd(fiscalYearEndMonth) && fiscalOffset % 3 == 0)
            return fiscalQuarter(fy, fiscalOffset / 3 + 1, fiscalYearEndMonth);
        if ((start.month() - 1) % 3 == 0)
            return calendarQuarter(start.year(), (start.month() - 1) / 3 + 1);
    }
    if (months == 12) {
        if (!isCalendarYearEnd(fiscalYearEndMonth) && fiscalOffset == 0)
            return fiscalYear(fy, fiscalYearEndMonth);
        if (start.month() == 1)
            return calendarYear(start.year());
    }
    return std::nullopt;
}

QString Period::label() const
{
    switch (m_kind) {
    case Kind::FiscalYear:
        return QStringLiteral("FY%1").arg(m_fiscalYear);
    case Kind::FiscalQuarter:
        return QStringLiteral("FY%1 Q%2").arg(m_fiscalYear).arg(m_fiscalQuarter);
    default:
        return calendarLabel();
    }
}

QString Period::calendarLabel() const
{
    const int months = (m_end.year() - m_start.year()) * 12 + m_end.month() - m_start.month() + 1;
    if (months == 1)
        return m_start.toString(QStringLiteral("yyyy-MM"));
    if (months == 3 && (m_start.month() - 1) % 3 == 0)
        return QStringLiteral("%1 Q%2").arg(m_start.year()).arg((m_start.month() - 1) / 3 + 1);
    if (months == 12 && m_start.month() == 1)
        return QString::number(m_start.year());
    return QStringLiteral("%1..%2").arg(m_start.toString(Qt::ISODate), m_end.toString(Qt::ISODate));
}

bool Period::operator==(const Period& other) const
{
    return m_kind == other.m_kind && m_start == other.m_start && m_end == other.m_end;
}

QString toIsoDate(const QDate& date)
{
    int year = date.year();
    const int month = date.month();
    const int day = date.day();
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    for (int i = 3; i >= 0; --i) {
        out[i] = QLatin1Char(char('0' + year % 10));
        year /= 10;
    }
    out[4] = QLatin1Char('-');
    out[5] = QLatin1Char(char('0' + month / 10));
    out[6] = QLatin1Char(char('0' + month % 10));
    out[7] = QLatin1Char('-');
    out[8] = QLatin1Char(char('0' + day / 10));
    out[9] = QLatin1Char(char('0' + day % 10));
    return text;
}

} // namespace mixshift
