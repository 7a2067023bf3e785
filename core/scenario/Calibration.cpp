#include "Calibration.h"

#include "Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace mixshift {

namespace {

constexpr std::array<std::pair<CalibrationTarget::Kind, const char*>, 5> targetNames{{
    {CalibrationTarget::Kind::RevenueGrowth, "revenue_growth"},
    {CalibrationTarget::Kind::EbitaGrowth, "ebita_growth"},
    {CalibrationTarget::Kind::Margin, "margin"},
    {CalibrationTarget::Kind::Revenue, "revenue"},
    {CalibrationTarget::Kind::Ebita, "ebita"},
}};

// Solves the n×n system a·x = b by Gaussian elimination with partial pivoting; false when singular.
bool solveLinear(std::vector<std::vector<double>> a, std::vector<double> b, std::vector<double>& x)
{
    const std::size_t n = b.size();
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row)
            if (std::abs(a[row][col]) > std::abs(a[pivot][col]))
                pivot = row;
        if (std::abs(a[pivot][col]) < 1e-300)
            return false;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double f = a[row][col] / a[col][col];
            for (std::size_t k = col; k < n; ++k)
                a[row][k] -= f * a[col][k];
            b[row] -= f * b[col];
        }
    }
    x.assign(n, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        double sum = b[i];
        for (std::size_t k = i + 1; k < n; ++k)
            sum -= a[i][k] * x[k];
        x[i] = sum / a[i][i];
    }
    return true;
}

} // namespace

CalibrationTarget CalibrationTarget::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*([a-z_]+)@(\\d+)\\s*=\\s*([-+0-9.eE]+)\\s*$"));
    const auto m = form.match(text);
    QStringList names;
    for (const auto& entry : targetNames)
        names << QString::fromLatin1(entry.second) + QStringLiteral("@Q");
    if (!m.hasMatch())
        throw Error(QCoreApplication::translate("Calibration", "'%1' is not TARGET@Q=VALUE (targets: %2)").arg(text, names.join(QLatin1Char(' '))));
    for (const auto& [kind, name] : targetNames) {
        if (m.captured(1) == QLatin1String(name)) {
            bool isNumber = false;
            bool isQuarter = false;
            CalibrationTarget target{kind, m.captured(2).toInt(&isQuarter), m.captured(3).toDouble(&isNumber)};
            if (!isNumber || !std::isfinite(target.value))
                throw Error(QCoreApplication::translate("Calibration", "'%1': '%2' is not a finite number").arg(text, m.captured(3)));
            const int maxQuarter = static_cast<int>(findLever(QStringLiteral("horizon"))->high);
            if (!isQuarter || target.quarter > maxQuarter)
                throw Error(QCoreApplication::translate("Calibration", "'%1': the quarter must be from 0 to %2").arg(text).arg(maxQuarter));
            if ((kind == Kind::RevenueGrowth || kind == Kind::EbitaGrowth) && target.quarter < 4)
                throw Error(QCoreApplication::translate("Calibration", "'%1': growth is against the quarter four before; Q must be 4 or more").arg(text));
            return target;
        }
    }
    throw Error(QCoreApplication::translate("Calibration", "unknown target '%1' (targets: %2)").arg(m.captured(1), names.join(QLatin1Char(' '))));
}

QString CalibrationTarget::name() const
{
    for (const auto& [k, n] : targetNames)
        if (k == kind)
            return QStringLiteral("%1@%2").arg(QString::fromLatin1(n)).arg(quarter);
    return {};
}

double CalibrationTarget::measure(const MixResult& result) const
{
    const MixQuarter& q = result.quarters.value(quarter);
    switch (kind) {
    case Kind::RevenueGrowth:
        return q.revenueYoy.value_or(std::nan(""));
    case Kind::EbitaGrowth:
        return q.ebitaYoy.value_or(std::nan(""));
    case Kind::Margin:
        return q.margin;
    case Kind::Revenue:
        return q.revenue;
    case Kind::Ebita:
        return q.ebita;
    }
    return std::nan("");
}

