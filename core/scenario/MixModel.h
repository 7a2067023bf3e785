#pragma once

#include "MixLevers.h"

#include <QVector>

#include <optional>

namespace mixshift {

/// One quarter of a revenue-mix path; t = 0 is the base quarter.
struct MixQuarter
{
    int t = 0;
    double projectRevenue = 0;
    double publicRevenue = 0;
    double revenue = 0;
    double ebita = 0;
    double margin = 0;
    double publicMargin = 0;
    /// Against the quarter four before; nothing before the fourth quarter.
    std::optional<double> revenueYoy;
    std::optional<double> ebitaYoy;
    double statusQuoRevenue = 0;
    double statusQuoEbita = 0;
};

/// R_0 → R_H as the sum of what moved it; the parts add up to R_H − R_0 exactly.
struct MixBridge
{
    double start = 0;
    double windDown = 0;
    double conversion = 0;
    double organic = 0;
    double aiUplift = 0;
    double end = 0;
};

struct MixResult
{
    QVector<MixQuarter> quarters;
    MixBridge bridge;
    double publicMargin = 0;
    /// Σ (status-quo revenue − revenue) and Σ (EBITA − status-quo EBITA) over t = 1..H.
    double revenueForegone = 0;
    double ebitaGained = 0;
    /// The quarter of lowest revenue, and the first quarter after it back at the status quo (nothing if never).
    int troughQuarter = 0;
    std::optional<int> recoveryQuarter;
    /// The forecast the status quo is ("ETS(M,A,N)"), or empty for the path without wind-down.
    QString statusQuoModel;
    QString statusQuoBasis;
};

/// The revenue-mix reallocation model of product.md §6.1, quarter by quarter:
/// P_t = P_{t−1}(1−d); C_t = C_{t−1}(1+q(gC)+q(a)) + k·d·P_{t−1−L}; R_t = P_t + C_t;
/// EBITA_t = mP·P_t + mC_t·C_t with mC_t = min(mC + λ·log2(C_t/C_0), cap) and q(x) = (1+x)^(1/4) − 1.
/// The status quo is the same model with d = 0, or — given levers.statusQuo — the forecast's revenue at the
/// margin the model has without wind-down.
namespace MixModel {

MixResult run(const MixLevers& levers);
/// q(x): an annual rate as a quarterly one.
double quarterly(double annual);

} // namespace MixModel

} // namespace mixshift
