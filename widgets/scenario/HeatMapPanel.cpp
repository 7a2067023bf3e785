#include "HeatMapPanel.h"

#include "MixOutputChoice.h"

#include "charts/ChartTheme.h"
#include "charts/HeatMapChart.h"
#include "charts/PlotHeading.h"

#include "Error.h"
#include "domain/Unit.h"
#include "scenario/TwoWayGrid.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace mixshift {

namespace {

// A lever's value on the map's axis: percentages as percent.
double shownLever(const LeverInfo& info, double value)
{
    return info.isPercent() ? value * 100 : value;
}

QString leverAxisTitle(const LeverInfo& info)
{
    if (!info.isPercent())
        return info.titleText();
    const QString rate = info.rateText();
    return rate.isEmpty() ? QStringLiteral("%1 (%)").arg(info.titleText())
                          : QStringLiteral("%1 (%, %2)").arg(info.titleText(), rate);
}

} // namespace

HeatMapPanel::HeatMapPanel(QWidget* parent)
    : QWidget(parent), m_x(new QComboBox(this)), m_y(new QComboBox(this)), m_output(new QComboBox(this)),
      m_target(new QDoubleSpinBox(this)), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("heatMap"));
    m_x->setObjectName(QStringLiteral("heatMapX"));
    m_y->setObjectName(QStringLiteral("heatMapY"));
    m_output->setObjectName(QStringLiteral("heatMapOutput"));
    m_target->setObjectName(QStringLiteral("heatMapTarget"));
    m_plot->setObjectName(QStringLiteral("heatMapPlot"));
    m_plot->setMinimumSize(400, 300);
    ChartTheme::followScreen(m_plot);
    for (QComboBox* box : {m_x, m_y, m_output}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    for (const LeverInfo& info : mixLeverInfo())
        if (info.isAssumption() && QByteArray(info.unit) != "quarters")
            for (QComboBox* box : {m_x, m_y})
                box->addItem(info.titleText(), QString::fromLatin1(info.name));
    m_x->setCurrentIndex(std::max(0, m_x->findData(QStringLiteral("wind_down"))));
    m_y->setCurrentIndex(std::max(0, m_y->findData(QStringLiteral("organic_growth"))));
    MixOutputChoice::setUpTarget(m_output, m_target);
    adaptTarget();

    // Two rows, not one: a row of all four is wider than the view beside the levers leaves.
    auto* choices = new QGridLayout;
    choices->addWidget(new QLabel(tr("Across:"), this), 0, 0);
    choices->addWidget(m_x, 0, 1);
    choices->addWidget(new QLabel(tr("Output:"), this), 0, 2);
    choices->addWidget(m_output, 0, 3);
    choices->addWidget(new QLabel(tr("Down:"), this), 1, 0);
    choices->addWidget(m_y, 1, 1);
    choices->addWidget(new QLabel(tr("Target:"), this), 1, 2);
    choices->addWidget(m_target, 1, 3, Qt::AlignLeft);
    choices->setColumnStretch(1, 1);
    choices->setColumnStretch(3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_plot, 1);

    for (QComboBox* box : {m_x, m_y})
        connect(box, &QComboBox::currentIndexChanged, this, &HeatMapPanel::redraw);
    connect(m_output, &QComboBox::currentIndexChanged, this, [this] {
        adaptTarget();
        redraw();
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &HeatMapPanel::redraw);
}

void HeatMapPanel::setScenario(const MixLevers& levers, const BaseQuarter& base)
{
    m_levers = levers;
    m_base = base;
    adaptTarget();
    redraw();
}

void HeatMapPanel::adaptTarget()
{
    MixOutputChoice::adaptTarget(m_output, m_target, m_base.moneyUnit());
}

void HeatMapPanel::redraw()
{
    const LeverInfo* x = findLever(m_x->currentData().toString());
    const LeverInfo* y = findLever(m_y->currentData().toString());
    if (!x || !y || m_base.provider.isEmpty())
        return;
    const MixOutputInfo& output = mixOutput(MixOutputChoice::chosen(m_output));
    const DisplayUnit money = m_base.moneyUnit();
    HeatMap map;
    map.xTitle = leverAxisTitle(*x);
    map.yTitle = leverAxisTitle(*y);
    map.valueTitle = output.axisTitle(money);
    TwoWayGrid grid;
    try {
        if (x != y)
            grid = TwoWayGrid::compute(m_levers, output.output, {QString::fromLatin1(x->name), x->low, x->high, steps},
                                       {QString::fromLatin1(y->name), y->low, y->high, steps});
    } catch (const Error&) {
        grid = {}; // levers within their bounds by construction: nothing to draw otherwise
    }
    if (!grid.cells.isEmpty()) {
        for (const double v : grid.xValues)
            map.xValues << shownLever(*x, v);
        for (const double v : grid.yValues)
            map.yValues << shownLever(*y, v);
        for (const double v : grid.cells)
            map.cells << output.toShown(v, money);
        map.target = m_target->value();
        //: The contour on the heat map: where the output (%1) meets the target (%2).
        map.targetLabel = tr("%1 = %2").arg(output.titleText(), output.text(output.fromShown(*map.target, money), money, true));
        map.current = QPointF(shownLever(*x, x->get(m_levers)), shownLever(*y, y->get(m_levers)));
        map.currentLabel = tr("Levers as set: %1, %2")
                               .arg(x->format(x->get(m_levers), m_base.currency), y->format(y->get(m_levers), m_base.currency));
    }
    PlotHeading::set(m_plot,
                     tr("%1 — %2 over two levers, %3 quarters from %4")
                         .arg(m_base.provider, output.titleText())
                         .arg(m_levers.horizon)
                         .arg(m_base.label(0)),
                     tr("Source: MixShift's mix model, %1 × %2 runs, the other levers as set, from %3's figures for %4")
                         .arg(steps)
                         .arg(steps)
                         .arg(m_base.provider, m_base.label(0)));
    HeatMapChart::draw(m_plot, map);
}

} // namespace mixshift