namespace Calibration {

void checkTargets(const MixLevers& levers, const QVector<CalibrationTarget>& targets)
{
    for (const CalibrationTarget& t : targets)
        if (t.quarter > levers.horizon)
            throw Error(QCoreApplication::translate("Calibration", "target %1 lies beyond the horizon of %2 quarters (raise it with --set horizon=%3, "
                                       "or aim at quarter %2 or earlier)")
                            .arg(t.name())
                            .arg(levers.horizon)
                            .arg(t.quarter));
}

CalibrationResult solve(const MixLevers& start, const QStringList& leverNames, const QVector<CalibrationTarget>& targets)
{
    if (leverNames.isEmpty() || leverNames.size() > 3)
        throw Error(QCoreApplication::translate("Calibration", "calibration solves for one to three levers, not %1").arg(leverNames.size()));
    if (targets.size() != leverNames.size())
        throw Error(QCoreApplication::translate("Calibration", "calibration needs as many targets as levers (%1 levers, %2 targets)")
                        .arg(leverNames.size())
                        .arg(targets.size()));
    QVector<const LeverInfo*> infos;
    for (const QString& name : leverNames) {
        const LeverInfo* info = findLever(name);
        if (!info || name == QLatin1String("horizon") || name == QLatin1String("conversion_lag"))
            throw Error(QCoreApplication::translate("Calibration", "'%1' cannot be solved for (continuous levers: %2)")
                            .arg(name, mixLeverNames().join(QLatin1Char(' '))));
        infos << info;
    }
    checkTargets(start, targets);
    const std::size_t n = static_cast<std::size_t>(infos.size());

    CalibrationResult result;
    result.levers = start;
    result.solved = leverNames;

    const auto residualsAt = [&](const std::vector<double>& x) {
        MixLevers levers = result.levers;
        for (std::size_t i = 0; i < n; ++i)
            infos[int(i)]->set(levers, x[i]);
        const MixResult run = MixModel::run(levers);
        std::vector<double> r(n);
        for (std::size_t i = 0; i < n; ++i)
            r[i] = targets[int(i)].measure(run) - targets[int(i)].value;
        return r;
    };
    const auto norm = [](const std::vector<double>& r) {
        double sum = 0;
        for (const double v : r)
            sum += v * v;
        return std::sqrt(sum);
    };
    const auto clamp = [&](std::vector<double>& x) {
        for (std::size_t i = 0; i < n; ++i)
            x[i] = std::clamp(x[i], infos[int(i)]->low, infos[int(i)]->high);
    };

    // Residuals of money targets are relative, so targets of different sizes weigh alike.
    std::vector<double> scale(n, 1.0);
    for (std::size_t i = 0; i < n; ++i)
        if (targets[int(i)].kind == CalibrationTarget::Kind::Revenue || targets[int(i)].kind == CalibrationTarget::Kind::Ebita)
            scale[i] = 1.0 / std::max(1.0, std::abs(targets[int(i)].value));

    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = infos[int(i)]->get(result.levers);
    clamp(x);
    std::vector<double> r = residualsAt(x);
    for (std::size_t i = 0; i < n; ++i)
        r[i] *= scale[i];
    double lambda = 1e-3;
    std::vector<std::vector<double>> jacobian(n, std::vector<double>(n));
    bool singular = false;
    for (result.iterations = 0; result.iterations < 200 && norm(r) > tolerance; ++result.iterations) {
        for (std::size_t j = 0; j < n; ++j) {
            const double step = 1e-6 * std::max(1.0, std::abs(x[j]));
            std::vector<double> up = x;
            std::vector<double> down = x;
            up[j] = std::min(x[j] + step, infos[int(j)]->high);
            down[j] = std::max(x[j] - step, infos[int(j)]->low);
            const std::vector<double> ru = residualsAt(up);
            const std::vector<double> rd = residualsAt(down);
            for (std::size_t i = 0; i < n; ++i)
                jacobian[i][j] = (ru[i] - rd[i]) * scale[i] / (up[j] - down[j]);
        }
        // (JᵀJ + λ·diag(JᵀJ)) δ = −Jᵀr
        std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
        std::vector<double> g(n, 0.0);
        double diagonalMax = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                for (std::size_t k = 0; k < n; ++k)
                    a[i][j] += jacobian[k][i] * jacobian[k][j];
                diagonalMax = std::max(diagonalMax, std::abs(a[i][i]));
            }
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = 0; k < n; ++k)
                g[i] -= jacobian[k][i] * r[k];
        // A lever that moves no target, or two that move them alike, leave JᵀJ singular: not unique.
        std::vector<double> probe;
        if (!solveLinear(a, std::vector<double>(n, 1.0), probe) ||
            std::any_of(probe.begin(), probe.end(), [&](double v) { return std::abs(v) * diagonalMax > 1e12; })) {
            singular = true;
            break;
        }
        bool improved = false;
        for (int attempt = 0; attempt < 20 && !improved; ++attempt) {
            std::vector<std::vector<double>> damped = a;
            for (std::size_t i = 0; i < n; ++i)
                damped[i][i] += lambda * std::max(a[i][i], 1e-12);
            std::vector<double> delta;
            if (!solveLinear(damped, g, delta))
                break;
            std::vector<double> candidate = x;
            for (std::size_t i = 0; i < n; ++i)
                candidate[i] += delta[i];
            clamp(candidate);
            std::vector<double> rc = residualsAt(candidate);
            for (std::size_t i = 0; i < n; ++i)
                rc[i] *= scale[i];
            if (norm(rc) < norm(r)) {
                x = candidate;
                r = rc;
                lambda = std::max(lambda / 10, 1e-12);
                improved = true;
            } else {
                lambda *= 10;
            }
        }
        if (!improved)
            break;
    }

    for (std::size_t i = 0; i < n; ++i)
        infos[int(i)]->set(result.levers, x[i]);
    const std::vector<double> unscaled = residualsAt(x);
    for (const double v : unscaled)
        result.residuals << v;
    if (singular) {
        result.status = CalibrationResult::Status::NotUnique;
        result.message = QCoreApplication::translate("Calibration", "not unique: the levers %1 move the targets alike (or one moves none), so more "
                                        "than one set of values reproduces them; fix one lever or add a target")
                             .arg(leverNames.join(QStringLiteral(", ")));
    } else if (norm(r) > 1e-5) {
        result.status = CalibrationResult::Status::NoSolutionWithinBounds;
        result.message = QCoreApplication::translate("Calibration", "no solution within the levers' bounds: the closest values still miss the "
                                        "targets (residuals below)");
    } else {
        result.message = QCoreApplication::translate("Calibration", "solved in %1 iterations").arg(result.iterations);
    }
    return result;
}

} // namespace Calibration

} // namespace mixshift
