#pragma once

#include "analytics/ChartDefinition.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

#include <functional>

class QLineEdit;
class QMenu;

namespace mixshift {

class ChartView;

/// Annotations made where they are drawn. The chart's context menu adds a label at the point clicked, a
/// horizontal reference line at its height or a shaded range from its period to the end, and on an annotation
/// edits or removes it; the text is typed in place, in a box over the chart at the annotation (Enter or leaving
/// the box keeps it, Escape drops it); a double-click on an annotation edits it too. Each change is one change
/// of the chart's document (ChartView::setAnnotations()).
class AnnotationEditor : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationEditor(ChartView* view);

    /// Opens the in-place box for a new annotation of `kind` anchored at `pixel`.
    void add(ChartAnnotation::Kind kind, const QPointF& pixel);
    /// Opens the box on the text of the annotation at `pixel`; false when there is none.
    bool edit(const QPointF& pixel);
    /// Removes the annotation at `pixel`; false when there is none.
    bool remove(const QPointF& pixel);
    /// The in-place box while it is open, else null.
    QLineEdit* box() const { return m_box; }
    /// The context menu for `pixel`, as the chart shows it on a right-click.
    QMenu* menuAt(const QPointF& pixel);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openBox(const QPointF& pixel, const QString& text, std::function<void(const QString&)> keep);

    ChartView* m_view;
    QPointer<QLineEdit> m_box;
};

} // namespace mixshift
