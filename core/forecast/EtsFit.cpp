#include "EtsFit.h"

#include "Error.h"
#include "EtsStart.h"

#include <QCoreApplication>

#include <nlopt.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace mixshift {

namespace {

// R's Nelder–Mead runs stop at 2,000 evaluations; so does each run here.
constexpr int maxEvaluations = 2000;
// A start is tried for this many before the best is followed.
constexpr int screeningEvaluations = 400;

int observedCount(const std::vector<double>& history)
{
    return int(std::count_if(history.begin(), history.end(), [](double y) { return !std::isnan(y); }));
}

bool allPositive(const std::vector<double>& history)
{
    return std::all_of(history.begin(), history.end(), [](double y) { return std::isnan(y) || y > 0; });
}

// Seasons longer than this are refused (R's ets too): the admissibility test works on fixed buffers.
constexpr int longestSeason = 24;

// Whether all roots of the monic polynomial c[0] + c[1] z + … + z^n lie inside the unit circle (Schur–Cohn:
// step the degree down while every reflection coefficient stays below 1 in size).
bool rootsInsideUnitCircle(const double* coefficients, std::size_t degree)
{
    std::array<double, longestSeason + 2> c{};
    std::array<double, longestSeason + 2> reduced{};
    std::copy(coefficients, coefficients + degree + 1, c.begin());
    for (std::size_t n = degree; n > 0; --n) {
        const double k = c[0] / c[n];
        if (std::abs(k) >= 1)
            return false;
        for (std::size_t i = 0; i < n; ++i)
            reduced[i] = (c[i + 1] - k * c[n - 1 - i]) / (c[n] * (1 - k * k));
        std::copy(reduced.begin(), reduced.begin() + std::ptrdiff_t(n), c.begin());
    }
    return true;
}

// The admissible region (Hyndman et al. 2008, ch. 10): the model's forecasts forget the distant past.
bool admissible(const EtsModel& model, const EtsParameters& p, int m)
{
    const double phi = p.phi;
    const double alpha = p.alpha;
    const double beta = p.beta;
    if (!model.seasonal()) {
        if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi)
            return false;
        return !model.hasTrend() || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
    }
    const double gamma = p.gamma;
    if (gamma < std::max(1 - 1 / phi - alpha, 0.0) || gamma > 1 + 1 / phi - alpha)
        return false;
    if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m))
        return false;
    if (beta < -(1 - phi) * (gamma / m + alpha))
        return false;
    std::array<double, longestSeason + 2> c{};
    c[0] = phi * (1 - alpha - gamma);
    c[1] = alpha + beta - alpha * phi + gamma - 1;
    for (int i = 2; i < m; ++i)
        c[std::size_t(i)] = alpha + beta - alpha * phi;
    c[std::size_t(m)] = alpha + beta - phi;
    c[std::size_t(m + 1)] = 1;
    return rootsInsideUnitCircle(c.data(), std::size_t(m + 1));
}

bool withinUsualBounds(const EtsModel& model, const EtsParameters& p)
{
    constexpr double low = EtsBounds::smoothingLow;
    constexpr double high = EtsBounds::smoothingHigh;
    if (p.alpha < low || p.alpha > high)
        return false;
    if (model.hasTrend() && (p.beta < low || p.beta > p.alpha || p.beta > high))
        return false;
    if (model.trend == EtsModel::Trend::Damped && (p.phi < EtsBounds::phiLow || p.phi > EtsBounds::phiHigh))
        return false;
    return !model.seasonal() || (p.gamma >= low && p.gamma <= 1 - p.alpha && p.gamma <= high);
}

// The vector the optimiser moves — alpha, beta as a fraction of alpha, gamma as a fraction of 1 − alpha, phi
// (those the model has), the level, the trend and the first m − 1 seasonal indexes — and back. The fractions
// turn beta ≤ alpha and gamma ≤ 1 − alpha into plain bounds, which the optimiser follows along an edge where a
// penalty would stop it (seasonal series often peak on gamma = 1 − alpha). The last index follows from the
// others (they sum to 0, or to m for a multiplicative season).
struct Packing
{
    EtsModel model;
    int m = 1;

    std::vector<double> pack(const EtsParameters& p, const EtsStates& s) const
    {
        std::vector<double> x{p.alpha};
        if (model.hasTrend())
            x.push_back(p.beta / p.alpha);
        if (model.seasonal())
            x.push_back(p.gamma / (1 - p.alpha));
        if (model.trend == EtsModel::Trend::Damped)
            x.push_back(p.phi);
        x.push_back(s.level);
        if (model.hasTrend())
            x.push_back(s.trend);
        if (model.seasonal())
            x.insert(x.end(), s.seasons.begin(), s.seasons.end() - 1);
        return x;
    }

