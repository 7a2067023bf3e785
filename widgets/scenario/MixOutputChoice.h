#pragma once

#include "scenario/Sensitivity.h"

class QComboBox;
class QDoubleSpinBox;

namespace mixshift::MixOutputChoice {

/// Fills `box` with the outputs the tornado and break-even speak of, in words, each with its SensitivityOutput.
void fill(QComboBox* box);
SensitivityOutput chosen(const QComboBox* box);
/// An output and a target for it, as the break-even and the heat map ask: the margin chosen, a target of 10%.
void setUpTarget(QComboBox* output, QDoubleSpinBox* target);
/// The target box's unit follows the output: % for the margin, the money unit, quarters.
void adaptTarget(const QComboBox* output, QDoubleSpinBox* target, const DisplayUnit& money);

} // namespace mixshift::MixOutputChoice
