#pragma once

#include "MixLevers.h"
#include "MixModel.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace mixshift {

/// What a calibration must reproduce: `revenue_growth@Q`, `ebita_growth@Q` (against the quarter four before),
/// `margin@Q`, `revenue@Q` or `ebita@Q`, with Q the quarter index from the base.
struct CalibrationTarget
{
    enum class Kind { RevenueGrowth, EbitaGrowth, Margin, Revenue, Ebita };
    Kind kind;
    int quarter = 0;
    double value = 0;

    /// Reads `NAME@Q=VALUE`; throws Error listing the valid names, for a value that is not a finite number, or for a
    /// quarter beyond the longest horizon the levers allow.
    static CalibrationTarget parse(const QString& text);
    QString name() const;
    double measure(const MixResult& result) const;
};

struct CalibrationResult
{
    enum class Status { Solved, NoSolutionWithinBounds, NotUnique };
    Status status = Status::Solved;
    MixLevers levers;
    QStringList solved;
    QVector<double> residuals;
    int iterations = 0;
    QString message;
};

/// Solves for up to three levers so the model reproduces as many targets — Levenberg–Marquardt on the targets'
/// residuals, numeric derivatives, each lever kept within its bounds. Says plainly when no lever values within
/// the bounds reproduce the targets, or when several do (the levers' effects cannot be told apart).
namespace Calibration {

constexpr double tolerance = 1e-7;

/// Throws Error for a target beyond the horizon of `levers` (its quarter would not be modelled).
void checkTargets(const MixLevers& levers, const QVector<CalibrationTarget>& targets);

/// Throws Error for unknown or discrete levers, a count of targets other than the count of levers, or a target
/// beyond the horizon (see checkTargets()).
CalibrationResult solve(const MixLevers& start, const QStringList& levers, const QVector<CalibrationTarget>& targets);

} // namespace Calibration

} // namespace mixshift
