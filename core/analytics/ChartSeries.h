#pragma once

#include "PointSeries.h"
#include "domain/Unit.h"

#include <QString>

namespace mixshift {

/// How a plotted series is computed from a stored one.
enum class Derivation { None, YearOnYear, QuarterOnQuarter, TrailingTwelveMonths, Index, Margin, Share, Usd, Implied, Forecast };

/// `yoy qoq ttm index margin share usd implied forecast`, and back.
QString derivationKey(Derivation derivation);
std::optional<Derivation> derivationFromKey(const QString& key);

/// The periods a forecast projects (`:forecast(H)`): projected, not stated, so drawn apart — dashed, with the
/// prediction intervals shaded — and marked as such wherever the values are listed.
struct Projection
{
    /// `ETS(M,A,N)`.
    QString model;
    /// The forecast per period ahead (no sources: no one stated them).
    PointSeries points;
    /// The intervals' levels (80, 95) and their bounds, lower[level][period].
    QVector<double> levels;
    QVector<QVector<double>> lower;
    QVector<QVector<double>> upper;
};

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
    /// After the points, for a forecast; empty otherwise.
    Projection projection;

    DisplayUnit displayUnit() const { return DisplayUnit::forValue(metricKind, currency, countNoun); }
};

} // namespace mixshift
