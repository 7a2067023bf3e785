#include "ConsistencyChecks.h"

#include "Analytics.h"
#include "domain/Period.h"
#include "store/Database.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <cmath>
#include <unordered_map>
#include <utility>

namespace mixshift::ConsistencyChecks {

namespace {

// A current value as the checks need it: a store of millions of values is read through once, so nothing of a
// value's texts is kept but its qualifier, and its series and source are shared.
struct Value
{
    const SeriesSummary* series = nullptr;
    QDate start;
    QDate end;
    double value = 0;
    QString qualifier;
    const QString* source = nullptr;
};

struct PeriodKey
{
    qint64 start = 0;
    qint64 end = 0;

    bool operator==(const PeriodKey& other) const { return start == other.start && end == other.end; }
};

size_t qHash(const PeriodKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.start, key.end);
}

PeriodKey periodKey(const QDate& start, const QDate& end)
{
    return {start.toJulianDay(), end.toJulianDay()};
}

// A level series' current values by period (one for each currency stated): a multi-hash, not a list for each
// period, so that millions of values are not as many allocations.
using Levels = QMultiHash<PeriodKey, Value>;

// The level of the period in `currency`, or none.
const Value* levelIn(const Levels& levels, const PeriodKey& period, const QString& currency)
{
    for (auto [it, end] = levels.equal_range(period); it != end; ++it)
        if (it->series->currency == currency)
            return &*it;
    return nullptr;
}

QString periodOf(const Value& v)
{
    const auto period = Period::fromRange(v.start, v.end, v.series->fiscalYearEndMonth);
    return period ? period->label() : toIsoDate(v.start);
}

QString subjectOf(const Value& v)
{
    return v.series->provider + QStringLiteral(" — ") + v.series->metricName;
}

QString figure(const Value& v)
{
    //: One figure of a finding: provider, metric name, period: value with unit — source
    return QCoreApplication::translate("ConsistencyChecks", "%1, %2 %3: %4 — %5")
        .arg(v.series->provider, v.series->metricName, periodOf(v),
             v.series->displayUnit().formatWithUnit(v.value, v.qualifier), *v.source);
}

// What identifies a level series a growth or margin relates to: provider, market, segment.
QString scopeKey(const SeriesSummary& s, const QString& metric)
{
    return QStringLiteral("%1|%2|%3|%4").arg(s.provider, metric, s.marketKey, s.category);
}

// The findings, up to the number asked for, and how many there are: their texts are made for those kept only.
class Collector
{
public:
    explicit Collector(qsizetype keep)
        : m_keep(keep)
    {
    }

    template <typename Describe>
    void add(Finding::Kind kind, Describe describe, const QVector<Value>& values)
    {
        ++m_found.total;
        if (m_found.listed.size() >= m_keep)
            return;
        Finding f{kind, describe(), {}, {}, {}};
        for (const Value& v : values) {
            f.figures << figure(v);
            f.subjects << subjectOf(v);
            f.sources << *v.source;
        }
        m_found.listed.append(f);
    }

    Findings take() { return std::move(m_found); }

private:
    qsizetype m_keep;
    Findings m_found;
};

} // namespace

