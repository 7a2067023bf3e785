#include "MixModel.h"

#include <cmath>

namespace mixshift::MixModel {

namespace {

struct Path
{
    QVector<double> project;
    QVector<double> publicCloud;
    QVector<double> ebita;
    QVector<double> publicMargin;
    MixBridge bridge;
};

Path simulate(const MixLevers& l, double windDown)
{
    const int h = l.horizon;
    const double growth = quarterly(l.organicGrowth);
    const double uplift = quarterly(l.aiUplift);
    const double mC = l.effectivePublicMargin();
    Path p;
    p.project.resize(h + 1);
    p.publicCloud.resize(h + 1);
    p.ebita.resize(h + 1);
    p.publicMargin.resize(h + 1);
    p.project[0] = l.projectShare * l.baseRevenue;
    p.publicCloud[0] = (1.0 - l.projectShare) * l.baseRevenue;
    p.bridge.start = l.baseRevenue;
    for (int t = 0; t <= h; ++t) {
        if (t > 0) {
            p.project[t] = p.project[t - 1] * (1.0 - windDown);
            const double organic = p.publicCloud[t - 1] * growth;
            const double ai = p.publicCloud[t - 1] * uplift;
            const int from = t - 1 - l.conversionLag;
            const double converted = from >= 0 ? l.conversion * windDown * p.project[from] : 0.0;
            p.publicCloud[t] = p.publicCloud[t - 1] + organic + ai + converted;
            p.bridge.organic += organic;
            p.bridge.aiUplift += ai;
            p.bridge.conversion += converted;
        }
        const double scale = p.publicCloud[0] > 0 && p.publicCloud[t] > 0 ? std::log2(p.publicCloud[t] / p.publicCloud[0]) : 0.0;
        p.publicMargin[t] = std::min(mC + l.leverage * scale, std::max(mC, l.marginCap));
        p.ebita[t] = l.projectMargin * p.project[t] + p.publicMargin[t] * p.publicCloud[t];
    }
    p.bridge.windDown = p.project[h] - p.project[0];
    p.bridge.end = p.project[h] + p.publicCloud[h];
    return p;
}

} // namespace

double quarterly(double annual)
{
    return std::pow(1.0 + annual, 0.25) - 1.0;
}

MixResult run(const MixLevers& levers)
{
    const Path path = simulate(levers, levers.windDown);
    const Path statusQuo = simulate(levers, 0.0);
    MixResult result;
    result.publicMargin = levers.effectivePublicMargin();
    result.bridge = path.bridge;
    if (levers.statusQuo) {
        result.statusQuoModel = levers.statusQuo->model;
        result.statusQuoBasis = levers.statusQuo->basis;
    }
    for (int t = 0; t <= levers.horizon; ++t) {
        MixQuarter q;
        q.t = t;
        q.projectRevenue = path.project[t];
        q.publicRevenue = path.publicCloud[t];
        q.revenue = q.projectRevenue + q.publicRevenue;
        q.ebita = path.ebita[t];
        q.margin = q.revenue != 0 ? q.ebita / q.revenue : 0.0;
        q.publicMargin = path.publicMargin[t];
        q.statusQuoRevenue = statusQuo.project[t] + statusQuo.publicCloud[t];
        q.statusQuoEbita = statusQuo.ebita[t];
        if (levers.statusQuo && t > 0) {
            // The forecast's revenue, earning what the business would without the shift.
            const QVector<double>& growth = levers.statusQuo->growth;
            const double revenue = levers.baseRevenue * growth.value(t - 1, growth.isEmpty() ? 1.0 : growth.back());
            if (q.statusQuoRevenue != 0)
                q.statusQuoEbita *= revenue / q.statusQuoRevenue;
            q.statusQuoRevenue = revenue;
        }
        if (t >= 4) {
            const MixQuarter& yearAgo = result.quarters[t - 4];
            if (yearAgo.revenue != 0)
                q.revenueYoy = q.revenue / yearAgo.revenue - 1.0;
            if (yearAgo.ebita != 0)
                q.ebitaYoy = q.ebita / yearAgo.ebita - 1.0;
        }
        if (t > 0) {
            result.revenueForegone += q.statusQuoRevenue - q.revenue;
            result.ebitaGained += q.ebita - q.statusQuoEbita;
        }
        result.quarters.append(q);
    }
    for (const MixQuarter& q : result.quarters)
        if (q.revenue < result.quarters[result.troughQuarter].revenue)
            result.troughQuarter = q.t;
    for (int t = std::max(1, result.troughQuarter); t <= levers.horizon; ++t) {
        if (result.quarters[t].revenue >= result.quarters[t].statusQuoRevenue - 1e-9 * std::abs(result.quarters[t].statusQuoRevenue)) {
            result.recoveryQuarter = t;
            break;
        }
    }
    return result;
}

} // namespace mixshift::MixModel
