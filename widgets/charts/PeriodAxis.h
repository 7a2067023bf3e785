#pragma once

#include <QStringList>

class QCPAxis;

namespace mixshift {

/// A key axis of quarters 0, 1, 2 … labelled with their periods ("FY2025 Q1"): at most eight labels, slanted, so
/// that they keep clear of each other on a narrow export or a report's page too. For the scenario plots.
namespace PeriodAxis {

void set(QCPAxis* axis, const QStringList& labels);

} // namespace PeriodAxis

} // namespace mixshift
