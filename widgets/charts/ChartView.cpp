// Long on purpose: every chart kind (line, bars, stacked, bar + line), the events and the annotations draw into
// the same axes, ranges, legend and notes of one view, and split apart they would pass that state back and forth.
// What does not depend on drawing — naming, notes, sources, tick labels, stacked values, which events — is the
// ChartDocument's (core).
#include "ChartView.h"

#include "AnnotationEditor.h"
#include "ChartPalette.h"
#include "ChartTheme.h"
#include "LineGraph.h"

#include "domain/Period.h"
#include "domain/PeriodParser.h"

#include <qcustomplot.h>

#include <QMap>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mixshift {

namespace {

constexpr int maxSourceLines = 4;
// What the title, notes and source lines leave free at the chart's sides, in pixels.
constexpr int textMargin = 24;
constexpr int maxTickLabels = 14;
constexpr double hoverPixels = 14;
constexpr int maxMarkedPoints = 60;

using TimeAxis::middle;
using TimeAxis::periodLabel;
using TimeAxis::yearsAt;

// `text` broken at spaces into lines no wider than `width` pixels in `font` (a word wider than that keeps a
// line of its own); its own line breaks are kept.
QStringList wrapped(const QString& text, const QFont& font, double width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '))) {
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                lines << line;
                line = word;
            } else {
                line = longer;
            }
        }
        lines << line;
    }
    return lines;
}

// Sets a text row's text; an empty row is one pixel high (QCustomPlot sizes an empty text as a line of it; a
// minimum height overrides that size hint).
void setCollapsingText(QCPTextElement* element, const QString& text)
{
    element->setText(text);
    element->setMinimumSize(0, text.isEmpty() ? 1 : 0);
    element->setMaximumSize(QWIDGETSIZE_MAX, text.isEmpty() ? 1 : QWIDGETSIZE_MAX);
    element->setMargins(text.isEmpty() ? QMargins() : QMargins(2, 2, 2, 2));
}

// "Source: a; b; c" broken into lines that fit `width`; past maxSourceLines lines, what does not fit is counted
// (the last line keeps room for saying so).
QString sourceText(const QStringList& sources, const QFont& font, double width)
{
    const QFontMetricsF metrics(font);
    const QString more = ChartView::tr("and %1 more, listed with the data");
    QStringList lines{ChartView::tr("Source: ")};
    for (int i = 0; i < sources.size(); ++i) {
        const QString entry = sources[i] + (i + 1 < sources.size() ? QStringLiteral("; ") : QString());
        const bool lastLine = lines.size() == maxSourceLines;
        const QString reserved = lastLine && i + 1 < sources.size() ? more.arg(sources.size() - i - 1) : QString();
        if (metrics.horizontalAdvance(lines.last() + entry + reserved) > width && lines.last().size() > 8) {
            if (lastLine) {
                lines.last() += more.arg(sources.size() - i);
                break;
            }
            lines << QString();
        }
        // A source too long for a line of its own is wrapped at its spaces.
        const QStringList parts = wrapped(lines.last() + entry, font, width);
        lines.last() = parts.front();
        lines << parts.mid(1);
    }
    return lines.join(QLatin1Char('\n'));
}

QString axisTitle(const ChartSeries& s)
{
    const QString unit = s.displayUnit().label;
    return unit.isEmpty() ? s.metricName : QStringLiteral("%1 (%2)").arg(s.metricName, unit);
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(320, 240);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title = new QCPTextElement(m_plot, QString(), titleFont);
    QFont subtitleFont = font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.1);
    m_subtitle = new QCPTextElement(m_plot, QString(), subtitleFont);
    ChartTheme::setMuted(m_subtitle, 60.0 / 255);
    m_note = new QCPTextElement(m_plot, QString(), font());
    ChartTheme::setMuted(m_note, 110.0 / 255);
    QFont sourceFont = font();
    sourceFont.setPointSizeF(sourceFont.pointSizeF() * 0.9);
    m_source = new QCPTextElement(m_plot, QString(), sourceFont);
    m_source->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    ChartTheme::setMuted(m_source, 90.0 / 255);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->insertRow(1);
    m_plot->plotLayout()->addElement(1, 0, m_subtitle);
    m_plot->plotLayout()->insertRow(2);
    m_plot->plotLayout()->addElement(2, 0, m_note);
    // Row 3 is the axis rect; below it the legend, then the notes, source and byline.
    m_plot->plotLayout()->addElement(4, 0, m_plot->legend);
    m_plot->plotLayout()->addElement(5, 0, m_source);
    m_plot->plotLayout()->setRowSpacing(2);
    m_plot->plotLayout()->setRowStretchFactor(4, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setBorderPen(Qt::NoPen);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->legend->setSelectableParts(QCPLegend::spItems);
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
        if (auto* plottableItem = qobject_cast<QCPPlottableLegendItem*>(item))
            toggleSeries(plottableItem->plottable());
    });
    // A double-click on an annotation edits its text in place; elsewhere it resets the view.
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* event) {
        if (!m_annotationEditor->edit(event->position()))
            resetView();
    });
    m_plot->installEventFilter(this);
    m_annotationEditor = new AnnotationEditor(this);
    // Once the layout knows how high the plot is, on screen or in an export, and before anything is drawn.
    connect(m_plot, &QCustomPlot::afterLayout, this, &ChartView::fitEventTexts);
    m_plot->setMouseTracking(true);
    ChartTheme::followScreen(m_plot);
    showNothing(tr("Select a series in the browser"));
}