Findings run(Database& db, qsizetype keep, const std::atomic_bool* cancel)
{
    ProjectQueries queries(db);
    std::unordered_map<std::int64_t, SeriesSummary> series;
    for (const SeriesSummary& s : queries.series())
        series.emplace(s.id, s);
    std::unordered_map<std::int64_t, QString> sources;
    Statement sourceRows = db.prepare("SELECT id, title, publisher, published FROM source");
    while (sourceRows.step())
        sources.emplace(sourceRows.int64(0), describeSource(sourceRows.text(1), sourceRows.text(2), sourceRows.text(3)));
    const QString unknownSource;

    // Current values of a level series by its scope and period, one for each currency.
    QHash<QString, Levels> levels;
    QVector<Value> shares;
    QVector<Value> growths;
    QHash<std::int64_t, QString> levelScopes; // series id → scope key
    Statement rows = db.prepare("SELECT series_id, period_start, period_end, value, qualifier, source_id "
                                "FROM observation ORDER BY series_id, period_start, period_end");
    for (qint64 read = 0; rows.step(); ++read) {
        if (cancel && read % 65536 == 0 && *cancel)
            return {};
        const auto found = series.find(rows.int64(0));
        if (found == series.end())
            continue;
        const SeriesSummary& s = found->second;
        const auto source = sources.find(rows.int64(5));
        const Value v{&s, QDate::fromString(rows.text(1), Qt::ISODate),
                      QDate::fromString(rows.text(2), Qt::ISODate), rows.real(3), rows.text(4),
                      source == sources.end() ? &unknownSource : &source->second};
        if (s.metricKey == QLatin1String("market_share") && s.providerKind != QLatin1String("total")) {
            shares << v;
        } else if (s.metricKey.endsWith(QLatin1String("_growth_yoy"))) {
            growths << v;
        } else if (s.metricKind == QLatin1String("money")) {
            auto scope = levelScopes.find(s.id);
            if (scope == levelScopes.end())
                scope = levelScopes.insert(s.id, scopeKey(s, s.metricKey));
            levels[*scope].insert(periodKey(v.start, v.end), v);
        }
    }

    Collector found(keep);

    QMap<QString, QVector<Value>> byMarketAndPeriod;
    for (const Value& v : shares)
        byMarketAndPeriod[v.series->market + QLatin1Char('|') + toIsoDate(v.start) + QLatin1Char('|') + toIsoDate(v.end)] << v;
    for (const QVector<Value>& group : byMarketAndPeriod) {
        double sum = 0;
        for (const Value& v : group)
            sum += v.value;
        if (sum > 1.0 + shareTolerance)
            found.add(Finding::Kind::SharesOver100, [&] {
                //: %1 market name (or "one market"), %2 period, %3 percentage
                return QCoreApplication::translate("ConsistencyChecks", "Shares of %1 in %2 add up to %3")
                    .arg(group.front().series->market.isEmpty() ? QCoreApplication::translate("ConsistencyChecks", "one market")
                                                                : group.front().series->market,
                         periodOf(group.front()), formatPercent(sum));
            }, group);
    }

    for (const Value& g : growths) {
        const QString base = g.series->metricKey.chopped(QStringLiteral("_growth_yoy").size());
        const auto scope = levels.constFind(scopeKey(*g.series, base));
        if (scope == levels.constEnd())
            continue;
        const PeriodKey earlierPeriod = periodKey(g.start.addYears(-1), g.end.addDays(1).addYears(-1).addDays(-1));
        // The first currency stated in both years (with a level to grow from).
        for (auto [now, end] = scope->equal_range(periodKey(g.start, g.end)); now != end; ++now) {
            const Value* earlier = levelIn(*scope, earlierPeriod, now->series->currency);
            if (!earlier || earlier->value == 0)
                continue;
            const double computed = now->value / earlier->value - 1.0;
            if (std::abs(computed - g.value) > growthTolerance)
                found.add(Finding::Kind::GrowthMismatch, [&] {
                    //: %1 metric name, %2 period, %3 provider, %4 and %5 percentages
                    return QCoreApplication::translate("ConsistencyChecks", "%1 %2 of %3 is stated as %4, but the levels give %5")
                        .arg(g.series->metricName, periodOf(g), g.series->provider, formatPercent(g.value),
                             formatPercent(computed));
                }, {g, *now, *earlier});
            break;
        }
    }

    for (const QString& profit : {QStringLiteral("operating_income"), QStringLiteral("adjusted_ebita")}) {
        for (auto scope = levels.cbegin(); scope != levels.cend(); ++scope) {
            const Levels* revenues = nullptr; // the revenue of the profit's scope
            for (const Value& p : scope.value()) {
                if (p.series->metricKey != profit)
                    continue;
                if (!revenues) {
                    const auto revenueScope = levels.constFind(scopeKey(*p.series, QStringLiteral("revenue")));
                    if (revenueScope == levels.constEnd())
                        break;
                    revenues = &revenueScope.value();
                }
                const Value* revenue = levelIn(*revenues, periodKey(p.start, p.end), p.series->currency);
                if (!revenue || revenue->value <= 0 || p.value <= revenue->value)
                    continue;
                found.add(Finding::Kind::MarginOver100, [&] {
                    //: %1 metric name, %2 provider, %3 period, %4 percentage
                    return QCoreApplication::translate("ConsistencyChecks", "%1 of %2 in %3 is larger than its revenue: a margin of %4")
                        .arg(p.series->metricName, p.series->provider, periodOf(p),
                             formatPercent(p.value / revenue->value));
                }, {p, *revenue});
            }
        }
    }
    return found.take();
}

} // namespace mixshift::ConsistencyChecks

namespace mixshift {

bool Finding::concerns(const QString& provider, const QString& metricName) const
{
    return subjects.contains(provider + QStringLiteral(" — ") + metricName);
}

} // namespace mixshift