    void unpack(const double* x, EtsParameters& p, EtsStates& s) const
    {
        std::size_t i = 0;
        p = {};
        p.alpha = x[i++];
        if (model.hasTrend())
            p.beta = std::max(p.alpha * x[i++], EtsBounds::smoothingLow);
        if (model.seasonal())
            p.gamma = std::max((1 - p.alpha) * x[i++], EtsBounds::smoothingLow);
        if (model.trend == EtsModel::Trend::Damped)
            p.phi = x[i++];
        s.level = x[i++];
        s.trend = 0;
        if (model.hasTrend())
            s.trend = x[i++];
        s.seasons.clear();
        if (model.seasonal()) {
            s.seasons.assign(x + i, x + i + m - 1);
            double sum = 0;
            for (const double index : s.seasons)
                sum += index;
            s.seasons.push_back((model.season == EtsModel::Season::Multiplicative ? m : 0) - sum);
        }
    }

    std::size_t smoothingCount() const
    {
        return 1 + model.hasTrend() + model.seasonal() + (model.trend == EtsModel::Trend::Damped);
    }
};

struct Objective
{
    Packing packing;
    const std::vector<double>* history = nullptr;
    EtsParameters parameters;
    EtsStates states;

    double operator()(const double* x)
    {
        packing.unpack(x, parameters, states);
        if (!withinUsualBounds(packing.model, parameters) || !admissible(packing.model, parameters, packing.m))
            return HUGE_VAL;
        const EtsLikelihood pass = etsLikelihood(packing.model, parameters, states, *history);
        if (pass.failed)
            return HUGE_VAL;
        const double value = pass.minusTwoLogLikelihood(packing.model);
        if (std::isnan(value))
            return HUGE_VAL;
        return std::max(value, -1e10);
    }
};

double evaluate(unsigned n, const double* x, double* gradient, void* data)
{
    (void)n;
    (void)gradient;
    return (*static_cast<Objective*>(data))(x);
}

// Additive states in the units of the values, the multiplicative season's indexes as they are.
EtsStates scaled(const EtsModel& model, EtsStates s, double factor)
{
    s.level *= factor;
    s.trend *= factor;
    if (model.season == EtsModel::Season::Additive)
        for (double& index : s.seasons)
            index *= factor;
    return s;
}

// Where the smoothing parameters start besides R's point (alpha 0 here): alpha, beta as a share of alpha,
// gamma as a share of 1 − alpha.
struct SmoothingStart
{
    double alpha = 0;
    double betaShare = 0;
    double gammaShare = 0;
};
constexpr SmoothingStart smoothingStarts[] = {{}, {0.2, 0.5, 0.5}, {0.05, 0.1, 0.95}};

struct Minimiser
{
    Objective* objective = nullptr;
    std::vector<double> lower;
    std::vector<double> upper;
    std::vector<double> steps;

    // Minimises from `point` `runs` times, each from the last one's end and of at most `evaluations`; leaves the
    // best point found in `point`.
    double run(std::vector<double>& point, int runs, int evaluations) const
    {
        double value = (*objective)(point.data());
        for (int i = 0; i < runs; ++i) {
            nlopt_opt optimiser = nlopt_create(NLOPT_LN_SBPLX, unsigned(point.size()));
            nlopt_set_min_objective(optimiser, evaluate, objective);
            nlopt_set_lower_bounds(optimiser, lower.data());
            nlopt_set_upper_bounds(optimiser, upper.data());
            nlopt_set_initial_step(optimiser, steps.data());
            nlopt_set_ftol_rel(optimiser, 1e-8);
            nlopt_set_maxeval(optimiser, evaluations);
            std::vector<double> candidate = point;
            double candidateValue = HUGE_VAL;
            const nlopt_result result = nlopt_optimize(optimiser, candidate.data(), &candidateValue);
            nlopt_destroy(optimiser);
            if ((result > 0 || result == NLOPT_ROUNDOFF_LIMITED) && candidateValue < value) {
                value = candidateValue;
                point = std::move(candidate);
            }
        }
        return value;
    }
};

std::optional<QString> unsuitable(const EtsModel& model, const std::vector<double>& history, int period)
{
    const int observed = observedCount(history);
    if (model.seasonal() && period > longestSeason)
        return QCoreApplication::translate("EtsFit", "%1: seasons of more than %2 periods are not modelled")
            .arg(model.name())
            .arg(longestSeason);
    if (model.seasonal() && period < 2)
        return QCoreApplication::translate("EtsFit", "%1 needs a season: the series has one value a year")
            .arg(model.name());
    if ((model.multiplicativeError() || model.season == EtsModel::Season::Multiplicative) && !allPositive(history))
        return QCoreApplication::translate("EtsFit", "%1 needs values above zero: the series has zero or below")
            .arg(model.name());
    const int needed = EtsFit::valuesNeeded(model, period);
    if (observed < needed || int(history.size()) < needed)
        return QCoreApplication::translate("EtsFit", "%1 needs at least %2 values; the series has %3")
            .arg(model.name())
            .arg(needed)
            .arg(observed);
    return std::nullopt;
}

} // namespace

int EtsFit::valuesNeeded(const EtsModel& model, int period)
{
    const int m = model.seasonal() ? period : 1;
    const int parameters = 2 + 2 * model.hasTrend() + (model.trend == EtsModel::Trend::Damped)
                           + (model.seasonal() ? m : 0);
    return std::max(parameters + 2, model.seasonal() ? 2 * m : 4);
}