void ChartView::clearPlot()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_annotationItems.clear();
    m_eventTexts.clear();
    m_plottableSeries.clear();
    m_projectionAxes.clear();
    m_keyOffsets.clear();
    m_notes.clear();
    m_plot->legend->setVisible(false);
    m_plot->yAxis2->setVisible(false);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        axis->setLabel(QString());
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTickLabelRotation(0);
    }
    m_plot->xAxis->setVisible(true);
    m_plot->yAxis->setVisible(true);
    m_noteText.clear();
    m_sources.clear();
    m_note->setText(QString());
    m_source->setText(QString());
}

void ChartView::showNothing(const QString& message)
{
    m_document.series.clear();
    clearPlot();
    m_plot->xAxis->setVisible(false);
    m_plot->yAxis->setVisible(false);
    m_titleText = message;
    fitTextTo(m_plot->width());
    m_plot->replot();
}

void ChartView::showChart(const ChartDocument& document)
{
    m_document = document;
    redraw();
}

QCPAxis* ChartView::axisFor(const ChartSeries& series, QStringList& units)
{
    const QString unit = series.displayUnit().label;
    const bool firstOnAxis = !units.contains(unit);
    if (firstOnAxis)
        units << unit;
    const int index = static_cast<int>(units.indexOf(unit));
    // An axis names its metric while it carries one; with several, only their common unit.
    const auto label = [&](QCPAxis* axis) {
        if (firstOnAxis)
            axis->setLabel(axisTitle(series));
        else if (axis->label() != axisTitle(series))
            axis->setLabel(unit);
    };
    if (index == 0) {
        label(m_plot->yAxis);
        return m_plot->yAxis;
    }
    if (index == 1) {
        m_plot->yAxis2->setVisible(true);
        label(m_plot->yAxis2);
        return m_plot->yAxis2;
    }
    m_notes << tr("%1 is in a third unit (%2) and is not drawn").arg(series.label, unit);
    return nullptr;
}

void ChartView::drawLine(int index, QCPAxis* axis)
{
    const ChartSeries& s = m_document.series[index];
    const QColor color = ChartPalette::colour(index);
    QCPGraph* graph = LineGraph::add(m_plot, m_plot->xAxis, axis);
    graph->setPen(ChartPalette::linePen(index));
    // Marks on every point while they can be told apart; a long series is a line.
    if (s.points.size() <= maxMarkedPoints)
        graph->setScatterStyle(QCPScatterStyle(ChartPalette::marker(index), color, Qt::white, 6));
    if (!s.onlySource.isEmpty()) {
        // One source's figures stand apart from the current series: large marks, no line.
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, color.darker(130), color, 11));
    }
    graph->setName(s.label);
    const DisplayUnit unit = s.displayUnit();
    QVector<double> keys;
    QVector<double> values;
    for (const SeriesPoint& p : s.points) {
        keys << middle(p);
        values << unit.toDisplay(p.value);
    }
    graph->setData(keys, values, true);
    if (m_document.definition.dataLabels) {
        for (int i = 0; i < keys.size(); ++i) {
            auto* label = new QCPItemText(m_plot);
            label->position->setAxes(m_plot->xAxis, axis);
            label->position->setCoords(keys[i], values[i]);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(6, 0, 0, 4));
            label->setText(unit.formatWithUnit(s.points[i].value));
            label->setColor(color.darker(140));
            label->setClipToAxisRect(false);
        }
    }
    // Gaps stay gaps: a missing period breaks the line instead of being bridged.
    for (int i = 1; i < s.points.size(); ++i) {
        const int gap = s.points[i - 1].end.addDays(1).daysTo(s.points[i].start);
        if (gap > 0)
            graph->addData((keys[i - 1] + keys[i]) / 2, qQNaN());
    }
    m_plottableSeries.insert(graph, index);
    if (!s.projection.points.isEmpty())
        drawProjection(index, axis);
}

