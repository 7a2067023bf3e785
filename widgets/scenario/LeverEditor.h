#pragma once

#include "scenario/MixLevers.h"

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace mixshift {

/// The mix model's levers as rows of a spin box and a slider over the lever's bounds, with its unit and, as a
/// tooltip, the reasoning behind its default. The base quarter's revenue and EBITA come from the project and are
/// not edited here.
class LeverEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LeverEditor(QWidget* parent = nullptr);

    void setLevers(const MixLevers& levers);
    const MixLevers& levers() const { return m_levers; }

signals:
    /// While a slider moves or a value is typed: recompute what is cheap.
    void leversChanged();
    /// When a slider is released or an edit finished: recompute what is not (Monte Carlo).
    void leversSettled();
    /// A lever was moved by hand (after leversChanged), from `before` to `after`; `lever` is its key
    /// (`wind_down`). The moves of one slider drag share a `gesture` number unique in the program; other moves
    /// have 0.
    void leverMoved(const QString& lever, double before, double after, int gesture);

private:
    struct Row
    {
        const LeverInfo* info;
        QDoubleSpinBox* spin;
        QSlider* slider;
    };
    void apply(const Row& row, double value, int gesture);
    void show(const Row& row);

    MixLevers m_levers;
    QVector<Row> m_rows;
    int m_drag = 0;
};

} // namespace mixshift
