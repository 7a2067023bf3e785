#include "MonteCarlo.h"

#include "Error.h"
#include "MixModel.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/triangle_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <thread>

namespace mixshift {

Distribution Distribution::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(uniform|triangular|normal|lognormal)\\s*\\(([^)]*)\\)\\s*$"));
    const auto m = form.match(text);
    const QString forms = QStringLiteral("uniform(a,b) triangular(a,mode,b) normal(mean,sd) lognormal(mu,sigma)");
    if (!m.hasMatch())
        throw Error(QCoreApplication::translate("MonteCarlo", "'%1' is not a distribution (%2)").arg(text, forms));
    QVector<double> values;
    for (const QString& part : m.captured(2).split(QLatin1Char(','))) {
        bool ok = false;
        values << part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(values.back()))
            throw Error(QCoreApplication::translate("MonteCarlo", "'%1': '%2' is not a finite number").arg(text, part.trimmed()));
    }
    Distribution d;
    const QString name = m.captured(1);
    const int expected = name == QLatin1String("triangular") ? 3 : 2;
    if (values.size() != expected)
        throw Error(QCoreApplication::translate("MonteCarlo", "'%1' takes %2 numbers (%3)").arg(text).arg(expected).arg(forms));
    d.a = values[0];
    d.b = values[1];
    d.c = values.value(2);
    if (name == QLatin1String("uniform")) {
        d.kind = Kind::Uniform;
        if (!(d.a < d.b))
            throw Error(QCoreApplication::translate("MonteCarlo", "'%1': a must be below b").arg(text));
    } else if (name == QLatin1String("triangular")) {
        d.kind = Kind::Triangular;
        if (!(d.a <= d.b && d.b <= d.c && d.a < d.c))
            throw Error(QCoreApplication::translate("MonteCarlo", "'%1': needs a ≤ mode ≤ b with a < b").arg(text));
    } else if (name == QLatin1String("normal")) {
        d.kind = Kind::Normal;
        if (!(d.b > 0))
            throw Error(QCoreApplication::translate("MonteCarlo", "'%1': the standard deviation must be above zero").arg(text));
    } else {
        d.kind = Kind::Lognormal;
        if (!(d.b > 0))
            throw Error(QCoreApplication::translate("MonteCarlo", "'%1': sigma must be above zero").arg(text));
    }
    return d;
}

namespace MonteCarlo {

namespace {

constexpr int chunks = 64;

double draw(const Distribution& d, boost::random::mt19937& generator, const LeverInfo& lever)
{
    // A distribution of no width is its one value: Boost's uniform draw would never return from a = b (it draws
    // until a value falls below b), and a normal of no spread is undefined. parse() refuses such input; a
    // default spread around a lever set to zero (defaultVary()) makes one.
    const bool degenerate = (d.kind == Distribution::Kind::Uniform && !(d.a < d.b)) ||
                            (d.kind == Distribution::Kind::Triangular && !(d.a < d.c)) ||
                            ((d.kind == Distribution::Kind::Normal || d.kind == Distribution::Kind::Lognormal) && !(d.b > 0));
    if (degenerate)
        return d.kind == Distribution::Kind::Triangular ? d.b
               : d.kind == Distribution::Kind::Lognormal ? std::exp(d.a)
                                                         : d.a;
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return boost::random::uniform_real_distribution<double>(d.a, d.b)(generator);
    case Distribution::Kind::Triangular:
        return boost::random::triangle_distribution<double>(d.a, d.b, d.c)(generator);
    case Distribution::Kind::Normal: {
        // Truncated to the lever's bounds by drawing again.
        boost::random::normal_distribution<double> normal(d.a, d.b);
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const double v = normal(generator);
            if (v >= lever.low && v <= lever.high)
                return v;
        }
        return std::clamp(d.a, lever.low, lever.high);
    }
    case Distribution::Kind::Lognormal:
        return boost::random::lognormal_distribution<double>(d.a, d.b)(generator);
    }
    return d.a;
}

/// Runs `job(0) … job(count - 1)` on up to four threads (the calling one included), each taking the next index.
void parallelFor(int count, const std::function<void(int)>& job)
{
    std::atomic<int> next{0};
    const auto work = [&] {
        for (int i = next++; i < count; i = next++)
            job(i);
    };
    const unsigned threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
}

} // namespace

// Selection instead of a full sort: each percentile partitions only what lies above the previous one, about
// 5 × n work instead of n log n.
Percentiles percentiles(std::vector<double>& values)
{
    const std::size_t n = values.size();
    double found[5];
    const double wanted[5] = {0.05, 0.25, 0.50, 0.75, 0.95};
    auto from = values.begin();
    for (int k = 0; k < 5; ++k) {
        const double position = wanted[k] * static_cast<double>(n - 1);
        const auto below = static_cast<std::size_t>(std::floor(position));
        const auto nth = values.begin() + static_cast<std::ptrdiff_t>(below);
        std::nth_element(from, nth, values.end());
        const double above = below + 1 < n ? *std::min_element(nth + 1, values.end()) : *nth;
        found[k] = *nth + (position - static_cast<double>(below)) * (above - *nth);
        from = nth;
    }
    return {found[0], found[1], found[2], found[3], found[4]};
}

