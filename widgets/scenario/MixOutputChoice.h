#pragma once

#include "scenario/Sensitivity.h"

class QComboBox;

namespace mixshift::MixOutputChoice {

/// Fills `box` with the outputs the tornado and break-even speak of, in words, each with its SensitivityOutput.
void fill(QComboBox* box);
SensitivityOutput chosen(const QComboBox* box);

} // namespace mixshift::MixOutputChoice
