#include "ExportSizeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace mixshift {

ExportSizeDialog::ExportSizeDialog(const ExportSize& size, Unit unit, bool png, QWidget* parent)
    : QDialog(parent)
    , m_png(png)
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_dpi(new QSpinBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background"), this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Size"));
    m_unit->addItem(tr("pixels"), unitKey(Unit::Pixels));
    m_unit->addItem(tr("millimetres"), unitKey(Unit::Millimetres));
    m_unit->addItem(tr("inches"), unitKey(Unit::Inches));
    m_dpi->setRange(int(std::ceil(ExportSize::minScale * ExportSize::layoutPixelsPerInch)),
                    int(ExportSize::maxScale * ExportSize::layoutPixelsPerInch));
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(int(std::lround(size.dpi())));
    m_dpi->setEnabled(png);
    m_dpi->setToolTip(tr("Dots per inch of the PNG; a pixel of the width is 1/96 inch"));
    m_transparent->setChecked(size.transparent);
    m_summary->setWordWrap(true);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(QString(), m_transparent);
    form->addRow(m_summary);
    form->addRow(m_buttons);

    for (QDoubleSpinBox* side : {m_width, m_height})
        side->setRange(0, 1e6); // the dialog's own check names a size out of range, instead of clamping it
    m_width->setValue(size.width);
    m_height->setValue(size.height);
    m_unit->setCurrentIndex(int(unit));
    showUnit(unit);

    connect(m_unit, &QComboBox::currentIndexChanged, this, [this](int index) { showUnit(Unit(index)); });
    for (QDoubleSpinBox* side : {m_width, m_height})
        connect(side, &QDoubleSpinBox::valueChanged, this, &ExportSizeDialog::refresh);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportSizeDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

double ExportSizeDialog::layoutPixelsPer(Unit unit) const
{
    switch (unit) {
    case Unit::Millimetres:
        return ExportSize::layoutPixelsPerInch / ExportSize::millimetresPerInch;
    case Unit::Inches:
        return ExportSize::layoutPixelsPerInch;
    case Unit::Pixels:
        break;
    }
    return 1;
}

// Shows the sides in `unit`, converted from the unit they were shown in.
void ExportSizeDialog::showUnit(Unit unit)
{
    const double width = m_width->value() * layoutPixelsPer(m_shown);
    const double height = m_height->value() * layoutPixelsPer(m_shown);
    m_shown = unit;
    const int decimals = unit == Unit::Pixels ? 0 : unit == Unit::Millimetres ? 1 : 2;
    for (QDoubleSpinBox* side : {m_width, m_height}) {
        const QSignalBlocker blocker(side);
        side->setDecimals(decimals);
    }
    {
        const QSignalBlocker blockWidth(m_width);
        const QSignalBlocker blockHeight(m_height);
        m_width->setValue(width / layoutPixelsPer(unit));
        m_height->setValue(height / layoutPixelsPer(unit));
    }
    refresh();
}

ExportSize ExportSizeDialog::size() const
{
    ExportSize size;
    size.width = m_width->value() * layoutPixelsPer(m_shown);
    size.height = m_height->value() * layoutPixelsPer(m_shown);
    size.setDpi(m_dpi->value());
    size.transparent = m_transparent->isChecked();
    return size;
}

ExportSizeDialog::Unit ExportSizeDialog::unit() const
{
    return m_shown;
}

QString ExportSizeDialog::summary() const
{
    return m_summary->text();
}

void ExportSizeDialog::refresh()
{
    const ExportSize s = size();
    const QString problem = s.problem(m_png);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_summary->setText(tr("Cannot export: %1.").arg(problem));
        return;
    }
    const double mm = ExportSize::millimetresPerInch / ExportSize::layoutPixelsPerInch;
    const QString page = tr("%1 × %2 mm").arg(s.width * mm, 0, 'f', 1).arg(s.height * mm, 0, 'f', 1);
    m_summary->setText(m_png ? tr("A PNG of %1 × %2 pixels, %3 at %4 dpi.")
                                   .arg(s.pngPixels().width())
                                   .arg(s.pngPixels().height())
                                   .arg(page)
                                   .arg(m_dpi->value())
                             : tr("A page of %1.").arg(page));
}

QString ExportSizeDialog::unitKey(Unit unit)
{
    switch (unit) {
    case Unit::Millimetres:
        return QStringLiteral("mm");
    case Unit::Inches:
        return QStringLiteral("in");
    case Unit::Pixels:
        break;
    }
    return QStringLiteral("px");
}

ExportSizeDialog::Unit ExportSizeDialog::unitFromKey(const QString& key)
{
    if (key == QLatin1String("mm"))
        return Unit::Millimetres;
    if (key == QLatin1String("in"))
        return Unit::Inches;
    return Unit::Pixels;
}

} // namespace mixshift
