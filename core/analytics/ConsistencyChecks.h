#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <limits>

namespace mixshift {

class Database;

/// A stated figure that disagrees with what other stated figures imply, with every figure involved and its
/// source, so the analyst can see which one to doubt.
struct Finding
{
    enum class Kind { SharesOver100, GrowthMismatch, MarginOver100 };

    Kind kind;
    QString description;
    QStringList figures;
    /// What each figure is of, "PROVIDER — METRIC NAME" ("Alibaba Cloud — Revenue"), and the source it is from
    /// as charts name sources: for a report to show the findings about what it shows, and cite their sources.
    QStringList subjects;
    QStringList sources;

    bool concerns(const QString& provider, const QString& metricName) const;
};

/// Checks the project's current values: shares of one market and period adding up to more than 100% (beyond
/// half a point of rounding), a stated YoY growth more than a point away from the growth of the two levels it
/// relates, a profit larger than the revenue it is a margin on.
namespace ConsistencyChecks {

constexpr double shareTolerance = 0.005;
constexpr double growthTolerance = 0.01;

/// The first `keep` findings, and how many there are in all.
struct Findings
{
    QVector<Finding> listed;
    qsizetype total = 0;
};

/// Reads the project's current values once, keeping little of each: a store of millions of values is checked
/// in memory proportional to them, not to their texts. When `cancel` turns true, it stops reading and finds
/// nothing.
Findings run(Database& db, qsizetype keep = std::numeric_limits<qsizetype>::max(),
             const std::atomic_bool* cancel = nullptr);

} // namespace ConsistencyChecks

} // namespace mixshift
