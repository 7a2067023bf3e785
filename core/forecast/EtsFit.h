#pragma once

#include "EtsModel.h"

#include <vector>

namespace mixshift {

/// An ETS model fitted to a history by maximum likelihood: the smoothing parameters within the usual bounds and
/// the admissible region, and the initial states, found together by NLopt's Subplex from R's starting point (and,
/// for a seasonal model, the best of it and two others).
/// The figures are R's forecast::ets's: −2 log L up to a constant, AIC, AICc and BIC count the parameters, the
/// initial states and σ; σ² is the mean squared one-step error (relative for a multiplicative error) over the
/// observed periods less the parameters.
struct EtsFit
{
    EtsModel model;
    int period = 1;
    EtsParameters parameters;
    EtsStates initial;
    EtsPass pass;
    /// Parameters and free initial states (R's length(fit$par)).
    int parameterCount = 0;
    double logLikelihood = 0;
    double aic = 0;
    double aicc = 0;
    double bic = 0;
    double sigma2 = 0;

    /// How many values a history needs for `model` (parameters plus two, as R's ets).
    static int valuesNeeded(const EtsModel& model, int period);
};

/// Fits `model` to `history` (NaN: a gap) with season length `period` (1: none). Throws Error saying why when
/// the model does not suit the history: too few values, a season without a season length, a multiplicative
/// model on values that are not all positive, or no admissible parameters.
EtsFit fitEts(const EtsModel& model, const std::vector<double>& history, int period);

/// Fits every model of EtsModel::all() that suits the history and keeps the one of least AICc (a history too
/// short for AICc: the simplest that fits). Throws Error with the simplest model's reason when none suits it.
EtsFit chooseEts(const std::vector<double>& history, int period);

/// The likelihood's figures (log L, AIC, AICc, BIC, σ²) of `fit` from its pass, for parameters set by hand.
void etsScore(EtsFit& fit);

} // namespace mixshift
