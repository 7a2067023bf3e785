#pragma once

#include "ChartSeries.h"

#include <QString>

#include <optional>

namespace mixshift {

/// What a series spec names, read from and written to its text in one place:
/// `PROVIDER/METRIC[@MARKET][#CATEGORY][$CURRENCY][~SOURCE][:DERIVATION]` (the marks in any order, each once).
/// A name holding one of `/ @ # $ ~ : "`, or spaces at its ends, goes in double quotes, a quote inside doubled:
/// `"A/B Cloud"/revenue`, `AWS/revenue~"Q3: results"`. Bare names are trimmed.
struct SeriesSpec
{
    QString provider;
    QString metric;
    /// Present and empty names "none": `@` alone asks for the series without a market.
    std::optional<QString> market;
    std::optional<QString> category;
    std::optional<QString> currency;
    QString source;
    Derivation derivation = Derivation::None;
    /// How many periods `:forecast(H)` projects (`:forecast` alone: defaultHorizon).
    int horizon = defaultHorizon;

    static constexpr int defaultHorizon = 8;
    static constexpr int longestHorizon = 1000;

    /// Throws Error saying what is wrong with `text`.
    static SeriesSpec parse(const QString& text);
    /// The spec's text, quoting only the names that need it, so that parse(text()) gives this spec back.
    QString text() const;
    /// `name` as a spec writes it.
    static QString quoted(const QString& name);
};

} // namespace mixshift
