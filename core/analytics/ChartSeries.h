#pragma once

#include "PointSeries.h"
#include "domain/Unit.h"

#include <QString>

namespace mixshift {

/// How a plotted series is computed from a stored one.
enum class Derivation { None, YearOnYear, QuarterOnQuarter, TrailingTwelveMonths, Index, Margin, Share, Usd, Implied };

/// `yoy qoq ttm index margin share usd implied`, and back.
QString derivationKey(Derivation derivation);
std::optional<Derivation> derivationFromKey(const QString& key);

/// A series ready to plot or export: its points (current values, one period length), what it measures and in
/// which unit, and — for a derived series — what it was derived from.
struct ChartSeries
{
    QString spec;
    /// "Alibaba Cloud — Revenue (CNY)": provider and subject.
    QString label;
    /// What is plotted, without the provider: "Revenue (CNY)", "Revenue (CNY), YoY growth".
    QString subject;
    /// The one source whose values these are (a `~source` spec), or empty for current values.
    QString onlySource;
    QString derivedFrom;
    QString provider;
    int fiscalYearEndMonth = 12;
    QString metricName;
    QString metricKind;
    QString currency;
    QString countNoun;
    bool flow = false;
    PointSeries points;
    /// Values of other period lengths than the one plotted (annual figures among quarterly ones).
    int leftOut = 0;

    DisplayUnit displayUnit() const { return DisplayUnit::forValue(metricKind, currency, countNoun); }
};

} // namespace mixshift
