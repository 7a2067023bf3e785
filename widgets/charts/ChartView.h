#pragma once

#include "analytics/ChartDocument.h"

#include <QHash>
#include <QWidget>

class QCustomPlot;
class QCPAbstractItem;
class QCPAbstractPlottable;
class QCPItemText;
class QCPAxis;
class QCPTextElement;
class QMouseEvent;

namespace mixshift {

class AnnotationEditor;

/// Shows a ChartDocument so that it explains itself when exported: title, subtitle, axis titles with units,
/// legend, a "Source: …" line naming every source behind the plotted points, and the project's events on the
/// time axis. Kinds: line,
/// grouped bars, stacked area, 100%-stacked bars, bars (the first series' unit) with lines (another unit) on a
/// second axis. Hover for a point's value and source; click a legend entry to hide or show its series; wheel to
/// zoom and drag to pan the time axis, double-click to reset; right-click to annotate (AnnotationEditor).
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);

    void showChart(const ChartDocument& document);
    void showNothing(const QString& message);

    QCustomPlot* plot() const { return m_plot; }
    const ChartDocument& document() const { return m_document; }
    const ChartDefinition& definition() const { return m_document.definition; }
    const QVector<ChartSeries>& series() const { return m_document.series; }
    QString title() const;
    QString note() const;
    /// Breaks the title, notes and source lines, and sets the legend's columns, for a chart `width` pixels wide
    /// (the view's own width on screen, an export's while it is drawn).
    void fitTextTo(int width);
    /// What the tooltip says for the point nearest to `pixel`, or nothing when no point is near.
    QString describePointAt(const QPointF& pixel) const;

    /// The annotation drawn at `pixel` (its text, line, band or mark), by its index in the definition.
    std::optional<int> annotationAt(const QPointF& pixel) const;
    /// An annotation of `kind` anchored where `pixel` is: the plotted period under it (or the nearest) and the
    /// value axis's reading there. Its text is the caller's.
    ChartAnnotation anchoredAt(ChartAnnotation::Kind kind, const QPointF& pixel) const;
    /// Changes the document's annotations and shows them.
    void setAnnotations(const QVector<ChartAnnotation>& annotations, const QString& what);
    AnnotationEditor* annotationEditor() const { return m_annotationEditor; }
    /// Takes the index-th series off the chart (its spec out of the definition).
    void removeSeries(int index);

    void setLogScale(bool on);
    void setDataLabels(bool on);
    void resetView();

signals:
    /// An edit made in the view changed the document: an annotation added, edited or removed (`what` says
    /// which), the axis made logarithmic, data labels shown. `before` is the definition as it was.
    void documentEdited(const ChartDefinition& before, const QString& what);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void redraw();
    void clearPlot();
    QCPAxis* axisFor(const ChartSeries& series, QStringList& units);
    void drawLine(int index, QCPAxis* axis);
    /// A forecast's periods after its history: the line dashed, the intervals shaded.
    void drawProjection(int index, QCPAxis* axis);
    void drawBars(const QVector<int>& indexes, QStringList& units);
    void drawStacked(bool normalise, bool areas);
    void drawEvents(double from, double to);
    void fitEventTexts();
    void nameLegendEntries();
    void drawAnnotations();
    std::optional<std::pair<double, double>> periodSpan(const QString& period) const;
    void setTimeAxis();
    void fitRanges();
    void toggleSeries(QCPAbstractPlottable* plottable);

    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    QCPTextElement* m_subtitle;
    QCPTextElement* m_note;
    QCPTextElement* m_source;
    ChartDocument m_document;
    QHash<QCPAbstractPlottable*, int> m_plottableSeries;
    /// The value axis of each series drawn with a forecast, by its index.
    QHash<int, QCPAxis*> m_projectionAxes;
    /// What draws each annotation: its index in the definition.
    QHash<QCPAbstractItem*, int> m_annotationItems;
    AnnotationEditor* m_annotationEditor = nullptr;
    /// Each event marker's text, and its title in full.
    QHash<QCPItemText*, QString> m_eventTexts;
    /// How far grouped bars sit from their period's middle, in years.
    QHash<QCPAbstractPlottable*, double> m_keyOffsets;
    QStringList m_notes;
    /// The texts before fitTextTo() breaks them.
    QString m_titleText;
    QString m_noteText;
    QStringList m_sources;
};

} // namespace mixshift
