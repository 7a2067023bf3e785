#pragma once

#include "EtsFit.h"
#include "EtsForecast.h"
#include "ForecastAccuracy.h"
#include "analytics/ChartSeries.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace mixshift {

/// One period of a forecast: its range and label, the forecast and each interval's bounds (in the series' base
/// unit, in the order of SeriesForecast::levels).
struct ForecastPeriod
{
    QDate start;
    QDate end;
    QString label;
    double forecast = 0;
    std::vector<double> lower;
    std::vector<double> upper;
};

/// An ETS forecast of a stored series: the history laid on its regular periods (a missing period is a gap the
/// model bridges), the model fitted or chosen by AICc, its accuracy on the history, and the periods ahead. Written
/// once for `mixshift forecast`, the `:forecast(H)` chart derivation and the mix model's status quo.
struct SeriesForecast
{
    EtsFit fit;
    ForecastAccuracy accuracy;
    std::vector<double> levels;
    /// Periods of the history without a value.
    int gaps = 0;
    QVector<ForecastPeriod> periods;

    /// Throws Error with the reason: no values, periods of irregular length or spacing, a horizon below 1 or
    /// above 1,000, or the model's own refusal (too short, values not positive).
    static SeriesForecast of(const ChartSeries& series, int horizon, std::optional<EtsModel> model = std::nullopt,
                             std::vector<double> levels = {80, 95});
};

} // namespace mixshift
