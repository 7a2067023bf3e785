#pragma once

#include "io/ExportSize.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace mixshift {

/// Asks how large an exported chart is to be, as export-chart's options do: width and height in pixels,
/// millimetres or inches, the dpi of a PNG, a transparent background. Says what that makes — the PNG's pixels,
/// the page's size — and refuses what cannot be made, in the words ExportSize::problem() uses.
class ExportSizeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Unit { Pixels, Millimetres, Inches };

    ExportSizeDialog(const ExportSize& size, Unit unit, bool png, QWidget* parent = nullptr);

    ExportSize size() const;
    Unit unit() const;
    /// What the size makes, or why it cannot be made (the line under the fields).
    QString summary() const;

    static QString unitKey(Unit unit);
    static Unit unitFromKey(const QString& key);

private:
    void showUnit(Unit unit);
    void refresh();
    double layoutPixelsPer(Unit unit) const;

    bool m_png;
    Unit m_shown = Unit::Pixels;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QComboBox* m_unit;
    QSpinBox* m_dpi;
    QCheckBox* m_transparent;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace mixshift
