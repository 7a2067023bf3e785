#include "ShareModel.h"

#include "Error.h"
#include "analytics/Analytics.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace mixshift::ShareModel {

namespace {

bool isOthers(const QString& provider)
{
    return provider == QLatin1String("Others");
}

QHash<QString, int> ranks(const QVector<std::pair<QString, double>>& shares)
{
    QVector<std::pair<QString, double>> sorted;
    for (const auto& entry : shares)
        if (!isOthers(entry.first))
            sorted << entry;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QHash<QString, int> rank;
    for (int i = 0; i < sorted.size(); ++i)
        rank.insert(sorted[i].first, i + 1);
    return rank;
}

ShareYear describe(int year, const QVector<std::pair<QString, double>>& shares, double marketSize,
                   const QHash<QString, int>& baseRanks)
{
    ShareYear y;
    y.year = year;
    y.shares = shares;
    y.marketSize = marketSize;
    QVector<double> values;
    // "Others" is many providers, not one: it counts in neither the HHI nor the CRn.
    for (const auto& [provider, share] : shares)
        if (!isOthers(provider))
            values << share;
    y.hhi = Analytics::herfindahl(values);
    y.cr3 = Analytics::concentration(values, 3);
    y.cr5 = Analytics::concentration(values, 5);
    y.rank = ranks(shares);
    for (auto it = y.rank.cbegin(); it != y.rank.cend(); ++it)
        y.rankChange.insert(it.key(), baseRanks.value(it.key(), it.value()) - it.value());
    return y;
}

} // namespace

void check(const ShareInputs& in)
{
    const auto growth = [](const QString& what, double rate) {
        if (!std::isfinite(rate) || rate <= -1 || rate > maxGrowth)
            throw Error(QCoreApplication::translate("ShareModel", "%1 must be a growth rate above -1 (-100%) and at most %2, not %3")
                            .arg(what)
                            .arg(maxGrowth)
                            .arg(rate));
    };
    if (in.baseYear < minYear || in.baseYear > maxYear)
        throw Error(QCoreApplication::translate("ShareModel", "the base year must be from %1 to %2, not %3").arg(minYear).arg(maxYear).arg(in.baseYear));
    if (in.years < 0 || in.years > maxYears)
        throw Error(QCoreApplication::translate("ShareModel", "years must be a whole number from 0 to %1, not %2").arg(maxYears).arg(in.years));
    growth(QCoreApplication::translate("ShareModel", "market growth"), in.marketGrowth);
    for (auto it = in.providerGrowth.cbegin(); it != in.providerGrowth.cend(); ++it)
        growth(QCoreApplication::translate("ShareModel", "the growth of %1").arg(it.key()), it.value());
    for (const auto& [provider, share] : in.baseShares)
        if (!std::isfinite(share) || share < 0 || share > 1)
            throw Error(QCoreApplication::translate("ShareModel", "the share of %1 must be from 0 to 1, not %2").arg(provider).arg(share));
    for (const ShareTransfer& t : in.transfers) {
        if (!std::isfinite(t.points) || t.points < 0 || t.points > 1)
            throw Error(QCoreApplication::translate("ShareModel", "transfer in %1: points are a fraction from 0 to 1 (0.02 = 2 points), not %2")
                            .arg(t.year)
                            .arg(t.points));
        if (t.year <= in.baseYear || t.year > in.baseYear + in.years)
            throw Error(QCoreApplication::translate("ShareModel", "transfer in %1: the year must be after the base year %2 and at most %3")
                            .arg(t.year)
                            .arg(in.baseYear)
                            .arg(in.baseYear + in.years));
    }
}

QVector<ShareYear> run(const ShareInputs& in)
{
    check(in);
    double total = 0;
    for (const auto& entry : in.baseShares)
        total += entry.second;
    if (in.baseShares.isEmpty() || std::abs(total - 1.0) > 1e-6)
        throw Error(QCoreApplication::translate("ShareModel", "the base shares must add up to 100% (they add up to %1%)").arg(total * 100));
    QVector<std::pair<QString, double>> revenue = in.baseShares;
    const QHash<QString, int> baseRanks = ranks(in.baseShares);
    QVector<ShareYear> years{describe(in.baseYear, in.baseShares, 1.0, baseRanks)};
    for (int k = 1; k <= in.years; ++k) {
        const int year = in.baseYear + k;
        double size = 0;
        for (auto& [provider, value] : revenue) {
            value *= 1.0 + in.providerGrowth.value(provider, in.marketGrowth);
            size += value;
        }
        QVector<std::pair<QString, double>> shares;
        for (const auto& [provider, value] : revenue)
            shares.append({provider, value / size});
        for (const ShareTransfer& t : in.transfers) {
            if (t.year != year)
                continue;
            const auto from = std::find_if(shares.begin(), shares.end(), [&](const auto& s) { return s.first == t.from; });
            const auto to = std::find_if(shares.begin(), shares.end(), [&](const auto& s) { return s.first == t.to; });
            if (from == shares.end() || to == shares.end())
                throw Error(QCoreApplication::translate("ShareModel", "transfer in %1: no provider '%2' in the market")
                                .arg(year)
                                .arg(from == shares.end() ? t.from : t.to));
            const double moved = std::min(t.points, from->second);
            from->second -= moved;
            to->second += moved;
        }
        // Transfers change revenues too, so later growth starts from the moved shares.
        for (int i = 0; i < revenue.size(); ++i)
            revenue[i].second = shares[i].second * size;
        years.append(describe(year, shares, size, baseRanks));
    }
    return years;
}