void ChartView::drawProjection(int index, QCPAxis* axis)
{
    const ChartSeries& s = m_document.series[index];
    const Projection& f = s.projection;
    const DisplayUnit unit = s.displayUnit();
    QVector<double> keys;
    QVector<double> values;
    for (const SeriesPoint& p : f.points) {
        keys << middle(p);
        values << unit.toDisplay(p.value);
    }
    const auto display = [&unit](const QVector<double>& bounds) {
        QVector<double> shown;
        for (const double v : bounds)
            shown << unit.toDisplay(v);
        return shown;
    };
    // The widest interval first, so that the narrower one and the line lie over it; each band is its upper edge
    // filled down to its lower one. The chart's notes say what the shading is.
    for (qsizetype i = f.levels.size() - 1; i >= 0; --i) {
        QCPGraph* lower = LineGraph::add(m_plot, m_plot->xAxis, axis);
        lower->setData(keys, display(f.lower[i]), true);
        lower->setPen(Qt::NoPen);
        lower->removeFromLegend();
        QCPGraph* upper = LineGraph::add(m_plot, m_plot->xAxis, axis);
        upper->setData(keys, display(f.upper[i]), true);
        upper->setPen(Qt::NoPen);
        QColor fill = ChartPalette::colour(index);
        fill.setAlpha(i == 0 ? 80 : 40);
        upper->setBrush(fill);
        upper->setChannelFillGraph(lower);
        upper->removeFromLegend();
    }
    // The forecast continues the line from the last stated value, dashed.
    if (!s.points.isEmpty()) {
        keys.prepend(middle(s.points.back()));
        values.prepend(unit.toDisplay(s.points.back().value));
    }
    QCPGraph* line = LineGraph::add(m_plot, m_plot->xAxis, axis);
    QPen pen = ChartPalette::linePen(index);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    //: %1 the series' name in the legend, %2 the model ("ETS(M,A,N)")
    line->setName(tr("%1, forecast (%2)").arg(m_document.legendName(index), f.model));
    line->setData(keys, values, true);
    m_projectionAxes.insert(index, axis);
}

void ChartView::drawBars(const QVector<int>& indexes, QStringList& units)
{
    // Grouped bars sit side by side within their period (or within the gap to the next period, when periods of
    // different calendars sit closer than a period's length); labels go where their bar is.
    const int count = static_cast<int>(indexes.size());
    QVector<double> keys;
    for (const int i : indexes)
        for (const SeriesPoint& p : m_document.series[i].points)
            keys << middle(p);
    std::sort(keys.begin(), keys.end());
    double room = qInf();
    for (int k = 1; k < keys.size(); ++k)
        if (keys[k] - keys[k - 1] > 1e-6)
            room = std::min(room, keys[k] - keys[k - 1]);
    for (int slot = 0; slot < count; ++slot) {
        const int i = indexes[slot];
        const ChartSeries& s = m_document.series[i];
        QCPAxis* axis = axisFor(s, units);
        if (!axis || s.points.isEmpty())
            continue;
        auto* bars = new QCPBars(m_plot->xAxis, axis);
        bars->setPen(ChartPalette::areaOutline(i));
        bars->setBrush(ChartPalette::areaBrush(i));
        bars->setName(s.label);
        const double width = std::min(s.points.front().months() / 12.0, room) * 0.8 / count;
        const double offset = (slot - (count - 1) / 2.0) * width;
        bars->setWidth(width);
        const DisplayUnit unit = s.displayUnit();
        for (const SeriesPoint& p : s.points) {
            bars->addData(middle(p) + offset, unit.toDisplay(p.value));
            if (m_document.definition.dataLabels) {
                auto* label = new QCPItemText(m_plot);
                label->position->setAxes(m_plot->xAxis, axis);
                label->position->setCoords(middle(p) + offset, unit.toDisplay(p.value));
                label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
                label->setText(unit.format(p.value));
                label->setFont(QFont(font().family(), static_cast<int>(font().pointSizeF() * 0.85)));
                label->setClipToAxisRect(false);
            }
        }
        m_plottableSeries.insert(bars, i);
        m_keyOffsets.insert(bars, offset);
        // A forecast of bars continues as a line with its bands: projected, not stated.
        if (!s.projection.points.isEmpty())
            drawProjection(i, axis);
    }
}

