#include "SeriesForecast.h"

#include "Error.h"
#include "analytics/SeriesSpec.h"
#include "domain/Period.h"

#include <QCoreApplication>

#include <cmath>

namespace mixshift {

namespace {

// Seasons a year for periods of this many months: quarters 4, months 12, half-years 2; years have none.
int seasonLength(int months)
{
    return months >= 12 || 12 % months != 0 ? 1 : 12 / months;
}

QString periodLabel(const QDate& start, const QDate& end, int fiscalYearEndMonth)
{
    const auto period = Period::fromRange(start, end, fiscalYearEndMonth);
    return period ? period->label() : toIsoDate(start) + QStringLiteral("..") + toIsoDate(end);
}

} // namespace

SeriesForecast SeriesForecast::of(const ChartSeries& series, int horizon, std::optional<EtsModel> model,
                                  std::vector<double> levels)
{
    const QString name = series.label.isEmpty() ? series.spec : series.label;
    if (series.points.isEmpty())
        throw Error(QCoreApplication::translate("SeriesForecast", "%1 has no values to forecast from").arg(name));
    if (horizon < 1 || horizon > SeriesSpec::longestHorizon)
        throw Error(QCoreApplication::translate("SeriesForecast", "the horizon must be 1 to %1 periods, not %2")
                        .arg(SeriesSpec::longestHorizon)
                        .arg(horizon));
    const int months = series.points.first().months();
    std::vector<double> history;
    QDate expected = series.points.first().start;
    for (const SeriesPoint& p : series.points) {
        if (p.months() != months)
            throw Error(QCoreApplication::translate("SeriesForecast",
                                                    "%1 mixes periods of %2 and %3 months; a forecast needs one length")
                            .arg(name)
                            .arg(months)
                            .arg(p.months()));
        while (expected < p.start) {
            history.push_back(std::nan(""));
            expected = expected.addMonths(months);
        }
        if (expected != p.start)
            throw Error(QCoreApplication::translate("SeriesForecast", "%1: the period starting %2 is off the %3-month steps")
                            .arg(name, toIsoDate(p.start))
                            .arg(months));
        history.push_back(p.value);
        expected = expected.addMonths(months);
    }
    const int period = seasonLength(months);

    SeriesForecast result;
    try {
        result.fit = model ? fitEts(*model, history, period) : chooseEts(history, period);
    } catch (const Error& e) {
        //: %1 the series, %2 why it cannot be forecast
        throw Error(QCoreApplication::translate("SeriesForecast", "%1: %2").arg(name, e.message()));
    }
    result.accuracy = ForecastAccuracy::of(history, result.fit.pass.fitted, period);
    result.levels = levels;
    for (const double y : history)
        result.gaps += std::isnan(y);
    const EtsForecast f = EtsForecast::of(result.fit, horizon, levels);
    for (int h = 0; h < horizon; ++h) {
        ForecastPeriod p;
        p.start = expected.addMonths(months * h);
        p.end = p.start.addMonths(months).addDays(-1);
        p.label = periodLabel(p.start, p.end, series.fiscalYearEndMonth);
        p.forecast = f.mean[std::size_t(h)];
        for (const PredictionInterval& interval : f.intervals) {
            p.lower.push_back(interval.lower[std::size_t(h)]);
            p.upper.push_back(interval.upper[std::size_t(h)]);
        }
        result.periods.append(p);
    }
    return result;
}

} // namespace mixshift
