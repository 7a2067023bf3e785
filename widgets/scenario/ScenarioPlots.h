#pragma once

#include "domain/Unit.h"
#include "scenario/MixModel.h"
#include "scenario/ScenarioStore.h"
#include "scenario/Sensitivity.h"
#include "scenario/ShareModel.h"

class QCustomPlot;
class QTableWidget;

namespace mixshift {

struct MonteCarloResult;

/// What the scenario and share workspaces (and `scenario run --plot`) draw: from one mix result, in the base
/// quarter's display unit (億元 for CNY), and the share model's projection. Each plot is titled "Alibaba Cloud — WHAT, from FY2025 Q2" with a source line,
/// so that it explains itself when exported.
namespace ScenarioPlots {

QStringList periodLabels(const BaseQuarter& base, int horizon);
/// Revenue and EBITA quarter by quarter: the stated base quarter as a mark, the projection dashed beside its
/// status quo (dotted), and — given the Monte Carlo's `bands` — the P5–P95 band of each shaded.
void drawPaths(QCustomPlot* plot, const BaseQuarter& base, const MixResult& result, const DisplayUnit& unit,
               const MonteCarloResult* bands = nullptr);
/// The revenue bridge from R_0 to R_H.
void drawBridge(QCustomPlot* plot, const BaseQuarter& base, const MixResult& result, const DisplayUnit& unit);
/// The levers ranked by their swing of `output`.
void drawTornado(QCustomPlot* plot, const BaseQuarter& base, const MixLevers& levers, SensitivityOutput output,
                 const DisplayUnit& unit);
/// P5–P95 and P25–P75 bands of revenue.
void drawFan(QCustomPlot* plot, const BaseQuarter& base, const MonteCarloResult& bands, const DisplayUnit& unit);
/// The share model's projection: each provider's share of `market` year by year, from `baseYear`'s shares.
void drawShares(QCustomPlot* plot, const QVector<ShareYear>& years, const QString& market, int baseYear);
/// One row per quarter, as MixQuarterTable shows it.
void fillTable(QTableWidget* table, const BaseQuarter& base, const MixResult& result, const DisplayUnit& unit);

} // namespace ScenarioPlots

} // namespace mixshift
