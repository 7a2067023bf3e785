#pragma once

#include "charts/ChartExport.h"
#include "scenario/ShareModel.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace mixshift {

class Project;

/// Market shares projected forward (the share model): a market's base year from the project, market growth,
/// each provider's own growth and transfers of points between providers; shares by year as lines and as a table
/// with HHI, CR3 and CR5, recomputed on every change.
class ShareWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ShareWorkspace(Project& project, QWidget* parent = nullptr);

    /// Adds a transfer row; the projection follows.
    void addTransfer(int year, const QString& from, const QString& to, double points);
    const QVector<ShareYear>& years() const { return m_years; }

signals:
    /// The chart's context menu asked for it to be exported or copied (the main window does it).
    void exportRequested(const mixshift::ChartExport::Drawing& drawing);
    void copyRequested(const mixshift::ChartExport::Drawing& drawing);

private:
    void loadBase();
    void recompute();
    ShareInputs inputs() const;

    Project& m_project;
    QVector<std::pair<QString, double>> m_baseShares;
    QVector<ShareYear> m_years;
    QComboBox* m_market;
    QSpinBox* m_baseYear;
    QComboBox* m_source;
    QDoubleSpinBox* m_marketGrowth;
    QSpinBox* m_horizon;
    QTableWidget* m_growth;
    QTableWidget* m_transfers;
    QCustomPlot* m_plot;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace mixshift
