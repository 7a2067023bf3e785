#include "EtsModel.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mixshift {

namespace {

// Forecasts closer to zero than this make the multiplicative forms meaningless (R's ets uses the same).
constexpr double tolerance = 1e-10;

QChar errorLetter(EtsModel::Error e) { return e == EtsModel::Error::Additive ? u'A' : u'M'; }

QString trendLetters(EtsModel::Trend t)
{
    switch (t) {
    case EtsModel::Trend::None:
        return QStringLiteral("N");
    case EtsModel::Trend::Additive:
        return QStringLiteral("A");
    case EtsModel::Trend::Damped:
        return QStringLiteral("Ad");
    }
    return {};
}

QChar seasonLetter(EtsModel::Season s)
{
    switch (s) {
    case EtsModel::Season::None:
        return u'N';
    case EtsModel::Season::Additive:
        return u'A';
    case EtsModel::Season::Multiplicative:
        return u'M';
    }
    return {};
}

// Σ φ^k for k = 1..steps: how much of the trend reaches `steps` periods ahead.
double dampedSteps(double phi, int steps)
{
    if (phi == 1)
        return steps;
    double sum = 0;
    double power = 1;
    for (int k = 1; k <= steps; ++k) {
        power *= phi;
        sum += power;
    }
    return sum;
}

} // namespace

QString EtsModel::code() const
{
    return QString(errorLetter(error)) + trendLetters(trend) + seasonLetter(season);
}

QString EtsModel::name() const
{
    return QStringLiteral("ETS(%1,%2,%3)").arg(errorLetter(error)).arg(trendLetters(trend)).arg(seasonLetter(season));
}

std::optional<EtsModel> EtsModel::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:ETS\\()?([AM]),?(N|A|Ad),?([NAM])\\)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    EtsModel model;
    model.error = match.captured(1).toUpper() == u"A" ? Error::Additive : Error::Multiplicative;
    const QString trend = match.captured(2).toUpper();
    model.trend = trend == u"N" ? Trend::None : trend == u"A" ? Trend::Additive : Trend::Damped;
    const QString season = match.captured(3).toUpper();
    model.season = season == u"N" ? Season::None : season == u"A" ? Season::Additive : Season::Multiplicative;
    if (model.error == Error::Additive && model.season == Season::Multiplicative)
        return std::nullopt;
    return model;
}

std::vector<EtsModel> EtsModel::all()
{
    std::vector<EtsModel> models;
    for (const Error e : {Error::Additive, Error::Multiplicative})
        for (const Trend t : {Trend::None, Trend::Additive, Trend::Damped})
            for (const Season s : {Season::None, Season::Additive, Season::Multiplicative})
                if (!(e == Error::Additive && s == Season::Multiplicative))
                    models.push_back({e, t, s});
    return models;
}

double EtsLikelihood::minusTwoLogLikelihood(const EtsModel& model) const
{
    double value = observed * std::log(sumSquaredErrors);
    if (model.multiplicativeError())
        value += 2 * sumLogAbsFitted;
    return value;
}

double etsPointForecast(const EtsModel& model, const EtsParameters& p, const EtsStates& states, int steps)
{
    double forecast = states.level;
    if (model.hasTrend())
        forecast += dampedSteps(p.phi, steps) * states.trend;
    if (model.seasonal()) {
        const int m = int(states.seasons.size());
        const double index = steps == 1 ? states.seasons.back() : states.seasons[std::size_t(((m - steps) % m + m) % m)];
        if (model.season == EtsModel::Season::Additive)
            forecast += index;
        else
            forecast *= index;
    }
    return forecast;
}

namespace {

// One step of the error-correction recursion, in place: the states after observing `y` (NaN: after the forecast).
// seasons[0] becomes the new index, the others move one place older.
void advance(const EtsModel& model, const EtsParameters& p, EtsStates& s, double y, double forecast)
{
    if (std::isnan(y))
        y = forecast;
    const double dampedTrend = model.hasTrend() ? p.phi * s.trend : 0;
    const double levelForecast = s.level + dampedTrend;
    const double oldIndex = model.seasonal() ? s.seasons.back() : 0;
    double deseasonalised = y;
    if (model.season == EtsModel::Season::Additive)
        deseasonalised = y - oldIndex;
    else if (model.season == EtsModel::Season::Multiplicative)
        deseasonalised = y / oldIndex;
    const double level = levelForecast + p.alpha * (deseasonalised - levelForecast);
    if (model.hasTrend())
        s.trend = dampedTrend + (p.beta / p.alpha) * (level - s.level - dampedTrend);
    s.level = level;
    if (model.seasonal()) {
        double seasonalPart;
        if (model.season == EtsModel::Season::Additive)
            seasonalPart = y - levelForecast;
        else
            seasonalPart = std::abs(levelForecast) < tolerance ? 1e10 : y / levelForecast;
        std::copy_backward(s.seasons.begin(), s.seasons.end() - 1, s.seasons.end());
        s.seasons.front() = oldIndex + p.gamma * (seasonalPart - oldIndex);
    }
}

// The pass both etsLikelihood and etsFilter make; `visit(t, forecast, error)` sees each observed period.
template <typename Visit>
void filter(const EtsModel& model, const EtsParameters& p, EtsStates& states, const std::vector<double>& history,
            EtsLikelihood& parts, Visit visit)
{
    // Σ log|ŷ| as the log of a product kept as mantissa and exponent: one logarithm a pass, not one a period.
    const bool multiplicative = model.multiplicativeError();
    double mantissa = 1;
    long exponent = 0;
    for (std::size_t t = 0; t < history.size(); ++t) {
        const double forecast = etsPointForecast(model, p, states, 1);
        if (std::abs(forecast) < tolerance || !std::isfinite(forecast)) {
            parts.failed = true;
            return;
        }
        const double y = history[t];
        if (!std::isnan(y)) {
            const double error = multiplicative ? (y - forecast) / forecast : y - forecast;
            parts.sumSquaredErrors += error * error;
            if (multiplicative) {
                int e = 0;
                mantissa = std::frexp(mantissa * std::abs(forecast), &e);
                exponent += e;
            }
            ++parts.observed;
            visit(t, forecast, error);
        } else {
            visit(t, forecast, std::nan(""));
        }
        advance(model, p, states, y, forecast);
    }
    if (multiplicative)
        parts.sumLogAbsFitted = std::log(mantissa) + double(exponent) * std::log(2.0);
}

} // namespace

EtsLikelihood etsLikelihood(const EtsModel& model, const EtsParameters& p, const EtsStates& initial,
                            const std::vector<double>& history)
{
    EtsLikelihood parts;
    EtsStates states = initial;
    filter(model, p, states, history, parts, [](std::size_t, double, double) {});
    return parts;
}

EtsPass etsFilter(const EtsModel& model, const EtsParameters& p, const EtsStates& initial,
                  const std::vector<double>& history)
{
    EtsPass pass;
    pass.errors.reserve(history.size());
    pass.fitted.reserve(history.size());
    EtsStates states = initial;
    filter(model, p, states, history, pass, [&pass](std::size_t, double forecast, double error) {
        pass.fitted.push_back(forecast);
        pass.errors.push_back(error);
    });
    pass.last = std::move(states);
    return pass;
}

} // namespace mixshift
