#include "ConsistencyChecks.h"

#include "Analytics.h"
#include "domain/Period.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace mixshift::ConsistencyChecks {

namespace {

struct Value
{
    SeriesSummary series;
    ObservationRow row;
};

QString periodOf(const Value& v)
{
    const auto period = Period::fromRange(v.row.start, v.row.end, v.series.fiscalYearEndMonth);
    return period ? period->label() : toIsoDate(v.row.start);
}

QString sourceOf(const Value& v)
{
    return describeSource(v.row.sourceTitle, v.row.sourcePublisher, v.row.sourcePublished);
}

QString subjectOf(const Value& v)
{
    return v.series.provider + QStringLiteral(" — ") + v.series.metricName;
}

QString figure(const Value& v)
{
    //: One figure of a finding: provider, metric name, period: value with unit — source
    return QCoreApplication::translate("ConsistencyChecks", "%1, %2 %3: %4 — %5")
        .arg(v.series.provider, v.series.metricName, periodOf(v),
             v.series.displayUnit().formatWithUnit(v.row.value, v.row.qualifier),
             sourceOf(v));
}

// A finding of the figures `values`.
Finding finding(Finding::Kind kind, const QString& description, const QVector<Value>& values)
{
    Finding f{kind, description, {}, {}, {}};
    for (const Value& v : values) {
        f.figures << figure(v);
        f.subjects << subjectOf(v);
        f.sources << sourceOf(v);
    }
    return f;
}

// What identifies a level series a growth or margin relates to: provider, market, segment.
QString scopeKey(const SeriesSummary& s, const QString& metric)
{
    return QStringLiteral("%1|%2|%3|%4").arg(s.provider, metric, s.marketKey, s.category);
}

QString periodKey(const QDate& start, const QDate& end)
{
    return toIsoDate(start) + QLatin1Char('|') + toIsoDate(end);
}

} // namespace

QVector<Finding> run(Database& db)
{
    ProjectQueries queries(db);
    QHash<std::int64_t, SeriesSummary> series;
    for (const SeriesSummary& s : queries.series())
        series.insert(s.id, s);
    ObservationFilter currentOnly;
    currentOnly.includeRevisions = false;
    // Current values by series scope and period (levels in the provider's home currency win over others).
    QHash<QString, QHash<QString, Value>> levels;
    QVector<Value> shares;
    QVector<Value> growths;
    for (const ObservationRow& row : queries.observations(currentOnly)) {
        const SeriesSummary& s = series[row.seriesId];
        const Value v{s, row};
        if (s.metricKey == QLatin1String("market_share") && s.providerKind != QLatin1String("total"))
            shares << v;
        else if (s.metricKey.endsWith(QLatin1String("_growth_yoy")))
            growths << v;
        else if (s.metricKind == QLatin1String("money"))
            levels[scopeKey(s, s.metricKey)].insert(periodKey(row.start, row.end) + QLatin1Char('|') + s.currency, v);
    }

    QVector<Finding> findings;

    QMap<QString, QVector<Value>> byMarketAndPeriod;
    for (const Value& v : shares)
        byMarketAndPeriod[v.series.market + QLatin1Char('|') + periodKey(v.row.start, v.row.end)] << v;
    for (const QVector<Value>& group : byMarketAndPeriod) {
        double sum = 0;
        for (const Value& v : group)
            sum += v.row.value;
        if (sum > 1.0 + shareTolerance)
            findings.append(finding(Finding::Kind::SharesOver100,
                                    //: %1 market name (or "one market"), %2 period, %3 percentage
                                    QCoreApplication::translate("ConsistencyChecks", "Shares of %1 in %2 add up to %3")
                                        .arg(group.front().series.market.isEmpty() ? QCoreApplication::translate("ConsistencyChecks", "one market")
                                                                                   : group.front().series.market,
                                             periodOf(group.front()), formatPercent(sum)),
                                    group));
    }

    for (const Value& g : growths) {
        const QString base = g.series.metricKey.chopped(QStringLiteral("_growth_yoy").size());
        const auto& scope = levels.value(scopeKey(g.series, base));
        const QDate earlierStart = g.row.start.addYears(-1);
        const QDate earlierEnd = g.row.end.addDays(1).addYears(-1).addDays(-1);
        for (auto it = scope.cbegin(); it != scope.cend(); ++it) {
            const Value& now = it.value();
            if (now.row.start != g.row.start || now.row.end != g.row.end)
                continue;
            const auto earlier = scope.constFind(periodKey(earlierStart, earlierEnd) + QLatin1Char('|') + now.series.currency);
            if (earlier == scope.constEnd() || earlier->row.value == 0)
                continue;
            const double computed = now.row.value / earlier->row.value - 1.0;
            if (std::abs(computed - g.row.value) > growthTolerance)
                findings.append(finding(Finding::Kind::GrowthMismatch,
                                        //: %1 metric name, %2 period, %3 provider, %4 and %5 percentages
                                        QCoreApplication::translate("ConsistencyChecks", "%1 %2 of %3 is stated as %4, but the levels give %5")
                                            .arg(g.series.metricName, periodOf(g), g.series.provider,
                                                 formatPercent(g.row.value), formatPercent(computed)),
                                        {g, now, *earlier}));
            break;
        }
    }

    for (const QString& profit : {QStringLiteral("operating_income"), QStringLiteral("adjusted_ebita")}) {
        for (auto scope = levels.cbegin(); scope != levels.cend(); ++scope) {
            for (const Value& p : scope.value()) {
                if (p.series.metricKey != profit)
                    continue;
                const auto revenue = levels.value(scopeKey(p.series, QStringLiteral("revenue")))
                                         .value(periodKey(p.row.start, p.row.end) + QLatin1Char('|') + p.series.currency);
                if (revenue.row.value <= 0 || p.row.value <= revenue.row.value)
                    continue;
                findings.append(finding(Finding::Kind::MarginOver100,
                                        //: %1 metric name, %2 provider, %3 period, %4 percentage
                                        QCoreApplication::translate("ConsistencyChecks", "%1 of %2 in %3 is larger than its revenue: a margin of %4")
                                            .arg(p.series.metricName, p.series.provider, periodOf(p),
                                                 formatPercent(p.row.value / revenue.row.value)),
                                        {p, revenue}));
            }
        }
    }
    return findings;
}

} // namespace mixshift::ConsistencyChecks

namespace mixshift {

bool Finding::concerns(const QString& provider, const QString& metricName) const
{
    return subjects.contains(provider + QStringLiteral(" — ") + metricName);
}

} // namespace mixshift