void ChartView::drawStacked(bool normalise, bool areas)
{
    const StackedTable table = m_document.stacked(normalise);
    if (table.incomplete > 0)
        m_notes << tr("%n period(s) without a value for every series are left out", nullptr, table.incomplete);
    if (normalise)
        m_plot->yAxis->setLabel(tr("Share of the total (%)"));
    else if (!m_document.series.isEmpty())
        m_plot->yAxis->setLabel(axisTitle(m_document.series.front()));
    const double width = m_document.series.isEmpty() || m_document.series.front().points.isEmpty()
                             ? 0.25
                             : m_document.series.front().points.front().months() / 12.0 * 0.7;
    QCPBars* below = nullptr;
    QCPGraph* belowGraph = nullptr;
    const QVector<double>& keys = table.keys;
    QVector<double> cumulative(keys.size(), 0.0);
    for (int i = 0; i < m_document.series.size(); ++i) {
        QVector<double> values;
        for (int k = 0; k < keys.size(); ++k) {
            cumulative[k] += table.values[i][k];
            values << (areas ? cumulative[k] : table.values[i][k]);
        }
        if (areas) {
            QCPGraph* graph = LineGraph::add(m_plot);
            graph->setPen(QPen(ChartPalette::colour(i).darker(120), 1));
            graph->setBrush(ChartPalette::areaBrush(i, 190));
            graph->setName(m_document.series[i].label);
            graph->setData(keys, values, true);
            if (belowGraph)
                graph->setChannelFillGraph(belowGraph);
            belowGraph = graph;
            m_plottableSeries.insert(graph, i);
        } else {
            auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
            // White seams between the stacked parts, unless the part is hatched and needs its outline.
            const QPen outline = ChartPalette::areaOutline(i);
            bars->setPen(outline.style() == Qt::NoPen ? QPen(Qt::white, 0.5) : outline);
            bars->setBrush(ChartPalette::areaBrush(i));
            bars->setWidth(width);
            bars->setName(m_document.series[i].label);
            bars->setData(keys, values, true);
            if (below)
                bars->moveAbove(below);
            below = bars;
            m_plottableSeries.insert(bars, i);
        }
    }
    // Areas are filled down to the graph below: the first one down to zero.
    if (areas && m_plot->graphCount() > 0) {
        QCPGraph* zero = LineGraph::add(m_plot);
        zero->setPen(Qt::NoPen);
        zero->removeFromLegend();
        zero->setData(keys, QVector<double>(keys.size(), 0.0), true);
        m_plot->graph(0)->setChannelFillGraph(zero);
    }
}

// Where a period the analyst named sits on the time axis: the span of a plotted period labelled so (in the
// series' own or in calendar terms), else of the period as analysts write one (in the first series' fiscal
// year: "FY2024 Q1" need not be plotted); nothing when neither.
std::optional<std::pair<double, double>> ChartView::periodSpan(const QString& period) const
{
    for (const ChartSeries& s : m_document.series)
        for (const SeriesPoint& p : s.points) {
            const auto labelled = Period::fromRange(p.start, p.end, s.fiscalYearEndMonth);
            if (labelled && (labelled->label() == period || labelled->calendarLabel() == period))
                return std::pair{yearsAt(p.start), yearsAt(p.end.addDays(1))};
        }
    const auto parsed = PeriodParser::parse(period, m_document.series.isEmpty() ? 12 : m_document.series.front().fiscalYearEndMonth);
    if (parsed)
        return std::pair{yearsAt(parsed->start()), yearsAt(parsed->end().addDays(1))};
    return std::nullopt;
}

