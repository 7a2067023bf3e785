#include "MixOutputChoice.h"

#include <QComboBox>
#include <QCoreApplication>

namespace mixshift::MixOutputChoice {

void fill(QComboBox* box)
{
    box->addItem(QCoreApplication::translate("MixOutputChoice", "EBITA at the horizon"),
                 static_cast<int>(SensitivityOutput::EbitaAtHorizon));
    box->addItem(QCoreApplication::translate("MixOutputChoice", "Cumulative revenue"),
                 static_cast<int>(SensitivityOutput::CumulativeRevenue));
    box->addItem(QCoreApplication::translate("MixOutputChoice", "Margin at the horizon"),
                 static_cast<int>(SensitivityOutput::MarginAtHorizon));
    box->addItem(QCoreApplication::translate("MixOutputChoice", "Recovery quarter"),
                 static_cast<int>(SensitivityOutput::RecoveryQuarter));
}

SensitivityOutput chosen(const QComboBox* box)
{
    return static_cast<SensitivityOutput>(box->currentData().toInt());
}

} // namespace mixshift::MixOutputChoice
