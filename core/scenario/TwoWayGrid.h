#pragma once

#include "MixLevers.h"
#include "Sensitivity.h"

#include <QString>
#include <QVector>

namespace mixshift {

/// A lever's values across a grid axis: `steps` values from `from` to `to`, both included.
struct LeverRange
{
    QString lever;
    double from = 0;
    double to = 0;
    int steps = 2;

    QVector<double> values() const;
};

/// An output of the mix model at the horizon over two levers at once (Excel's two-way Data Table), the other
/// levers at base. Each cell is a plain run of the model with the two levers set: the same number `scenario run
/// --set X=… --set Y=…` gives.
struct TwoWayGrid
{
    LeverRange x;
    LeverRange y;
    SensitivityOutput output = SensitivityOutput::EbitaAtHorizon;
    QVector<double> xValues;
    QVector<double> yValues;
    /// Row by row: the cell of x index i and y index j is cells[j * xValues.size() + i].
    QVector<double> cells;

    double at(int i, int j) const { return cells[j * xValues.size() + i]; }

    /// Throws Error for an unknown lever, the same lever twice, fewer than 2 or more than 1,001 steps, or a value
    /// outside a lever's bounds (setLever's message).
    static TwoWayGrid compute(const MixLevers& base, SensitivityOutput output, const LeverRange& x,
                              const LeverRange& y);
};

} // namespace mixshift