QVector<std::pair<QString, double>> baseShares(Database& db, const QString& marketKey, int year, const QString& source)
{
    Catalog catalog(db);
    const auto metric = catalog.findMetric(QStringLiteral("market_share"));
    ObservationFilter filter;
    filter.metricId = metric ? std::optional(metric->id) : std::nullopt;
    filter.includeRevisions = !source.isEmpty();
    ProjectQueries queries(db);
    QHash<std::int64_t, SeriesSummary> series;
    for (const SeriesSummary& s : queries.series(filter))
        if (s.marketKey == marketKey && s.category.isEmpty() && s.providerKind != QLatin1String("total"))
            series.insert(s.id, s);
    QVector<std::pair<QString, double>> shares;
    double sum = 0;
    for (const ObservationRow& row : queries.observations(filter)) {
        const auto s = series.constFind(row.seriesId);
        if (s == series.constEnd() || row.start != QDate(year, 1, 1) || row.end != QDate(year, 12, 31))
            continue;
        if (!source.isEmpty() && row.sourceKey != source && row.sourceTitle != source)
            continue;
        if (source.isEmpty() && !row.current)
            continue;
        if (std::any_of(shares.cbegin(), shares.cend(), [&](const auto& e) { return e.first == s->provider; }))
            continue;
        shares.append({s->provider, row.value});
        sum += row.value;
    }
    if (shares.isEmpty())
        throw Error(source.isEmpty()
                        ? QCoreApplication::translate("ShareModel", "no market shares of %1 in %2").arg(marketKey).arg(year)
                        : QCoreApplication::translate("ShareModel", "no market shares of %1 in %2 from '%3'")
                              .arg(marketKey)
                              .arg(year)
                              .arg(source));
    const auto others = std::find_if(shares.begin(), shares.end(), [](const auto& e) { return isOthers(e.first); });
    if (others != shares.end())
        others->second += 1.0 - sum;
    else if (sum < 1.0)
        shares.append({QStringLiteral("Others"), 1.0 - sum});
    // Largest first, "Others" last: the order tables and charts show them in.
    std::stable_sort(shares.begin(), shares.end(), [](const auto& a, const auto& b) {
        return isOthers(a.first) != isOthers(b.first) ? isOthers(b.first) : a.second > b.second;
    });
    return shares;
}

QVector<PenetrationYear> penetration(int startYear, double startShare, double targetShare, int years,
                                     double computeMarket, double computeGrowth)
{
    if (years < 1 || years > maxYears)
        throw Error(QCoreApplication::translate("ShareModel", "the penetration path takes 1 to %1 years, not %2").arg(maxYears).arg(years));
    if (startYear < minYear || startYear > maxYear)
        throw Error(QCoreApplication::translate("ShareModel", "the start year must be from %1 to %2, not %3").arg(minYear).arg(maxYear).arg(startYear));
    for (const auto& [what, share] : {std::pair{"start_share", startShare}, std::pair{"target_share", targetShare}})
        if (!std::isfinite(share) || share < 0 || share > 1)
            throw Error(QCoreApplication::translate("ShareModel", "%1 is a share from 0 to 1, not %2").arg(QLatin1String(what)).arg(share));
    if (!std::isfinite(computeMarket) || computeMarket < 0)
        throw Error(QCoreApplication::translate("ShareModel", "compute_market must be a size of 0 or more, not %1").arg(computeMarket));
    if (!std::isfinite(computeGrowth) || computeGrowth <= -1 || computeGrowth > maxGrowth)
        throw Error(QCoreApplication::translate("ShareModel", "compute_growth must be a growth rate above -1 (-100%) and at most %1, not %2")
                        .arg(maxGrowth)
                        .arg(computeGrowth));
    QVector<PenetrationYear> path;
    for (int k = 0; k <= years; ++k) {
        PenetrationYear y;
        y.year = startYear + k;
        y.publicShare = startShare + (targetShare - startShare) * k / years;
        y.computeMarket = computeMarket * std::pow(1.0 + computeGrowth, k);
        y.publicCloudMarket = y.publicShare * y.computeMarket;
        path.append(y);
    }
    return path;
}

} // namespace mixshift::ShareModel