void ChartView::drawAnnotations()
{
    double firstStart = qInf();
    double lastEnd = -qInf();
    for (const ChartSeries& s : m_document.series)
        for (const SeriesPoint& p : s.points) {
            firstStart = std::min(firstStart, yearsAt(p.start));
            lastEnd = std::max(lastEnd, yearsAt(p.end.addDays(1)));
        }
    // A text in the right half of the chart reads leftwards, so that the plot's edge does not cut it.
    const auto inRightHalf = [&](double x) { return x > (firstStart + lastEnd) / 2; };
    const QColor colour = ChartPalette::annotation();
    QFont small(font().family(), static_cast<int>(font().pointSizeF() * 0.9));
    const QVector<ChartAnnotation>& annotations = m_document.definition.annotations;
    for (int index = 0; index < annotations.size(); ++index) {
        const ChartAnnotation& a = annotations[index];
        if (a.kind == ChartAnnotation::Kind::ReferenceLine) {
            auto* line = new QCPItemStraightLine(m_plot);
            m_annotationItems.insert(line, index);
            line->point1->setCoords(0, a.value);
            line->point2->setCoords(1, a.value);
            line->setPen(QPen(colour, 1.5, Qt::DashLine));
            auto* text = new QCPItemText(m_plot);
            m_annotationItems.insert(text, index);
            text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            text->position->setTypeY(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(0.995, a.value);
            text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
            text->setText(a.text);
            text->setColor(colour);
            text->setFont(small);
            continue;
        }
        const auto from = periodSpan(a.period);
        // A label's span is its period's; a shaded range without an end runs to the last period plotted.
        const auto to = a.kind == ChartAnnotation::Kind::Label ? from
                        : a.periodEnd.isEmpty()                ? std::optional(std::pair{lastEnd, lastEnd})
                                                               : periodSpan(a.periodEnd);
        if (!from || !to || !std::isfinite(to->second)) {
            m_notes << tr("“%1” is not drawn: no period %2 on this chart")
                           .arg(a.text, !from ? a.period : a.periodEnd);
            continue;
        }
        if (to->second <= firstStart || from->first >= lastEnd) {
            m_notes << tr("“%1” is not drawn: %2 is outside the chart's periods").arg(a.text, a.period);
            continue;
        }
        auto* text = new QCPItemText(m_plot);
        m_annotationItems.insert(text, index);
        text->setText(a.text);
        text->setColor(colour.darker(150));
        text->setFont(small);
        if (a.kind == ChartAnnotation::Kind::ShadedRange) {
            auto* band = new QCPItemRect(m_plot);
            m_annotationItems.insert(band, index);
            band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
            band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
            band->topLeft->setCoords(from->first, 0);
            band->bottomRight->setCoords(std::max(to->second, from->second), 1);
            band->setPen(Qt::NoPen);
            band->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40));
            band->setLayer(QStringLiteral("background"));
            text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            const bool right = inRightHalf(from->first);
            text->position->setCoords(right ? std::max(to->second, from->second) : from->first, 0.99);
            text->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
            text->setPadding(QMargins(4, 2, 4, 2));
        } else {
            const double x = (from->first + from->second) / 2;
            text->position->setCoords(x, a.value);
            text->setPositionAlignment((inRightHalf(x) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
            text->setPadding(QMargins(6, 0, 6, 6));
            auto* mark = new QCPItemTracer(m_plot);
            m_annotationItems.insert(mark, index);
            mark->position->setCoords(x, a.value);
            mark->setStyle(QCPItemTracer::tsCircle);
            mark->setSize(7);
            mark->setPen(QPen(colour.darker(150), 1.5));
        }
    }
}

void ChartView::drawEvents(double from, double to)
{
    // Events of the same date share one marker, their titles joined.
    const QMap<QDate, QStringList> byDate = m_document.eventsShown();
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        const double x = yearsAt(it.key());
        if (x < from || x > to)
            continue;
        auto* line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(ChartPalette::annotation(), 1, Qt::DashLine));
        auto* text = new QCPItemText(m_plot);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(x, 0.02);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        text->setRotation(-90);
        text->setText(it.value().join(QStringLiteral("; ")));
        text->setColor(ChartPalette::annotation());
        text->setFont(QFont(font().family(), static_cast<int>(font().pointSizeF() * 0.85)));
        text->setPadding(QMargins(3, 0, 0, 0));
        m_eventTexts.insert(text, text->text());
    }
}

