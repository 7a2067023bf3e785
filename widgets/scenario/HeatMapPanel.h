#pragma once

#include "scenario/MixLevers.h"
#include "scenario/ScenarioStore.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;

namespace mixshift {

/// The workspace's two-way grid as a heat map: an output at the horizon over two levers, each across its
/// bounds (TwoWayGrid), the contour where the output meets a target and the levers as set now marked.
/// Recomputed whenever the levers or the question change.
class HeatMapPanel : public QWidget
{
    Q_OBJECT

public:
    /// Steps along each lever: 41 × 41 plain runs of the model.
    static constexpr int steps = 41;

    explicit HeatMapPanel(QWidget* parent = nullptr);

    void setScenario(const MixLevers& levers, const BaseQuarter& base);
    QCustomPlot* plot() const { return m_plot; }

private:
    void redraw();
    void adaptTarget();

    QComboBox* m_x;
    QComboBox* m_y;
    QComboBox* m_output;
    QDoubleSpinBox* m_target;
    QCustomPlot* m_plot;
    MixLevers m_levers;
    BaseQuarter m_base;
};

} // namespace mixshift
