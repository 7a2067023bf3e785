#include "ChartTheme.h"

#include <qcustomplot.h>

#include <QEvent>

namespace mixshift::ChartTheme {

namespace {

const char* const mutedProperty = "mixshiftMutedText";

QColor blend(const QColor& from, const QColor& to, double fraction)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * fraction),
                            float(from.greenF() + (to.greenF() - from.greenF()) * fraction),
                            float(from.blueF() + (to.blueF() - from.blueF()) * fraction));
}

void colourAxis(QCPAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    for (auto setter : {&QCPAxis::setBasePen, &QCPAxis::setTickPen, &QCPAxis::setSubTickPen})
        (axis->*setter)(QPen(text, 0));
    axis->setLabelColor(text);
    axis->setTickLabelColor(text);
    // The grid as QCustomPlot draws it on white (a light grey, dotted), here in the palette's terms.
    const QColor grid = mutedText(palette, 200.0 / 255);
    axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    axis->grid()->setSubGridPen(QPen(grid, 0, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid, 0, Qt::SolidLine));
}

/// Re-applies the plot's palette when it changes and matches its buffer to the screen's pixel ratio before it
/// paints; lives as the plot's child.
class ScreenFollower : public QObject
{
public:
    explicit ScreenFollower(QCustomPlot* plot)
        : QObject(plot), m_plot(plot)
    {
        plot->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_plot)
            return false;
        if (event->type() == QEvent::PaletteChange) {
            apply(m_plot, m_plot->palette());
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        } else if (event->type() == QEvent::Paint && m_plot->bufferDevicePixelRatio() != m_plot->devicePixelRatioF()) {
            // Qt 6.4 announces no pixel-ratio change to a widget; the first paint on the new screen shows it.
            m_plot->setBufferDevicePixelRatio(m_plot->devicePixelRatioF());
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        return false;
    }

private:
    QCustomPlot* m_plot;
};

} // namespace

QColor mutedText(const QPalette& palette, double fraction)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), fraction);
}

void setMuted(QCPTextElement* element, double fraction)
{
    element->setProperty(mutedProperty, fraction);
    element->setTextColor(mutedText(element->parentPlot()->palette(), fraction));
}

QPalette paper()
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Text, Qt::black);
        palette.setColor(group, QPalette::WindowText, Qt::black);
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::Window, Qt::white);
    }
    return palette;
}

void apply(QCustomPlot* plot, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    plot->setBackground(base);
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes())
            colourAxis(axis, palette);
    if (QCPLegend* legend = plot->legend) {
        QColor behind = base;
        behind.setAlpha(220);
        legend->setBrush(behind);
        legend->setTextColor(text);
        for (int i = 0; i < legend->itemCount(); ++i) {
            QCPAbstractLegendItem* item = legend->item(i);
            if (!item) // an empty cell of a wrapped legend
                continue;
            auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
            // A hidden series' entry stays greyed out.
            item->setTextColor(entry && !entry->plottable()->visible() ? mutedText(palette, hiddenSeries) : text);
        }
    }
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
        if (auto* textElement = qobject_cast<QCPTextElement*>(element))
            textElement->setTextColor(mutedText(palette, textElement->property(mutedProperty).toDouble()));
}

void followScreen(QCustomPlot* plot)
{
    apply(plot, plot->palette());
    plot->setBufferDevicePixelRatio(plot->devicePixelRatioF());
    new ScreenFollower(plot);
}

} // namespace mixshift::ChartTheme
