#include "LeverEditor.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace mixshift {

namespace {

constexpr int sliderSteps = 1000;

// Drags are numbered across every editor, so that no two, in any workspace, ever share a number.
int nextDrag()
{
    static int drags = 0;
    return ++drags;
}

bool isBaseFigure(const LeverInfo& info)
{
    return qstrcmp(info.name, "base_revenue") == 0 || qstrcmp(info.name, "base_ebita") == 0;
}

bool isWhole(const LeverInfo& info)
{
    return qstrcmp(info.unit, "quarters") == 0;
}

// What a lever's spin box shows per unit of its value: percent for fractions.
double shownScale(const LeverInfo& info)
{
    return info.isPercent() ? 100 : 1;
}

// What follows the spin box: what a rate is per, in words, or the unit of a count or an amount.
QString unitText(const LeverInfo& info)
{
    if (info.isPercent())
        return info.rateText();
    // The unit's key is what the code compares; shown, it is a word.
    return isWhole(info) ? LeverEditor::tr("quarters") : QString::fromUtf8(info.unit);
}

} // namespace

LeverEditor::LeverEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(2, 1);
    for (const LeverInfo& info : mixLeverInfo()) {
        if (isBaseFigure(info))
            continue;
        const int row = grid->rowCount();
        auto* label = new QLabel(info.titleText(), this);
        // The key is what `scenario run --set` takes.
        label->setToolTip(QStringLiteral("%1 (--set %2=…): %3")
                              .arg(info.titleText(), QLatin1String(info.name), info.reasonText()));
        auto* spin = new QDoubleSpinBox(this);
        spin->setObjectName(QString::fromLatin1(info.name));
        // Percentages for fractions, to the precision of three decimals of the fraction.
        const double scale = shownScale(info);
        spin->setRange(info.low * scale, info.high * scale);
        spin->setDecimals(isWhole(info) ? 0 : info.isPercent() ? 1 : 3);
        spin->setSuffix(info.isPercent() ? QStringLiteral(" %") : QString());
        spin->setSingleStep(isWhole(info) ? 1 : (info.high - info.low) * scale / 100);
        spin->setKeyboardTracking(false);
        spin->setToolTip(label->toolTip());
        auto* slider = new QSlider(Qt::Horizontal, this);
        slider->setRange(0, isWhole(info) ? static_cast<int>(info.high - info.low) : sliderSteps);
        slider->setMinimumWidth(120);
        grid->addWidget(label, row, 0);
        grid->addWidget(spin, row, 1);
        grid->addWidget(slider, row, 2);
        grid->addWidget(new QLabel(unitText(info), this), row, 3);
        const Row r{&info, spin, slider};
        m_rows.append(r);
        connect(slider, &QSlider::sliderPressed, this, [this] { m_drag = nextDrag(); });
        connect(slider, &QSlider::valueChanged, this, [this, r](int position) {
            const double fraction = static_cast<double>(position) / r.slider->maximum();
            apply(r, r.info->low + fraction * (r.info->high - r.info->low), r.slider->isSliderDown() ? m_drag : 0);
        });
        connect(slider, &QSlider::sliderReleased, this, &LeverEditor::leversSettled);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, r](double value) {
            apply(r, value / shownScale(*r.info), 0);
            emit leversSettled();
        });
    }
    grid->setRowStretch(grid->rowCount(), 1);
}

void LeverEditor::setLevers(const MixLevers& levers)
{
    m_levers = levers;
    for (const Row& row : m_rows) {
        show(row);
        // With the base quarter's EBITA known, the public-cloud margin follows from it and is not a free lever.
        if (qstrcmp(row.info->name, "public_margin") == 0) {
            row.spin->setEnabled(!levers.baseEbita);
            row.slider->setEnabled(!levers.baseEbita);
        }
    }
}

void LeverEditor::apply(const Row& row, double value, int gesture)
{
    if (isWhole(*row.info))
        value = std::round(value);
    const double before = row.info->get(m_levers);
    row.info->set(m_levers, value);
    show(row);
    emit leversChanged();
    emit leverMoved(QLatin1String(row.info->name), before, row.info->get(m_levers), gesture);
}

void LeverEditor::show(const Row& row)
{
    const QSignalBlocker spinBlocker(row.spin);
    const QSignalBlocker sliderBlocker(row.slider);
    const double value = row.info->get(m_levers);
    row.spin->setValue(value * shownScale(*row.info));
    row.slider->setValue(static_cast<int>(std::lround((value - row.info->low) / (row.info->high - row.info->low) * row.slider->maximum())));
}

} // namespace mixshift
