#include "EtsForecast.h"

#include "Error.h"

#include <QCoreApplication>

#include <Eigen/Dense>
#include <unsupported/Eigen/KroneckerProduct>
#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace mixshift {

namespace {

// c_j: how much of a one-step error reaches the forecast j periods later (α + β(φ + … + φ^j) + γ once a season).
std::vector<double> errorWeights(const EtsFit& fit, int horizon)
{
    const EtsParameters& p = fit.parameters;
    std::vector<double> c(std::size_t(std::max(horizon - 1, 0)));
    double dampedSum = 0;
    double power = 1;
    for (int j = 1; j < horizon; ++j) {
        power *= p.phi;
        dampedSum += power;
        double weight = p.alpha;
        if (fit.model.hasTrend())
            weight += p.beta * dampedSum;
        if (fit.model.seasonal() && j % fit.period == 0)
            weight += p.gamma;
        c[std::size_t(j - 1)] = weight;
    }
    return c;
}

// Additive error and components: v_h = σ²(1 + Σ c_j²).
void linearVariance(const EtsFit& fit, const std::vector<double>& c, EtsForecast& f)
{
    double sum = 0;
    for (std::size_t h = 0; h < f.mean.size(); ++h) {
        if (h > 0)
            sum += c[h - 1] * c[h - 1];
        f.variance.push_back(fit.sigma2 * (1 + sum));
    }
}

// Multiplicative error, additive components: θ_1 = μ_1², θ_h = μ_h² + σ² Σ c_j² θ_{h−j}, v_h = (1 + σ²)θ_h − μ_h².
void multiplicativeErrorVariance(const EtsFit& fit, const std::vector<double>& c, EtsForecast& f)
{
    const std::size_t horizon = f.mean.size();
    std::vector<double> theta(horizon);
    for (std::size_t h = 0; h < horizon; ++h) {
        theta[h] = f.mean[h] * f.mean[h];
        for (std::size_t j = 1; j <= h; ++j)
            theta[h] += fit.sigma2 * c[j - 1] * c[j - 1] * theta[h - j];
        f.variance.push_back((1 + fit.sigma2) * theta[h] - f.mean[h] * f.mean[h]);
    }
}

// Multiplicative error and season: the mean and variance of the product of the level-and-trend states and the
// seasonal states, carried forward to second order in σ² (Hyndman et al. 2008, §6.3).
void multiplicativeSeasonMoments(const EtsFit& fit, int horizon, EtsForecast& f)
{
    using Eigen::MatrixXd;
    const EtsParameters& p = fit.parameters;
    const EtsStates& last = fit.pass.last;
    const int m = fit.period;
    const bool trend = fit.model.hasTrend();
    const int k = trend ? 2 : 1;
    const double phi = p.phi;
    const double s2 = fit.sigma2;

    MatrixXd h1(1, k), f1(k, k), g1(k, k);
    if (trend) {
        h1 << 1, phi;
        f1 << 1, phi, 0, phi;
        g1 << p.alpha, p.alpha * phi, p.beta, p.beta * phi;
    } else {
        h1 << 1;
        f1 << 1;
        g1 << p.alpha;
    }
    MatrixXd h2 = MatrixXd::Zero(1, m);
    h2(0, m - 1) = 1;
    MatrixXd f2 = MatrixXd::Zero(m, m);
    f2(0, m - 1) = 1;
    for (int i = 1; i < m; ++i)
        f2(i, i - 1) = 1;
    MatrixXd g2 = MatrixXd::Zero(m, m);
    g2(0, m - 1) = p.gamma;

    MatrixXd levelTrend(k, 1);
    levelTrend(0, 0) = last.level;
    if (trend)
        levelTrend(1, 0) = last.trend;
    MatrixXd seasons(1, m);
    for (int i = 0; i < m; ++i)
        seasons(0, i) = last.seasons[std::size_t(i)];
    MatrixXd moments = levelTrend * seasons;
    MatrixXd covariance = MatrixXd::Zero(k * m, k * m);
    const MatrixXd h21 = Eigen::kroneckerProduct(h2, h1);
    const MatrixXd f21 = Eigen::kroneckerProduct(f2, f1);
    const MatrixXd g21 = Eigen::kroneckerProduct(g2, g1);
    const MatrixXd cross = MatrixXd(Eigen::kroneckerProduct(g2, f1)) + MatrixXd(Eigen::kroneckerProduct(f2, g1));
    for (int h = 0; h < horizon; ++h) {
        const double mu = (h1 * moments * h2.transpose())(0, 0);
        f.mean.push_back(mu);
        f.variance.push_back((1 + s2) * (h21 * covariance * h21.transpose())(0, 0) + s2 * mu * mu);
        const Eigen::Map<const Eigen::VectorXd> vec(moments.data(), moments.size());
        const MatrixXd outer = vec * vec.transpose();
        covariance = f21 * covariance * f21.transpose()
                     + s2
                           * (f21 * covariance * g21.transpose() + g21 * covariance * f21.transpose()
                              + cross * (covariance + outer) * cross.transpose()
                              + s2 * g21 * (3 * covariance + 2 * outer) * g21.transpose());
        moments = f1 * moments * f2.transpose() + g1 * moments * g2.transpose() * s2;
    }
}

} // namespace

EtsForecast EtsForecast::of(const EtsFit& fit, int horizon, const std::vector<double>& levels)
{
    if (horizon < 1)
        throw Error(QCoreApplication::translate("EtsForecast", "the horizon must be 1 period or more, not %1")
                        .arg(horizon));
    for (const double level : levels)
        if (!(level > 0 && level < 100))
            throw Error(QCoreApplication::translate("EtsForecast",
                                                    "a prediction interval's level lies between 0 and 100, not %1")
                            .arg(level));
    EtsForecast f;
    if (fit.model.multiplicativeError() && fit.model.season == EtsModel::Season::Multiplicative) {
        multiplicativeSeasonMoments(fit, horizon, f);
    } else {
        for (int h = 1; h <= horizon; ++h)
            f.mean.push_back(etsPointForecast(fit.model, fit.parameters, fit.pass.last, h));
        const std::vector<double> c = errorWeights(fit, horizon);
        if (fit.model.multiplicativeError())
            multiplicativeErrorVariance(fit, c, f);
        else
            linearVariance(fit, c, f);
    }
    const boost::math::normal standard;
    for (const double level : levels) {
        const double z = boost::math::quantile(standard, 1 - (100 - level) / 200);
        PredictionInterval interval;
        interval.level = level;
        for (std::size_t h = 0; h < f.mean.size(); ++h) {
            const double margin = z * std::sqrt(std::max(f.variance[h], 0.0));
            interval.lower.push_back(f.mean[h] - margin);
            interval.upper.push_back(f.mean[h] + margin);
        }
        f.intervals.push_back(std::move(interval));
    }
    return f;
}

} // namespace mixshift
