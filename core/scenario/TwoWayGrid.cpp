#include "TwoWayGrid.h"

#include "Error.h"

#include <QCoreApplication>

namespace mixshift {

namespace {

constexpr int maxSteps = 1001;

void check(const LeverRange& range)
{
    knownLever(range.lever);
    if (range.steps < 2 || range.steps > maxSteps)
        throw Error(QCoreApplication::translate("TwoWayGrid", "%1: from 2 to %2 steps, not %3")
                        .arg(range.lever, QString::number(maxSteps), QString::number(range.steps)));
}

} // namespace

QVector<double> LeverRange::values() const
{
    QVector<double> v;
    v.reserve(steps);
    for (int i = 0; i < steps; ++i)
        v.append(i == steps - 1 ? to : from + (to - from) * i / (steps - 1));
    return v;
}

TwoWayGrid TwoWayGrid::compute(const MixLevers& base, SensitivityOutput output, const LeverRange& x,
                               const LeverRange& y)
{
    check(x);
    check(y);
    if (x.lever == y.lever)
        throw Error(QCoreApplication::translate("TwoWayGrid", "the grid needs two different levers, not %1 twice")
                        .arg(x.lever));
    TwoWayGrid grid;
    grid.x = x;
    grid.y = y;
    grid.output = output;
    grid.xValues = x.values();
    grid.yValues = y.values();
    // Every value set once first, so that a bound is refused before any cell is computed.
    MixLevers levers = base;
    for (const double v : grid.xValues)
        setLever(levers, x.lever, v);
    for (const double v : grid.yValues)
        setLever(levers, y.lever, v);
    grid.cells.reserve(grid.xValues.size() * grid.yValues.size());
    for (const double yValue : grid.yValues) {
        setLever(levers, y.lever, yValue);
        for (const double xValue : grid.xValues) {
            setLever(levers, x.lever, xValue);
            grid.cells.append(Sensitivity::output(levers, output));
        }
    }
    return grid;
}

} // namespace mixshift
