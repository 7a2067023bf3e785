#include "AnnotationEditor.h"

#include "ChartView.h"

#include <qcustomplot.h>

#include <QLineEdit>
#include <QMenu>
#include <QKeyEvent>

#include <algorithm>

namespace mixshift {

namespace {

constexpr int boxWidth = 260;
// Set on the in-place box once its text was kept or dropped: it is then only waiting to be deleted.
constexpr const char* finishedProperty = "mixshiftFinished";

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text.size() > 30 ? text.left(29) + QStringLiteral("…") : text);
}

} // namespace

AnnotationEditor::AnnotationEditor(ChartView* view)
    : QObject(view), m_view(view)
{
    QCustomPlot* plot = view->plot();
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, plot](const QPoint& at) {
        if (QMenu* menu = menuAt(at)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(plot->mapToGlobal(at));
        }
    });
}

QMenu* AnnotationEditor::menuAt(const QPointF& pixel)
{
    if (m_view->series().isEmpty())
        return nullptr;
    auto* menu = new QMenu(m_view);
    if (const auto index = m_view->annotationAt(pixel)) {
        const QString text = quoted(m_view->definition().annotations.value(*index).text);
        menu->addAction(tr("Edit %1").arg(text), this, [this, pixel] { edit(pixel); });
        menu->addAction(tr("Remove %1").arg(text), this, [this, pixel] { remove(pixel); });
        menu->addSeparator();
    }
    const ChartAnnotation here = m_view->anchoredAt(ChartAnnotation::Kind::Label, pixel);
    const QString value = QString::number(here.value, 'g', 4);
    menu->addAction(tr("Add a Label at %1, %2…").arg(here.period, value), this,
                    [this, pixel] { add(ChartAnnotation::Kind::Label, pixel); });
    menu->addAction(tr("Add a Reference Line at %1…").arg(value), this,
                    [this, pixel] { add(ChartAnnotation::Kind::ReferenceLine, pixel); });
    menu->addAction(tr("Shade from %1 to the End…").arg(here.period), this,
                    [this, pixel] { add(ChartAnnotation::Kind::ShadedRange, pixel); });
    // The chart's one context menu also takes a series off the chart.
    if (m_view->series().size() > 1) {
        menu->addSeparator();
        QMenu* remove = menu->addMenu(tr("Remove Series"));
        for (int i = 0; i < m_view->series().size(); ++i)
            remove->addAction(m_view->document().legendName(i), m_view, [view = m_view, i] { view->removeSeries(i); });
    }
    return menu;
}

void AnnotationEditor::add(ChartAnnotation::Kind kind, const QPointF& pixel)
{
    const ChartAnnotation anchored = m_view->anchoredAt(kind, pixel);
    openBox(pixel, QString(), [this, anchored](const QString& text) {
        ChartAnnotation added = anchored;
        added.text = text;
        QVector<ChartAnnotation> annotations = m_view->definition().annotations;
        annotations << added;
        m_view->setAnnotations(annotations, tr("Add annotation “%1”").arg(text));
    });
}

bool AnnotationEditor::edit(const QPointF& pixel)
{
    const auto index = m_view->annotationAt(pixel);
    if (!index)
        return false;
    openBox(pixel, m_view->definition().annotations.value(*index).text, [this, index](const QString& text) {
        QVector<ChartAnnotation> annotations = m_view->definition().annotations;
        if (*index < annotations.size() && annotations[*index].text != text) {
            annotations[*index].text = text;
            m_view->setAnnotations(annotations, tr("Edit annotation “%1”").arg(text));
        }
    });
    return true;
}

bool AnnotationEditor::remove(const QPointF& pixel)
{
    const auto index = m_view->annotationAt(pixel);
    if (!index)
        return false;
    QVector<ChartAnnotation> annotations = m_view->definition().annotations;
    const QString text = annotations.value(*index).text;
    annotations.remove(*index);
    m_view->setAnnotations(annotations, tr("Remove annotation “%1”").arg(text));
    return true;
}

void AnnotationEditor::openBox(const QPointF& pixel, const QString& text, std::function<void(const QString&)> keep)
{
    delete m_box;
    QCustomPlot* plot = m_view->plot();
    auto* box = new QLineEdit(text, plot);
    m_box = box;
    box->setObjectName(QStringLiteral("annotationText"));
    box->setPlaceholderText(tr("Text, then Enter (Escape: none)"));
    const int x = std::clamp(int(pixel.x()), 0, std::max(0, plot->width() - boxWidth));
    const int y = std::clamp(int(pixel.y()) - box->sizeHint().height() / 2, 0, std::max(0, plot->height() - box->sizeHint().height()));
    box->setGeometry(x, y, boxWidth, box->sizeHint().height());
    box->show();
    box->setFocus();
    box->selectAll();
    // Enter or leaving the box keeps the text (an empty one keeps nothing); Escape (eventFilter()) drops it.
    box->installEventFilter(this);
    connect(box, &QLineEdit::editingFinished, this, [box, keep = std::move(keep)] {
        if (box->property(finishedProperty).toBool())
            return;
        box->setProperty(finishedProperty, true);
        box->hide();
        box->deleteLater();
        if (const QString typed = box->text().trimmed(); !typed.isEmpty())
            keep(typed);
    });
}

bool AnnotationEditor::eventFilter(QObject* watched, QEvent* event)
{
    // The event's type first: the box passes events here while it is destroyed too, when it is no QLineEdit.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        if (auto* box = qobject_cast<QLineEdit*>(watched); box && box == m_box) {
            box->setProperty(finishedProperty, true);
            box->hide();
            box->deleteLater();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mixshift
