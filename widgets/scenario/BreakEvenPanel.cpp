#include "BreakEvenPanel.h"

#include "MixOutputChoice.h"

#include "Error.h"
#include "domain/Unit.h"
#include "scenario/BreakEven.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace mixshift {

BreakEvenPanel::BreakEvenPanel(QWidget* parent)
    : QWidget(parent), m_lever(new QComboBox(this)), m_output(new QComboBox(this)),
      m_target(new QDoubleSpinBox(this)), m_answer(new QLabel(this))
{
    setObjectName(QStringLiteral("breakEven"));
    m_lever->setObjectName(QStringLiteral("breakEvenLever"));
    m_output->setObjectName(QStringLiteral("breakEvenOutput"));
    m_target->setObjectName(QStringLiteral("breakEvenTarget"));
    m_answer->setObjectName(QStringLiteral("breakEvenAnswer"));
    m_answer->setWordWrap(true);
    // Neither a long answer nor a long lever name may widen the tab at the lever panel's expense.
    m_answer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QComboBox* box : {m_lever, m_output}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    for (const LeverInfo& info : mixLeverInfo()) {
        if (info.isAssumption())
            m_lever->addItem(info.titleText(), QString::fromLatin1(info.name));
    }
    m_lever->setCurrentIndex(std::max(0, m_lever->findData(QStringLiteral("wind_down"))));
    MixOutputChoice::setUpTarget(m_output, m_target);
    adaptTarget();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Lever:"), m_lever);
    form->addRow(tr("Output:"), m_output);
    form->addRow(tr("Target:"), m_target);
    form->addRow(m_answer);

    connect(m_lever, &QComboBox::currentIndexChanged, this, &BreakEvenPanel::solve);
    connect(m_output, &QComboBox::currentIndexChanged, this, [this] {
        adaptTarget();
        solve();
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &BreakEvenPanel::solve);
}

void BreakEvenPanel::setScenario(const MixLevers& levers, const BaseQuarter& base)
{
    m_levers = levers;
    m_base = base;
    adaptTarget();
    solve();
}

void BreakEvenPanel::adaptTarget()
{
    MixOutputChoice::adaptTarget(m_output, m_target, m_base.moneyUnit());
}

void BreakEvenPanel::solve()
{
    const SensitivityOutput output = MixOutputChoice::chosen(m_output);
    const DisplayUnit money = m_base.moneyUnit();
    const double target = mixOutput(output).fromShown(m_target->value(), money);
    const auto shown = [&](double value) { return mixOutput(output).text(value, money, true); };
    const QString lever = m_lever->currentData().toString();
    const LeverInfo* info = findLever(lever);
    if (!info)
        return;
    try {
        const BreakEven b = BreakEven::solve(m_levers, output, lever, target);
        const QString by = m_base.label(m_levers.horizon);
        if (b.value)
            m_answer->setText(tr("%1 at %2 brings %3 to %4 by %5.")
                                  .arg(info->titleText(), info->format(*b.value, m_base.currency),
                                       m_output->currentText().toLower(), shown(target), by));
        else
            m_answer->setText(tr("Not reachable with %1 between %2 and %3: %4 goes from %5 to %6 by %7.")
                                  .arg(info->titleText(), info->format(b.low, m_base.currency),
                                       info->format(b.high, m_base.currency), m_output->currentText().toLower(),
                                       shown(b.outputAtLow), shown(b.outputAtHigh), by));
    } catch (const Error& error) {
        m_answer->setText(error.message());
    }
}

} // namespace mixshift
