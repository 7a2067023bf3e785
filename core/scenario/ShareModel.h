#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace mixshift {

class Database;

/// "Move `points` of share from `from` to `to` in `year`" (points as a fraction: 0.02 = 2 points).
struct ShareTransfer
{
    int year = 0;
    QString from;
    QString to;
    double points = 0;
};

struct ShareInputs
{
    int baseYear = 2022;
    /// Provider → share (fractions adding up to 1, the rest of the market as "Others").
    QVector<std::pair<QString, double>> baseShares;
    double marketGrowth = 0.16;
    /// Annual growth of a provider's revenue; providers not named grow with the market.
    QHash<QString, double> providerGrowth;
    QVector<ShareTransfer> transfers;
    int years = 5;
};

struct ShareYear
{
    int year = 0;
    QVector<std::pair<QString, double>> shares;
    /// The market's size as a multiple of the base year's.
    double marketSize = 1;
    double hhi = 0;
    double cr3 = 0;
    double cr5 = 0;
    /// Provider → rank (1 = largest) and its change since the base year (positive = climbed).
    QHash<QString, int> rank;
    QHash<QString, int> rankChange;
};

/// One year of the penetration variant: the public-cloud share of a country's compute and the public-cloud
/// market it implies.
struct PenetrationYear
{
    int year = 0;
    double publicShare = 0;
    double computeMarket = 0;
    double publicCloudMarket = 0;
};

/// Market shares projected forward (product.md §6.4): each provider's revenue grows at its own rate, shares are
/// its part of the total — so they add up to 100% every year — and explicit transfers move points between
/// providers; HHI, CR3, CR5 and rank changes each year.
namespace ShareModel {

/// The domain of the inputs: years from minYear to maxYear, 0 (the base year alone) to maxYears projected, growth rates above −1
/// (−100%) and at most maxGrowth, shares and transferred points from 0 to 1.
constexpr int minYear = 1800;
constexpr int maxYear = 2200;
constexpr int maxYears = 50;
constexpr double maxGrowth = 100;

/// Throws Error naming the first input outside its domain (a transfer outside the projected years included).
void check(const ShareInputs& inputs);

/// Throws Error (see check()) for inputs outside their domain.
QVector<ShareYear> run(const ShareInputs& inputs);

/// The base year's shares of a market from the project: the values `source` gives (a source key or title, its
/// revisions included) when given, else the current ones; what they leave of 100% becomes "Others". Throws
/// Error when the market has no shares that year.
QVector<std::pair<QString, double>> baseShares(Database& db, const QString& marketKey, int year, const QString& source);

/// A public share moving in equal steps from `startShare` to `targetShare` over `years`, on a compute market
/// growing at `computeGrowth` from `computeMarket`. Throws Error for shares outside 0…1, growth at or below −1,
/// a negative market or a count of years outside 1…maxYears.
QVector<PenetrationYear> penetration(int startYear, double startShare, double targetShare, int years,
                                     double computeMarket, double computeGrowth);

} // namespace ShareModel

} // namespace mixshift