void ChartView::fitEventTexts()
{
    // An event's title runs up the plot: as much of it as the plot is high, the rest elided (the full titles are
    // the project's events, listed with the data).
    const double room = m_plot->axisRect()->height() * 0.96 - 6;
    for (auto it = m_eventTexts.cbegin(); it != m_eventTexts.cend(); ++it)
        it.key()->setText(QFontMetricsF(it.key()->font()).elidedText(it.value(), Qt::ElideRight, std::max(room, 12.0)));
}

void ChartView::setTimeAxis()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QVector<TimeTick> ticks = m_document.timeTicks(maxTickLabels);
    for (const TimeTick& tick : ticks)
        ticker->addTick(tick.at, tick.label);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(ticks.size() > 6 ? -35 : 0);
}

void ChartView::fitRanges()
{
    double first = qInf();
    double last = -qInf();
    double widest = 0.25;
    for (const ChartSeries& s : m_document.series)
        for (const PointSeries* points : {&s.points, &s.projection.points})
            for (const SeriesPoint& p : *points) {
                first = std::min(first, middle(p));
                last = std::max(last, middle(p));
                widest = std::max(widest, p.months() / 12.0);
            }
    if (first > last)
        return;
    const double margin = std::max(widest * 0.6, (last - first) * 0.05);
    m_plot->xAxis->setRange(first - margin, last + margin);
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
        if (!axis->visible())
            continue;
        bool found = false;
        QCPRange range;
        for (int i = 0; i < m_plot->plottableCount(); ++i) {
            QCPAbstractPlottable* p = m_plot->plottable(i);
            if (p->valueAxis() != axis || !p->visible())
                continue;
            bool ok = false;
            const QCPRange r = p->getValueRange(ok, QCP::sdBoth);
            if (!ok)
                continue;
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            found = true;
        }
        if (!found)
            continue;
        const bool anyBars = m_document.definition.kind != ChartKind::Line && axis == m_plot->yAxis;
        if (anyBars || m_document.definition.kind == ChartKind::StackedArea)
            range.lower = std::min(0.0, range.lower);
        const double span = range.upper - range.lower;
        const double pad = span > 0 ? span * 0.1 : std::max(std::abs(range.upper) * 0.1, 1.0);
        if (axis->scaleType() == QCPAxis::stLogarithmic)
            axis->setRange(range.lower > 0 ? range.lower / 1.5 : 0.1, range.upper * 1.5);
        else
            axis->setRange(range.lower >= 0 && anyBars ? 0.0 : range.lower - pad, range.upper + pad);
    }
}

