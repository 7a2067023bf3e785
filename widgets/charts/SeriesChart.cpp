#include "SeriesChart.h"

#include <qcustomplot.h>

#include <QMap>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mixshift {

namespace {

const QColor barColor(68, 114, 196);
const QColor lineColor(221, 132, 82);
constexpr int maxSourceLines = 4;
constexpr int sourceLineLength = 150;
constexpr int maxTickLabels = 14;

int monthsSpanned(const ObservationRow& row)
{
    return (row.end.year() - row.start.year()) * 12 + row.end.month() - row.start.month() + 1;
}

// Periods sit on a time axis in years, at their middle, so quarters and gaps keep their true spacing.
double yearsAt(const QDate& date)
{
    return date.year() + (date.dayOfYear() - 1) / static_cast<double>(date.daysInYear());
}

QString frequencyName(int months)
{
    switch (months) {
    case 1:
        return SeriesChart::tr("Monthly");
    case 3:
        return SeriesChart::tr("Quarterly");
    case 12:
        return SeriesChart::tr("Annual");
    default:
        return SeriesChart::tr("%1-month").arg(months);
    }
}

QString describeSource(const ObservationRow& row)
{
    QStringList details;
    if (!row.sourcePublisher.isEmpty())
        details << row.sourcePublisher;
    if (!row.sourcePublished.isEmpty())
        details << row.sourcePublished;
    QString title = row.sourceTitle;
    if (title.size() > 48)
        title = title.left(47) + QStringLiteral("…");
    return details.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, details.join(QStringLiteral(", ")));
}

// "Source: a; b; c" broken into lines of about sourceLineLength characters, every source named while the
// lines last; the rest counted.
QString sourceText(const QStringList& sources)
{
    QStringList lines{SeriesChart::tr("Source: ")};
    for (int i = 0; i < sources.size(); ++i) {
        const QString entry = sources[i] + (i + 1 < sources.size() ? QStringLiteral("; ") : QString());
        if (lines.last().size() + entry.size() > sourceLineLength && lines.last().size() > 8) {
            if (lines.size() == maxSourceLines) {
                lines.last() += SeriesChart::tr("and %1 more, listed in the table").arg(sources.size() - i);
                break;
            }
            lines << QStringLiteral("    ");
        }
        lines.last() += entry;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SeriesChart::SeriesChart(QWidget* parent)
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
    m_note = new QCPTextElement(m_plot, QString(), font());
    m_note->setTextColor(palette().color(QPalette::Disabled, QPalette::WindowText));
    QFont sourceFont = font();
    sourceFont.setPointSizeF(sourceFont.pointSizeF() * 0.9);
    m_source = new QCPTextElement(m_plot, QString(), sourceFont);
    m_source->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_source->setTextColor(QColor(90, 90, 90));

    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->insertRow(1);
    m_plot->plotLayout()->addElement(1, 0, m_note);
    m_plot->plotLayout()->addElement(3, 0, m_source);
    m_plot->plotLayout()->setRowSpacing(2);
    showNothing(tr("Select a series in the browser"));
}

void SeriesChart::resetPlot()
{
    m_plot->clearPlottables();
    m_plot->xAxis->setVisible(true);
    m_plot->yAxis->setVisible(true);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_plot->xAxis->setTickLabelRotation(0);
    m_plot->yAxis->setLabel(QString());
    m_note->setText(QString());
    m_source->setText(QString());
}

void SeriesChart::showNothing(const QString& message)
{
    resetPlot();
    m_plot->xAxis->setVisible(false);
    m_plot->yAxis->setVisible(false);
    m_title->setText(message);
    m_plot->replot();
}

void SeriesChart::setTimeAxis(const QVector<double>& positions, const QStringList& labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int step = std::max(1, static_cast<int>(std::ceil(positions.size() / double(maxTickLabels))));
    for (int i = 0; i < positions.size(); i += step)
        ticker->addTick(positions[i], labels[i]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(positions.size() / step > 6 ? -35 : 0);
}

void SeriesChart::showSeries(const SeriesSummary& series, const QVector<ObservationRow>& rows)
{
    resetPlot();
    m_title->setText(QStringLiteral("%1 — %2").arg(series.provider, series.metricName));

    QVector<ObservationRow> current;
    QMap<int, int> rowsPerLength;
    for (const ObservationRow& row : rows) {
        if (row.current) {
            current.append(row);
            ++rowsPerLength[monthsSpanned(row)];
        }
    }
    if (current.isEmpty()) {
        m_note->setText(tr("This series holds no values."));
        m_plot->replot();
        return;
    }
    const int months = std::max_element(rowsPerLength.constBegin(), rowsPerLength.constEnd()).key();
    const int leftOut = static_cast<int>(current.size()) - rowsPerLength.value(months);

    const DisplayUnit unit = series.displayUnit();
    QVector<double> keys;
    QVector<double> values;
    QStringList labels;
    QStringList sources;
    for (const ObservationRow& row : current) {
        if (monthsSpanned(row) != months)
            continue;
        keys.append((yearsAt(row.start) + yearsAt(row.end.addDays(1))) / 2);
        values.append(unit.toDisplay(row.value));
        labels.append(row.periodLabel);
        const QString source = describeSource(row);
        if (!sources.contains(source))
            sources.append(source);
    }

    const double width = months / 12.0;
    if (series.isFlow()) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setWidth(width * 0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(barColor);
        bars->setData(keys, values, true);
        bars->setName(series.title());
    } else {
        QCPGraph* graph = m_plot->addGraph();
        graph->setPen(QPen(lineColor, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, lineColor, Qt::white, 7));
        graph->setData(keys, values, true);
        graph->setName(series.title());
    }

    setTimeAxis(keys, labels);
    m_plot->yAxis->setLabel(QStringLiteral("%1 (%2)").arg(series.metricName, unit.label));
    m_plot->rescaleAxes();
    const double margin = std::max(width, (keys.back() - keys.front()) * 0.05);
    m_plot->xAxis->setRange(keys.front() - margin, keys.back() + margin);
    QCPRange y = m_plot->yAxis->range();
    if (series.isFlow()) {
        y.lower = std::min(0.0, y.lower);
        y.upper = std::max(0.0, y.upper);
    }
    // A tenth of the span as headroom; a single value (no span) gets a tenth of its size on either side.
    const double span = y.upper - y.lower;
    const double pad = span > 0 ? span * 0.1 : std::max(std::abs(y.upper) * 0.1, 1.0);
    const bool barsFromZero = series.isFlow() && y.lower >= 0;
    m_plot->yAxis->setRange(barsFromZero ? 0.0 : y.lower - pad, y.upper + pad);

    QStringList noteParts;
    if (!series.scopeLabel().isEmpty())
        noteParts << series.scopeLabel();
    noteParts << tr("%1 values").arg(frequencyName(months));
    if (leftOut > 0)
        noteParts << (leftOut == 1 ? tr("1 value of another period length is in the table")
                                   : tr("%1 values of other period lengths are in the table").arg(leftOut));
    m_note->setText(noteParts.join(QStringLiteral(" · ")));

    m_source->setText(sourceText(sources));
    m_plot->replot();
}

QString SeriesChart::title() const
{
    return m_title->text();
}

QString SeriesChart::sourceLine() const
{
    return m_source->text();
}

QString SeriesChart::note() const
{
    return m_note->text();
}

} // namespace mixshift
