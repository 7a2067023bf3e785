#include "StatusQuoForecast.h"

#include "MixModel.h"

#include "Error.h"
#include "forecast/SeriesForecast.h"

#include <QCoreApplication>

namespace mixshift::StatusQuoForecast {

ForecastStatusQuo of(Database& db, const BaseQuarter& stored)
{
    ChartSeries series;
    series.label = QCoreApplication::translate("StatusQuoForecast", "%1's quarterly revenue to %2")
                       .arg(stored.provider, stored.label(0));
    series.provider = stored.provider;
    series.fiscalYearEndMonth = stored.fiscalYearEndMonth;
    series.points = stored.revenueHistory(db);
    const int longest = static_cast<int>(knownLever(QStringLiteral("horizon")).high);
    const SeriesForecast forecast = SeriesForecast::of(series, longest, std::nullopt, {});
    const double base = series.points.isEmpty() ? 0.0 : series.points.back().value;
    if (!(base > 0))
        throw Error(QCoreApplication::translate("StatusQuoForecast", "%1: the base quarter's revenue is not positive")
                        .arg(series.label));
    ForecastStatusQuo statusQuo;
    statusQuo.model = forecast.fit.model.name();
    const int quarters = static_cast<int>(series.points.size());
    statusQuo.basis = forecast.gaps > 0
                          ? QCoreApplication::translate("StatusQuoForecast", "%1 quarters to %2, %3 missing")
                                .arg(quarters)
                                .arg(stored.label(0))
                                .arg(forecast.gaps)
                          : QCoreApplication::translate("StatusQuoForecast", "%1 quarters to %2")
                                .arg(quarters)
                                .arg(stored.label(0));
    for (const ForecastPeriod& p : forecast.periods)
        statusQuo.growth << p.forecast / base;
    return statusQuo;
}

MixLevers levers(Database& db, const BaseQuarter& stored, const SavedScenario& scenario)
{
    MixLevers levers = scenario.levers;
    levers.statusQuo.reset();
    if (scenario.statusQuo == StatusQuoChoice::Forecast)
        levers.statusQuo = of(db, stored);
    return levers;
}

QString describe(const MixResult& result)
{
    return result.statusQuoModel.isEmpty()
               ? QCoreApplication::translate("StatusQuoForecast", "the path without wind-down")
               : QCoreApplication::translate("StatusQuoForecast", "%1 forecast of revenue (%2)")
                     .arg(result.statusQuoModel, result.statusQuoBasis);
}

} // namespace mixshift::StatusQuoForecast