void ChartView::redraw()
{
    clearPlot();
    if (m_document.series.isEmpty()) {
        showNothing(tr("Nothing to plot"));
        return;
    }
    QStringList units;
    switch (m_document.definition.kind) {
    case ChartKind::Line:
        for (int i = 0; i < m_document.series.size(); ++i)
            if (QCPAxis* axis = axisFor(m_document.series[i], units))
                drawLine(i, axis);
        break;
    case ChartKind::Bars: {
        QVector<int> all(m_document.series.size());
        std::iota(all.begin(), all.end(), 0);
        drawBars(all, units);
        break;
    }
    case ChartKind::BarLine: {
        // Series in the first series' unit are bars; the others are lines on the second axis.
        QVector<int> bars;
        for (int i = 0; i < m_document.series.size(); ++i)
            if (m_document.series[i].displayUnit().label == m_document.series[0].displayUnit().label)
                bars << i;
        drawBars(bars, units);
        for (int i = 0; i < m_document.series.size(); ++i)
            if (!bars.contains(i))
                if (QCPAxis* axis = axisFor(m_document.series[i], units))
                    drawLine(i, axis);
        break;
    }
    case ChartKind::StackedArea:
        drawStacked(false, true);
        break;
    case ChartKind::Stacked100:
        drawStacked(true, false);
        break;
    }

    drawAnnotations();

    nameLegendEntries();
    m_titleText = m_document.title();
    m_noteText = (m_document.notes() + m_notes).join(QStringLiteral(" · "));
    m_sources = m_document.sources();
    m_plot->legend->setVisible(m_document.series.size() > 1);
    fitTextTo(m_plot->width());

    setTimeAxis();
    if (m_document.definition.logScale) {
        m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    }
    fitRanges();
    // A reference line or a label the data keeps clear of is still in view.
    for (const ChartAnnotation& a : m_document.definition.annotations)
        if (a.kind != ChartAnnotation::Kind::ShadedRange && !m_plot->yAxis->range().contains(a.value)) {
            QCPRange range = m_plot->yAxis->range();
            range.expand(a.value);
            // Room above for the text over a line or a mark.
            m_plot->yAxis->setRange(range.lower - range.size() * 0.05, range.upper + range.size() * 0.12);
        }
    drawEvents(m_plot->xAxis->range().lower, m_plot->xAxis->range().upper);
    // Queued: a shown chart paints on the next event-loop turn; a headless export renders once, at its own size.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::nameLegendEntries()
{
    for (auto it = m_plottableSeries.cbegin(); it != m_plottableSeries.cend(); ++it)
        it.key()->setName(m_document.legendName(it.value()));
}

void ChartView::toggleSeries(QCPAbstractPlottable* plottable)
{
    plottable->setVisible(!plottable->visible());
    if (QCPPlottableLegendItem* item = m_plot->legend->itemWithPlottable(plottable))
        item->setTextColor(plottable->visible() ? m_plot->palette().color(QPalette::Text)
                                                : ChartTheme::mutedText(m_plot->palette(), ChartTheme::hiddenSeries));
    m_plot->legend->setSelectedParts(QCPLegend::spNone);
    m_plot->replot();
}

void ChartView::setLogScale(bool on)
{
    if (m_document.definition.logScale == on)
        return;
    const ChartDefinition before = m_document.definition;
    m_document.definition.logScale = on;
    redraw();
    emit documentEdited(before, on ? tr("Logarithmic axis") : tr("Linear axis"));
}

void ChartView::setDataLabels(bool on)
{
    if (m_document.definition.dataLabels == on)
        return;
    const ChartDefinition before = m_document.definition;
    m_document.definition.dataLabels = on;
    redraw();
    emit documentEdited(before, on ? tr("Show data labels") : tr("Hide data labels"));
}

void ChartView::resetView()
{
    fitRanges();
    m_plot->replot();
}

QString ChartView::describePointAt(const QPointF& pixel) const
{
    double bestDistance = hoverPixels;
    QString text;
    for (auto it = m_plottableSeries.cbegin(); it != m_plottableSeries.cend(); ++it) {
        QCPAbstractPlottable* plottable = it.key();
        if (!plottable->visible())
            continue;
        const ChartSeries& s = m_document.series[it.value()];
        const DisplayUnit unit = s.displayUnit();
        for (const SeriesPoint& p : s.points) {
            const double y = plottable->valueAxis()->coordToPixel(unit.toDisplay(p.value));
            const bool bars = qobject_cast<QCPBars*>(plottable) != nullptr;
            const double barX = plottable->keyAxis()->coordToPixel(middle(p) + m_keyOffsets.value(plottable));
            const double distance = std::hypot(barX - pixel.x(), bars ? 0.0 : y - pixel.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                text = QStringLiteral("%1\n%2: %3\n%4")
                           .arg(s.label, periodLabel(p, s.fiscalYearEndMonth), unit.formatWithUnit(p.value),
                                tr("Source: %1").arg(p.sources.join(QStringLiteral("; "))));
            }
        }
    }
    // A forecast's periods: the forecast and its intervals.
    for (auto it = m_projectionAxes.cbegin(); it != m_projectionAxes.cend(); ++it) {
        const ChartSeries& s = m_document.series[it.key()];
        const Projection& f = s.projection;
        const DisplayUnit unit = s.displayUnit();
        for (qsizetype k = 0; k < f.points.size(); ++k) {
            const SeriesPoint& p = f.points[k];
            const double distance = std::hypot(m_plot->xAxis->coordToPixel(middle(p)) - pixel.x(),
                                               it.value()->coordToPixel(unit.toDisplay(p.value)) - pixel.y());
            if (distance >= bestDistance)
                continue;
            bestDistance = distance;
            QStringList intervals;
            for (qsizetype i = 0; i < f.levels.size(); ++i)
                //: %1 the level (80), %2 and %3 the bounds
                intervals << tr("%1%: %2 to %3")
                                 .arg(QString::number(f.levels[i]), unit.formatWithUnit(f.lower[i][k]),
                                      unit.formatWithUnit(f.upper[i][k]));
            //: %1 the series, %2 the period, %3 the forecast, %4 the model, %5 its intervals
            text = tr("%1\n%2: %3, forecast by %4\n%5")
                       .arg(s.label, periodLabel(p, s.fiscalYearEndMonth), unit.formatWithUnit(p.value), f.model,
                            intervals.join(QStringLiteral(" · ")));
        }
    }
    return text;
}

void ChartView::fitTextTo(int width)
{
    const double room = std::max(width - textMargin, 80);
    setCollapsingText(m_title, wrapped(m_titleText, m_title->font(), room).join(QLatin1Char('\n')));
    // A view showing nothing (a message for a title) shows none of the last chart's texts.
    const bool charted = !m_document.series.isEmpty();
    setCollapsingText(m_subtitle, charted ? wrapped(m_document.definition.subtitle, m_subtitle->font(), room).join(QLatin1Char('\n'))
                                          : QString());
    setCollapsingText(m_note, wrapped(m_noteText, m_note->font(), room).join(QLatin1Char('\n')));
    // Under the plot: the chart's notes, the sources, the byline.
    QStringList footer;
    for (const QString& note : charted ? m_document.definition.notes : QStringList())
        footer << wrapped(tr("Note: %1").arg(note), m_source->font(), room);
    if (!m_sources.isEmpty())
        footer << sourceText(m_sources, m_source->font(), room);
    if (charted && !m_document.definition.byline.isEmpty())
        footer << wrapped(m_document.definition.byline, m_source->font(), room);
    setCollapsingText(m_source, footer.join(QLatin1Char('\n')));
    // As many legend columns as the widest entry allows, at most four.
    QCPLegend* legend = m_plot->legend;
    double widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i)) // a cell of the grid may be empty
            widest = std::max<double>(widest, item->minimumOuterSizeHint().width());
    legend->setWrap(std::clamp(int((room - 8) / (widest + legend->columnSpacing())), 1, 4));
    legend->setFillOrder(legend->fillOrder(), true); // a new wrap moves only the entries added after it
}

