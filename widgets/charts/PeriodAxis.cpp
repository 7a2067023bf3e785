#include "PeriodAxis.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace mixshift::PeriodAxis {

namespace {

constexpr int maxLabels = 8;

} // namespace

void set(QCPAxis* axis, const QStringList& labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int step = std::max(1, static_cast<int>(std::ceil(labels.size() / double(maxLabels))));
    for (int t = 0; t < labels.size(); t += step)
        ticker->addTick(t, labels[t]);
    axis->setTicker(ticker);
    axis->setTickLabelRotation(-30);
}

} // namespace mixshift::PeriodAxis
