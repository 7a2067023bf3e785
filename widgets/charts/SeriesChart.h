#pragma once

#include "store/ProjectQueries.h"

#include <QWidget>

class QCustomPlot;
class QCPTextElement;

namespace mixshift {

/// A chart of one series, self-explanatory when exported: title, axis with unit, and a "Source: …" line
/// naming every source behind the plotted values. Flows draw as bars, ratios and stocks as lines. Only the
/// current values are drawn, at one frequency (the series' most common period length).
class SeriesChart : public QWidget
{
    Q_OBJECT

public:
    explicit SeriesChart(QWidget* parent = nullptr);

    void showSeries(const SeriesSummary& series, const QVector<ObservationRow>& rows);
    void showNothing(const QString& message);

    QCustomPlot* plot() const { return m_plot; }
    QString title() const;
    QString sourceLine() const;
    QString note() const;

private:
    void resetPlot();
    void setTimeAxis(const QVector<double>& positions, const QStringList& labels);

    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    QCPTextElement* m_note;
    QCPTextElement* m_source;
};

} // namespace mixshift
