#pragma once

#include "charts/ChartExport.h"

#include <QDialog>

class QCustomPlot;
class QLabel;
class QListWidget;
class QTableWidget;

namespace mixshift {

class Project;

/// Two to four saved scenarios side by side: their revenue paths on one chart and a table of where each ends
/// up, with its difference from the first one ticked.
class ScenarioComparison : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioComparison(Project& project, QWidget* parent = nullptr);

    /// Ticks exactly these saved scenarios (for tests and for opening with a choice made elsewhere).
    void choose(const QStringList& names);
    QTableWidget* table() const { return m_table; }
    QCustomPlot* plot() const { return m_plot; }

signals:
    /// The chart's context menu asked for it to be exported or copied (the main window does it).
    void exportRequested(const mixshift::ChartExport::Drawing& drawing);
    void copyRequested(const mixshift::ChartExport::Drawing& drawing);

private:
    void refresh();

    Project& m_project;
    QListWidget* m_names;
    QCustomPlot* m_plot;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace mixshift
