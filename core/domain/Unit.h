#pragma once

#include <QString>

#include <optional>

namespace mixshift {

/// A unit as a source states it — 億元, bn USD, million, %, 萬次 — read as a scale to base units
/// (CNY, USD, a fraction for percent, a plain count) and the currency it names, if any.
struct Unit
{
    double scale = 1.0;
    QString currency;
    bool percent = false;
    /// Whether the text named a scale (億, million, 100 …), as opposed to the default of one.
    bool scaled = false;

    /// Reads scale words (億/亿, 萬/万, 千, 百, thousand/k, million/mn/m, billion/bn/b) — several multiply:
    /// 百萬, `100 million` — and currency words (元, 美元, 港元, RMB, CNY, US$, $, HK$, USD, HKD, EUR, ¥, €)
    /// in any order; `%`, `percent` and `pct` for percentages, `fraction` for a share already divided by 100.
    /// A scale in brackets glosses the one before it and must equal it: `100 million (亿)`. Any other word is
    /// the thing counted (個, 款, 次, 卡, models). Nothing for two currencies, or a scale beside a percent.
    static std::optional<Unit> parse(const QString& text);

    /// This unit with the parts `other` states and this one does not (a cell's `亿` with a column's `元`);
    /// nothing when both state a scale, currency or percent that differ.
    std::optional<Unit> completedBy(const Unit& other) const;

    bool operator==(const Unit& other) const;
};

/// The unit values are stored in for a metric kind: the currency for money, `fraction` for percentages (0.3999
/// for 39.99%), `count` otherwise. Named in query output and read back by imports.
QString baseUnitName(const QString& metricKind, const QString& currency);

/// A fraction as a percentage with two decimals, as results tables show it: 0.0771 → "7.71%"; nothing → "—".
QString formatPercent(double fraction);
QString formatPercent(const std::optional<double>& fraction);

/// How amounts of money are scaled for display, as the analyst prefers: by currency (億元 for CNY, billions for
/// the rest), in 億 (hundred millions) whatever the currency, or in billions whatever the currency.
enum class MoneyDisplay { ByCurrency, HundredMillions, Billions };

/// The preference's stable name in settings ("by-currency", "hundred-millions", "billions") and back.
QString moneyDisplayKey(MoneyDisplay display);
std::optional<MoneyDisplay> moneyDisplayFromKey(const QString& key);

/// How a value of a metric kind and currency is shown to analysts: 億元 for CNY, bn USD for USD, % for percent
/// (for money: as setMoneyDisplay() says). The Chinese scale words follow the interface's script (亿元 in zh_CN).
struct DisplayUnit
{
    double scale = 1.0;
    QString label;

    static DisplayUnit forValue(const QString& metricKind, const QString& currency, const QString& countNoun);

    /// The application's choice for money (ByCurrency until set): one setting for every view, chart and
    /// report, so it is set once at start and when the preference changes.
    static void setMoneyDisplay(MoneyDisplay display);
    static MoneyDisplay moneyDisplay();

    double toDisplay(double baseValue) const { return baseValue / scale; }
    /// The value in this unit with up to three decimals and no trailing zeros: 276.48, 39.99, 54.648.
    QString format(double baseValue) const;
    /// format() with the unit: "276.48 億元", "39.99%", "≥ 1000 億元".
    QString formatWithUnit(double baseValue, const QString& qualifier = {}) const;
};

} // namespace mixshift
