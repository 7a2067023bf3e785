#pragma once

#include "ChartSeries.h"
#include "SeriesSpec.h"

#include <QString>

#include <cstdint>

namespace mixshift {

class Database;
struct SeriesSummary;

/// Turns what a user asks to plot — `PROVIDER/METRIC[:DERIVATION]`, e.g. `Alibaba Cloud/revenue:yoy`,
/// `阿里雲/adjusted_ebita:margin`, `AWS/gartner_iaas_share` — into a ChartSeries from the project. Names go through
/// the aliases; a metric alias that implies a market or segment picks that series. METRIC may name the series
/// exactly with `@MARKET_KEY`, `#CATEGORY` and `$CURRENCY` (`Microsoft Azure/revenue#Intelligent Cloud$USD`), and
/// `~SOURCE` (a source's key or title) plots the values one source gives, revisions included
/// (`AWS/gartner_iaas_share~article`: the article's 39.99%; derivations then use that source's figures only).
/// A name holding a mark (`A/B Cloud`) goes in double quotes: `"A/B Cloud"/revenue` (SeriesSpec reads and writes it).
/// Derivations:
/// yoy, qoq, ttm, index (first period = 100), margin (÷ the provider's revenue), share (÷ the market total),
/// usd (through the project's fx table), implied (the earlier levels the provider's stated growth implies: its
/// `METRIC_growth_yoy` a year back, `METRIC_growth_qoq` a quarter back; each point names the figures it came
/// from), forecast(H) (the history and an ETS forecast H periods ahead, the model chosen by AICc: a Projection).
/// Throws Error naming what was not found and what there is.
class SeriesResolver
{
public:
    explicit SeriesResolver(Database& db);

    ChartSeries resolve(const QString& spec);
    /// `source` (a source's key or title) restricts the values to that source's, revisions included; `horizon`
    /// is how far a forecast reaches.
    ChartSeries resolve(const SeriesSummary& series, Derivation derivation, const QString& source = {},
                        int horizon = SeriesSpec::defaultHorizon);

    /// The spec that names exactly this series (with its market, category and currency where it has them).
    static QString specFor(const SeriesSummary& series, Derivation derivation);

private:
    /// `exactOnly` leaves out the values a source gives as a bound or an approximation (with a qualifier).
    PointSeries points(std::int64_t seriesId, int& leftOut, const QString& source = {}, bool exactOnly = false);
    ChartSeries stored(const SeriesSummary& series, const QString& source = {});
    /// `provider`'s series of `metric` in the same market and category as `series` (and currency, unless not
    /// `sameCurrency`: a growth rate has none).
    std::optional<SeriesSummary> companion(const SeriesSummary& series, const QString& provider, const QString& metric,
                                           bool sameCurrency = true);
    std::optional<double> usdPerUnit(const QString& currency, const QDate& start, const QDate& end, QString& source);

    Database& m_db;
};

} // namespace mixshift