QMap<QString, Distribution> parseVary(const QStringList& entries)
{
    QMap<QString, Distribution> vary;
    for (const QString& entry : entries) {
        const int equals = static_cast<int>(entry.indexOf(QLatin1Char('=')));
        if (equals <= 0)
            throw Error(QCoreApplication::translate("MonteCarlo", "'%1': give LEVER=DISTRIBUTION, e.g. wind_down=uniform(0.02,0.15)").arg(entry));
        const QString lever = entry.left(equals).trimmed();
        if (!findLever(lever))
            throw Error(QCoreApplication::translate("MonteCarlo", "unknown lever '%1' (levers: %2)").arg(lever, mixLeverNames().join(QLatin1Char(' '))));
        vary.insert(lever, Distribution::parse(entry.mid(equals + 1).trimmed()));
    }
    return vary;
}

MonteCarloResult run(const MixLevers& base, const MonteCarloSettings& settings, const std::function<bool()>& cancelled)
{
    if (settings.draws < 1 || settings.draws > maxDraws)
        throw Error(QCoreApplication::translate("MonteCarlo", "Monte Carlo takes 1 to %1 draws, not %2").arg(maxDraws).arg(settings.draws));
    QVector<std::pair<const LeverInfo*, Distribution>> varied;
    for (auto it = settings.vary.cbegin(); it != settings.vary.cend(); ++it) {
        const LeverInfo* lever = findLever(it.key());
        if (!lever)
            throw Error(QCoreApplication::translate("MonteCarlo", "unknown lever '%1' (levers: %2)").arg(it.key(), mixLeverNames().join(QLatin1Char(' '))));
        varied.append({lever, it.value()});
    }
    const int quarters = base.horizon + 1;
    const int n = settings.draws;
    std::vector<double> revenue(static_cast<std::size_t>(n) * quarters);
    std::vector<double> ebita(static_cast<std::size_t>(n) * quarters);
    std::vector<char> revenueAtLeastBase(n);
    std::vector<char> marginAtLeastTarget(n);
    std::atomic<bool> stop{false};

    parallelFor(chunks, [&](int chunk) {
        if (stop)
            return;
        // Every chunk has its own stream, so results do not depend on which thread ran it.
        boost::random::mt19937 generator(static_cast<std::uint32_t>(settings.seed * 1000003u + chunk * 7919u + 1u));
        const int first = static_cast<int>(static_cast<std::int64_t>(n) * chunk / chunks);
        const int last = static_cast<int>(static_cast<std::int64_t>(n) * (chunk + 1) / chunks);
        for (int i = first; i < last; ++i) {
            if (cancelled && (i % 256 == 0) && cancelled()) {
                stop = true;
                return;
            }
            MixLevers levers = base;
            for (const auto& [lever, distribution] : varied) {
                const double value = draw(distribution, generator, *lever);
                lever->set(levers, std::clamp(value, lever->low, lever->high));
            }
            const MixResult r = MixModel::run(levers);
            for (int t = 0; t < quarters; ++t) {
                revenue[static_cast<std::size_t>(i) * quarters + t] = r.quarters[t].revenue;
                ebita[static_cast<std::size_t>(i) * quarters + t] = r.quarters[t].ebita;
            }
            revenueAtLeastBase[i] = r.quarters.back().revenue >= r.quarters.front().revenue;
            marginAtLeastTarget[i] = r.quarters.back().margin >= settings.marginTarget;
        }
    });

    MonteCarloResult result;
    result.draws = n;
    result.cancelled = stop;
    if (result.cancelled)
        return result;
    result.revenue.resize(quarters);
    result.ebita.resize(quarters);
    Percentiles* revenueOut = result.revenue.data();
    Percentiles* ebitaOut = result.ebita.data();
    // One column (a quarter of revenue or of EBITA) per job.
    parallelFor(2 * quarters, [&](int job) {
        const std::vector<double>& values = job < quarters ? revenue : ebita;
        const int t = job % quarters;
        std::vector<double> column(n);
        for (int i = 0; i < n; ++i)
            column[i] = values[static_cast<std::size_t>(i) * quarters + t];
        (job < quarters ? revenueOut : ebitaOut)[t] = percentiles(column);
    });
    result.probabilityRevenueAtLeastBase =
        static_cast<double>(std::count(revenueAtLeastBase.begin(), revenueAtLeastBase.end(), 1)) / n;
    result.probabilityMarginAtLeastTarget =
        static_cast<double>(std::count(marginAtLeastTarget.begin(), marginAtLeastTarget.end(), 1)) / n;
    return result;
}

QString defaultVaryText()
{
    return QCoreApplication::translate("MonteCarlo", "wind_down and organic_growth ±50% around their settings");
}

QMap<QString, Distribution> defaultVary(const MixLevers& levers)
{
    Distribution windDown;
    windDown.a = levers.windDown * 0.5;
    windDown.b = levers.windDown * 1.5;
    Distribution growth;
    growth.kind = Distribution::Kind::Triangular;
    growth.a = levers.organicGrowth * 0.5;
    growth.b = levers.organicGrowth;
    growth.c = levers.organicGrowth * 1.5;
    return {{QStringLiteral("wind_down"), windDown}, {QStringLiteral("organic_growth"), growth}};
}

} // namespace MonteCarlo

MonteCarloSettings MonteCarloSettings::defaults(const MixLevers& levers)
{
    MonteCarloSettings settings;
    settings.vary = MonteCarlo::defaultVary(levers);
    return settings;
}

} // namespace mixshift
