#include "PeriodParser.h"

#include <QRegularExpression>

#include <vector>

namespace mixshift::PeriodParser {

namespace {

enum class Shape { Year, Quarter, Month, Date, FiscalYear, FiscalQuarter };

struct Pattern
{
    Shape shape;
    QRegularExpression expression;
    // Capture numbers of year and of quarter or month (0 when absent).
    int yearGroup;
    int partGroup;
};

int expandYear(const QString& digits)
{
    const int year = digits.toInt();
    if (digits.size() == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

int quarterNumber(const QString& text)
{
    static const QString chinese = QStringLiteral("一二三四");
    const int index = static_cast<int>(chinese.indexOf(text));
    return index >= 0 ? index + 1 : text.toInt();
}

const std::vector<Pattern>& patterns()
{
    const auto rx = [](const char* pattern) {
        return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    };
    static const std::vector<Pattern> list{
        {Shape::Year, rx("^(?:CY\\s*)?(\\d{4})\\s*年?$"), 1, 0},
        {Shape::Quarter, rx("^(?:CY\\s*)?(\\d{4})\\s*[-/ ]?\\s*Q([1-4])$"), 1, 2},
        {Shape::Quarter, rx("^Q([1-4])\\s*[-/ ]?\\s*(?:CY\\s*)?(\\d{4})$"), 2, 1},
        {Shape::Quarter, rx("^([1-4])Q\\s*(\\d{2}|\\d{4})$"), 2, 1},
        {Shape::Quarter, rx("^(\\d{4})\\s*年\\s*(?:第\\s*)?([1-4一二三四])\\s*(?:季度|季)$"), 1, 2},
        {Shape::Quarter, rx("^(\\d{4})\\s*年\\s*Q([1-4])$"), 1, 2},
        {Shape::Month, rx("^(\\d{4})[-/](0?[1-9]|1[0-2])$"), 1, 2},
        {Shape::Month, rx("^(\\d{4})\\s*年\\s*(0?[1-9]|1[0-2])\\s*月$"), 1, 2},
        {Shape::Date, rx("^(\\d{4})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])$"), 1, 2},
        {Shape::FiscalYear, rx("^FY\\s*'?(\\d{2}|\\d{4})$"), 1, 0},
        {Shape::FiscalYear, rx("^(\\d{4})\\s*(?:財|财)(?:年|年度)$"), 1, 0},
        {Shape::FiscalQuarter, rx("^FY\\s*'?(\\d{2}|\\d{4})\\s*[-/ ]?\\s*Q([1-4])$"), 1, 2},
        {Shape::FiscalQuarter, rx("^Q([1-4])\\s*[-/ ]?\\s*FY\\s*'?(\\d{2}|\\d{4})$"), 2, 1},
        {Shape::FiscalQuarter,
         rx("^(\\d{4})\\s*(?:財|财)(?:年|年度)\\s*(?:第\\s*([1-4一二三四])\\s*(?:財|财)?(?:季度|季)|Q([1-4]))$"), 1, 2},
    };
    return list;
}

QDate lastDayOfQuarter(const QDate& date)
{
    const int lastMonth = ((date.month() - 1) / 3 + 1) * 3;
    const QDate first(date.year(), lastMonth, 1);
    return first.addDays(first.daysInMonth() - 1);
}

} // namespace

std::optional<Period> parse(const QString& label, int fiscalYearEndMonth)
{
    const QString text = label.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const Pattern& pattern : patterns()) {
        const QRegularExpressionMatch m = pattern.expression.match(text);
        if (!m.hasMatch())
            continue;
        const int year = expandYear(m.captured(pattern.yearGroup));
        if (year < minYear || year > maxYear)
            return std::nullopt;
        QString part = pattern.partGroup ? m.captured(pattern.partGroup) : QString();
        if (part.isEmpty() && pattern.shape == Shape::FiscalQuarter)
            part = m.captured(3);
        switch (pattern.shape) {
        case Shape::Year:
            return Period::calendarYear(year);
        case Shape::Quarter:
            return Period::calendarQuarter(year, quarterNumber(part));
        case Shape::Month:
            return Period::month(year, part.toInt());
        case Shape::Date: {
            const QDate date(year, part.toInt(), m.captured(3).toInt());
            if (!date.isValid())
                return std::nullopt;
            if (date == lastDayOfQuarter(date))
                return Period::calendarQuarter(date.year(), (date.month() - 1) / 3 + 1);
            return Period::month(date.year(), date.month());
        }
        case Shape::FiscalYear:
            return Period::fiscalYear(year, fiscalYearEndMonth);
        case Shape::FiscalQuarter:
            return Period::fiscalQuarter(year, quarterNumber(part), fiscalYearEndMonth);
        }
    }
    return std::nullopt;
}

bool isPlausible(const QDate& date)
{
    return date.isValid() && date.year() >= minYear && date.year() <= maxYear;
}

} // namespace mixshift::PeriodParser
