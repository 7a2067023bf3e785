#pragma once

#include "domain/Unit.h"

#include <QCoreApplication>
#include <QString>

namespace mixshift {

/// How numbers are written in a file: 1,234.56 (the default), 1.234,56 or 1 234,56.
struct NumberFormat
{
    QChar decimal = QLatin1Char('.');
    /// A null QChar when the file groups no thousands; spaces (also no-break) always group.
    QChar thousands = QLatin1Char(',');
};

/// A value cell read: a number with the unit written in the cell, missing, or refused with a reason.
struct ParsedValue
{
    enum class Status { Number, Range, Missing, Invalid };

    Status status = Status::Missing;
    double number = 0;
    /// The unit the cell itself states (`276.48億元`, `US$ 8.4bn`, `12%`); unscaled when it states none.
    Unit unit;
    /// The unit words as the cell writes them ("億元", "US$ bn"); empty when it writes none.
    QString unitText;
    /// ≈ > ≥ < ≤ when the cell bounds the value; empty when exact.
    QString qualifier;
    /// For a range (`32-34`): `number` is its low end, `high` its high end.
    double high = 0;
    QString reason;
};

/// Reads the value cells analysts' files hold: locale numbers, `(1,234)` negatives, percent, full-width digits
/// and punctuation, footnote marks (`276.48*`, `12%¹`), missing markers (`—`, `-`, `n/a`, empty), units and
/// scale words in the cell (`276.48億元`, `US$ 8.4bn`). Ranges such as `32-34` come back as ranges, for the
/// caller's rule.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)

public:
    explicit ValueParser(NumberFormat format = {});

    ParsedValue parse(const QString& cell) const;

    /// Full-width digits, letters and punctuation as their ASCII forms, the ideographic space as a space,
    /// the minus sign as a hyphen.
    static QString normalizeWidth(const QString& text);

private:
    enum class Ranges { Allowed, Refused };
    /// One level of range only: the high end of a range is read with Ranges::Refused, so a cell such as
    /// `1-2-3-…` costs no recursion however long it is.
    ParsedValue parse(const QString& cell, Ranges ranges) const;
    bool parseNumber(QStringView text, double& number) const;

    NumberFormat m_format;
};

} // namespace mixshift