void etsScore(EtsFit& fit)
{
    const int n = fit.pass.observed;
    const double lik = fit.pass.minusTwoLogLikelihood(fit.model);
    const double k = fit.parameterCount + 1;
    fit.logLikelihood = -0.5 * lik;
    fit.aic = lik + 2 * k;
    fit.bic = lik + std::log(double(n)) * k;
    fit.aicc = n - k - 1 > 0 ? fit.aic + 2 * k * (k + 1) / (n - k - 1) : std::numeric_limits<double>::infinity();
    fit.sigma2 = fit.pass.sumSquaredErrors / (n - fit.parameterCount);
}

EtsFit fitEts(const EtsModel& model, const std::vector<double>& history, int period)
{
    if (const auto reason = unsuitable(model, history, period))
        throw Error(*reason);
    const int m = model.seasonal() ? period : 1;

    // The optimiser sees the values scaled to about 1, so its steps suit any unit (yuan or billions of them).
    double scale = 0;
    for (const double y : history)
        if (!std::isnan(y))
            scale += std::abs(y);
    scale /= observedCount(history);
    if (scale == 0)
        scale = 1;
    std::vector<double> unit(history.size());
    std::transform(history.begin(), history.end(), unit.begin(), [scale](double y) { return y / scale; });

    Objective objective{{model, m}, &unit, {}, {}};
    std::vector<double> x
        = objective.packing.pack(etsStartingParameters(model, period), etsStartingStates(model, unit, period));
    const std::size_t dimension = x.size();
    const std::size_t smoothing = objective.packing.smoothingCount();
    std::vector<double> lower(dimension, -HUGE_VAL);
    std::vector<double> upper(dimension, HUGE_VAL);
    std::vector<double> steps(dimension);
    for (std::size_t i = 0; i < dimension; ++i) {
        if (i < smoothing) {
            const bool phi = model.trend == EtsModel::Trend::Damped && i + 1 == smoothing;
            lower[i] = phi ? EtsBounds::phiLow : EtsBounds::smoothingLow;
            upper[i] = phi ? EtsBounds::phiHigh : EtsBounds::smoothingHigh;
            steps[i] = phi ? 0.01 : 0.05;
        } else {
            steps[i] = 0.1 * std::max(std::abs(x[i]), 0.1);
        }
    }

    // A seasonal series's likelihood often has several optima (a season that follows every value, or one that
    // hardly moves) and a local search finds the nearest. So a seasonal fit first tries three starts briefly —
    // R's point and two others — and then follows the best to its end. Subplex (Nelder–Mead on subspaces,
    // steadier than plain Nelder–Mead in 15 dimensions) runs twice there, the second time from where the first
    // stopped.
    Minimiser minimiser{&objective, lower, upper, steps};
    std::vector<double> bestX = x;
    if (model.seasonal()) {
        double screened = HUGE_VAL;
        for (const SmoothingStart& start : smoothingStarts) {
            std::vector<double> point = x;
            if (start.alpha > 0) {
                std::size_t i = 0;
                point[i++] = start.alpha;
                if (model.hasTrend())
                    point[i++] = start.betaShare;
                point[i] = start.gammaShare;
            }
            const double value = minimiser.run(point, 1, screeningEvaluations);
            if (value < screened) {
                screened = value;
                bestX = point;
            }
        }
    }
    const double best = minimiser.run(bestX, 2, maxEvaluations);
    x = bestX;
    if (!std::isfinite(best))
        throw Error(QCoreApplication::translate("EtsFit", "%1: no admissible parameters fit the series")
                        .arg(model.name()));

    EtsFit fit;
    fit.model = model;
    fit.period = m;
    EtsStates unitStates;
    objective.packing.unpack(x.data(), fit.parameters, unitStates);
    fit.initial = scaled(model, unitStates, scale);
    fit.parameterCount = int(dimension);
    fit.pass = etsFilter(model, fit.parameters, fit.initial, history);
    etsScore(fit);
    return fit;
}

EtsFit chooseEts(const std::vector<double>& history, int period)
{
    std::optional<EtsFit> best;
    // A history too short for any AICc (as many values as parameters and σ, plus one) still gets the simplest
    // model that fits it: the first, since EtsModel::all() starts with ETS(A,N,N).
    std::optional<EtsFit> simplest;
    QString reason;
    for (const EtsModel& model : EtsModel::all()) {
        if (const auto why = unsuitable(model, history, period)) {
            if (reason.isEmpty())
                reason = *why;
            continue;
        }
        try {
            EtsFit fit = fitEts(model, history, period);
            if (!simplest)
                simplest = fit;
            if (std::isfinite(fit.aicc) && (!best || fit.aicc < best->aicc))
                best = std::move(fit);
        } catch (const Error& e) {
            if (reason.isEmpty())
                reason = e.message();
        }
    }
    if (best)
        return *best;
    if (simplest)
        return *simplest;
    throw Error(reason);
}

} // namespace mixshift
