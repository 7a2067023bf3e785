#pragma once

#include "scenario/MixLevers.h"
#include "scenario/ScenarioStore.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace mixshift {

/// The workspace's break-even: the value of one lever at which an output reaches a target by the horizon, the
/// other levers as the workspace has them (BreakEven). Recomputed whenever the levers or the question change.
class BreakEvenPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BreakEvenPanel(QWidget* parent = nullptr);

    /// The workspace's levers and base quarter now.
    void setScenario(const MixLevers& levers, const BaseQuarter& base);

private:
    void solve();
    /// The target box's unit follows the output: % for the margin, the money unit, quarters.
    void adaptTarget();

    QComboBox* m_lever;
    QComboBox* m_output;
    QDoubleSpinBox* m_target;
    QLabel* m_answer;
    MixLevers m_levers;
    BaseQuarter m_base;
};

} // namespace mixshift