bool ChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Resize) {
        fitTextTo(m_plot->width());
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    if (watched == m_plot && event->type() == QEvent::MouseMove) {
        const auto* move = static_cast<QMouseEvent*>(event);
        const QString text = describePointAt(move->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(move->globalPosition().toPoint(), text, m_plot);
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<int> ChartView::annotationAt(const QPointF& pixel) const
{
    // The nearest item under the pointer that draws an annotation, within QCustomPlot's selection tolerance.
    double best = m_plot->selectionTolerance();
    std::optional<int> found;
    for (auto it = m_annotationItems.cbegin(); it != m_annotationItems.cend(); ++it) {
        const double distance = it.key()->selectTest(pixel, false);
        if (distance >= 0 && distance < best) {
            best = distance;
            found = it.value();
        }
    }
    return found;
}

ChartAnnotation ChartView::anchoredAt(ChartAnnotation::Kind kind, const QPointF& pixel) const
{
    ChartAnnotation a;
    a.kind = kind;
    a.value = m_plot->yAxis->pixelToCoord(pixel.y());
    // The plotted period under the pointer, else the nearest one.
    const double x = m_plot->xAxis->pixelToCoord(pixel.x());
    double nearest = qInf();
    for (const ChartSeries& s : m_document.series)
        for (const SeriesPoint& p : s.points) {
            const double distance = yearsAt(p.start) <= x && x < yearsAt(p.end.addDays(1)) ? 0 : std::abs(middle(p) - x);
            if (distance < nearest) {
                nearest = distance;
                a.period = m_document.periodLabel(p, s);
            }
        }
    return a;
}

void ChartView::setAnnotations(const QVector<ChartAnnotation>& annotations, const QString& what)
{
    const ChartDefinition before = m_document.definition;
    m_document.definition.annotations = annotations;
    redraw();
    m_plot->replot();
    emit documentEdited(before, what);
}

void ChartView::removeSeries(int index)
{
    if (index < 0 || index >= m_document.series.size())
        return;
    const ChartDefinition before = m_document.definition;
    // A built document holds the specs that resolved, in the order of its series.
    const ChartSeries removed = m_document.series.takeAt(index);
    if (m_document.definition.specs.size() == m_document.series.size() + 1)
        m_document.definition.specs.removeAt(index);
    else
        m_document.definition.specs.removeOne(removed.spec);
    redraw();
    m_plot->replot();
    emit documentEdited(before, tr("Remove %1").arg(removed.spec));
}

QString ChartView::title() const
{
    return m_titleText;
}

QString ChartView::note() const
{
    return m_noteText;
}

} // namespace mixshift
