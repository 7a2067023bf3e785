#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace mixshift {

/// A reporting period, stored as a calendar date range. Fiscal periods map to calendar months through the
/// provider's fiscal-year-end month: FY N ends in that month of year N (Alibaba: March, so FY2024 Q2 is
/// 2023-07-01..2023-09-30; Microsoft: June, so FY2024 Q1 is the same three months).
class Period
{
public:
    enum class Kind { Year, Quarter, Month, FiscalYear, FiscalQuarter };

    static Period calendarYear(int year);
    static Period calendarQuarter(int year, int quarter);
    static Period month(int year, int month);
    static Period fiscalYear(int fiscalYear, int fiscalYearEndMonth);
    static Period fiscalQuarter(int fiscalYear, int quarter, int fiscalYearEndMonth);

    /// The period a stored date range stands for, labelled the way the provider reports: fiscal labels for
    /// providers whose year does not end in December, calendar labels otherwise. Nothing when the range is
    /// not a whole month, quarter or year.
    static std::optional<Period> fromRange(const QDate& start, const QDate& end, int fiscalYearEndMonth);

    Kind kind() const { return m_kind; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    /// `2022`, `2023 Q3`, `2023-07`, `FY2022`, `FY2024 Q2`.
    QString label() const;
    /// The same range in calendar terms (`2023 Q3` for FY2024 Q2 of Alibaba); equals label() for calendar kinds.
    QString calendarLabel() const;

    bool operator==(const Period& other) const;

private:
    Period(Kind kind, QDate start, QDate end, int fiscalYear = 0, int fiscalQuarter = 0);

    Kind m_kind;
    QDate m_start;
    QDate m_end;
    int m_fiscalYear;
    int m_fiscalQuarter;
};

/// YYYY-MM-DD, the form periods are stored in; quicker than QDate::toString for bulk writes.
QString toIsoDate(const QDate& date);

} // namespace mixshift
