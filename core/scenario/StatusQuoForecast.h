#pragma once

#include "MixLevers.h"
#include "MixModel.h"
#include "ScenarioStore.h"

namespace mixshift {

class Database;

/// The status quo as a statistical baseline (product.md §6.5): the provider's quarterly revenue up to the base
/// quarter, forecast by the ETS model AICc chooses, for the longest horizon a scenario can have. Each quarter
/// is kept as a multiple of the base quarter's revenue, so base figures set by hand keep the history's growth.
namespace StatusQuoForecast {

/// Throws Error with the reason when the history cannot be forecast (too few quarters, gaps it cannot bridge,
/// values that are not positive for a multiplicative model and no other admissible).
ForecastStatusQuo of(Database& db, const BaseQuarter& stored);

/// The scenario's levers with the status quo it chose: the forecast made from `stored`'s history, or none.
MixLevers levers(Database& db, const BaseQuarter& stored, const SavedScenario& scenario);

/// "ETS(M,A,N) forecast of revenue" or "the path without wind-down", as the views name a result's status quo.
QString describe(const MixResult& result);

} // namespace StatusQuoForecast

} // namespace mixshift
