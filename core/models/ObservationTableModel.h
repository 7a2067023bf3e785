#pragma once

#include "store/ProjectQueries.h"

#include <QAbstractTableModel>

namespace mixshift {

/// The values of one series: period, value in its display unit, the text it was stated as, its source.
/// Revisions (values of the same period from other sources) follow the current value of their period.
class ObservationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, ValueColumn, OriginalTextColumn, SourceColumn, StatusColumn, ColumnCount };
    enum Role { IsRevisionRole = Qt::UserRole + 1 };

    explicit ObservationTableModel(QObject* parent = nullptr);

    void setObservations(const SeriesSummary& series, const QVector<ObservationRow>& rows);
    void clear();
    /// The value shown in `row`; null outside the table.
    const ObservationRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ObservationRow& row, int column) const;
    QVariant toolTip(const ObservationRow& row, int column) const;

    SeriesSummary m_series;
    QVector<ObservationRow> m_rows;
};

} // namespace mixshift
