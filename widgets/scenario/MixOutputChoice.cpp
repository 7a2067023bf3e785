#include "MixOutputChoice.h"

#include <QComboBox>

namespace mixshift::MixOutputChoice {

void fill(QComboBox* box)
{
    for (const MixOutputInfo& info : mixOutputs())
        box->addItem(info.titleText(), static_cast<int>(info.output));
}

SensitivityOutput chosen(const QComboBox* box)
{
    return static_cast<SensitivityOutput>(box->currentData().toInt());
}

} // namespace mixshift::MixOutputChoice
