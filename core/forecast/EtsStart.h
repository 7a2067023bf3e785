#pragma once

#include "EtsModel.h"

#include <vector>

namespace mixshift {

/// The usual bounds of the smoothing parameters (R's defaults); beta ≤ alpha and gamma ≤ 1 − alpha besides.
struct EtsBounds
{
    static constexpr double smoothingLow = 1e-4;
    static constexpr double smoothingHigh = 0.9999;
    static constexpr double phiLow = 0.8;
    static constexpr double phiHigh = 0.98;
};

/// Where maximum likelihood starts: the initial states from a classical decomposition of the history, as R's
/// forecast::ets starts (its `initstate`): the seasonal indexes from the detrended values averaged by position
/// in the season, the level and trend from a straight line through the first max(10, 2m) seasonally adjusted
/// values. Gaps are bridged by straight lines for this estimate only. A seasonal model needs two whole
/// seasons (R fits a Fourier regression to fewer; MixShift refuses them).
EtsStates etsStartingStates(const EtsModel& model, const std::vector<double>& history, int period);

/// And the smoothing parameters R starts from: small alpha, beta a tenth of alpha, gamma a twentieth of the rest,
/// phi near its upper bound.
EtsParameters etsStartingParameters(const EtsModel& model, int period);

} // namespace mixshift
