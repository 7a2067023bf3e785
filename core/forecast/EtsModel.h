#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace mixshift {

/// One exponential-smoothing state-space model (Hyndman, Koehler, Ord & Snyder, *Forecasting with Exponential
/// Smoothing*, 2008): error additive or multiplicative, trend none, additive or damped additive, season none,
/// additive or multiplicative. Written as R's forecast::ets writes it: `MAdM` is ETS(M,Ad,M).
struct EtsModel
{
    enum class Error { Additive, Multiplicative };
    enum class Trend { None, Additive, Damped };
    enum class Season { None, Additive, Multiplicative };

    Error error = Error::Additive;
    Trend trend = Trend::None;
    Season season = Season::None;

    bool hasTrend() const { return trend != Trend::None; }
    bool seasonal() const { return season != Season::None; }
    bool multiplicativeError() const { return error == Error::Multiplicative; }
    /// `MAdM`.
    QString code() const;
    /// `ETS(M,Ad,M)`.
    QString name() const;
    /// Reads `MAdM`, `mam`, `ETS(M,Ad,M)`; nullopt for anything else.
    static std::optional<EtsModel> parse(const QString& text);
    /// The fifteen models R's ets() chooses among by default: no multiplicative trend, no additive error with a
    /// multiplicative season (both numerically unstable).
    static std::vector<EtsModel> all();

    friend bool operator==(const EtsModel& a, const EtsModel& b)
    {
        return a.error == b.error && a.trend == b.trend && a.season == b.season;
    }
};

/// The smoothing parameters. beta is the error's weight on the trend (R's beta, not Holt's beta*); phi is 1
/// for an undamped trend, beta and gamma 0 where the model has no trend or season.
struct EtsParameters
{
    double alpha = 0;
    double beta = 0;
    double gamma = 0;
    double phi = 1;
};

/// The states after a period: level, trend, and the last m seasonal indexes, seasons[0] the newest — so
/// seasons[m − 1] is the index the next period uses.
struct EtsStates
{
    double level = 0;
    double trend = 0;
    std::vector<double> seasons;
};

/// The likelihood's parts from filtering a history through a model. A gap (NaN) is carried across by the model's
/// own forecast: no error, no weight in the likelihood.
struct EtsLikelihood
{
    int observed = 0;
    double sumSquaredErrors = 0;
    /// Σ log|fitted|, the multiplicative error's Jacobian term (0 for an additive error, which has none).
    double sumLogAbsFitted = 0;
    /// A one-step forecast reached zero (or left the finite numbers): the multiplicative forms fail there.
    bool failed = false;

    /// −2 log L up to a constant, as R's ets reports it: n log Σe² (+ 2 Σ log|ŷ| for a multiplicative error).
    double minusTwoLogLikelihood(const EtsModel& model) const;
};

/// And everything else it gives: the one-step errors (relative for a multiplicative error; NaN in a gap), the
/// fitted values, and the states after the last period.
struct EtsPass : EtsLikelihood
{
    std::vector<double> errors;
    std::vector<double> fitted;
    EtsStates last;
};

/// The model's forecast `steps` periods (1, 2, …) ahead of `states`, without noise.
double etsPointForecast(const EtsModel& model, const EtsParameters& p, const EtsStates& states, int steps);

/// Filters `history` from the initial states `initial`: the likelihood only, as the optimiser needs it.
EtsLikelihood etsLikelihood(const EtsModel& model, const EtsParameters& p, const EtsStates& initial,
                            const std::vector<double>& history);
/// The same pass, keeping the errors, fitted values and last states.
EtsPass etsFilter(const EtsModel& model, const EtsParameters& p, const EtsStates& initial,
                  const std::vector<double>& history);

} // namespace mixshift
