#include "MixOutputChoice.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace mixshift::MixOutputChoice {

void fill(QComboBox* box)
{
    for (const MixOutputInfo& info : mixOutputs())
        box->addItem(info.titleText(), static_cast<int>(info.output));
}

void setUpTarget(QComboBox* output, QDoubleSpinBox* target)
{
    fill(output);
    output->setCurrentIndex(output->findData(static_cast<int>(SensitivityOutput::MarginAtHorizon)));
    target->setDecimals(2);
    target->setRange(-1e6, 1e6);
    target->setValue(10);
}

void adaptTarget(const QComboBox* output, QDoubleSpinBox* target, const DisplayUnit& money)
{
    const QSignalBlocker blocker(target);
    target->setSuffix(QLatin1Char(' ') + mixOutput(chosen(output)).unitText(money));
}

SensitivityOutput chosen(const QComboBox* box)
{
    return static_cast<SensitivityOutput>(box->currentData().toInt());
}

} // namespace mixshift::MixOutputChoice
