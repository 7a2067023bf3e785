#include "ObservationTableModel.h"

namespace mixshift {

ObservationTableModel::ObservationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ObservationTableModel::setObservations(const SeriesSummary& series, const QVector<ObservationRow>& rows)
{
    beginResetModel();
    m_series = series;
    m_rows = rows;
    endResetModel();
}

void ObservationTableModel::clear()
{
    setObservations({}, {});
}

const ObservationRow* ObservationTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ObservationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ObservationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationTableModel::display(const ObservationRow& row, int column) const
{
    switch (column) {
    case PeriodColumn:
        return row.periodLabel == row.calendarLabel
                   ? row.periodLabel
                   : QStringLiteral("%1 (%2)").arg(row.periodLabel, row.calendarLabel);
    case ValueColumn: {
        const QString number = m_series.displayUnit().format(row.value);
        return row.qualifier.isEmpty() ? number : QStringLiteral("%1 %2").arg(row.qualifier, number);
    }
    case OriginalTextColumn:
        return row.originalText;
    case SourceColumn:
        return row.sourceTitle;
    case StatusColumn:
        return row.current ? tr("current") : tr("revision");
    default:
        return {};
    }
}

QVariant ObservationTableModel::toolTip(const ObservationRow& row, int column) const
{
    if (column == SourceColumn) {
        QStringList lines{row.sourceTitle};
        if (!row.sourcePublisher.isEmpty())
            lines << tr("Publisher: %1").arg(row.sourcePublisher);
        if (!row.sourcePublished.isEmpty())
            lines << tr("Published: %1").arg(row.sourcePublished);
        if (!row.sourceUrl.isEmpty())
            lines << row.sourceUrl;
        return lines.join(QLatin1Char('\n'));
    }
    if (column == PeriodColumn)
        return tr("%1 to %2").arg(row.start.toString(Qt::ISODate), row.end.toString(Qt::ISODate));
    return row.note.isEmpty() ? QVariant() : row.note;
}

QVariant ObservationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ObservationRow& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IsRevisionRole:
        return !row.current;
    default:
        return {};
    }
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return m_series.metricKind.isEmpty() ? tr("Value")
                                             : tr("Value (%1)").arg(m_series.displayUnit().label);
    case OriginalTextColumn:
        return tr("Original text");
    case SourceColumn:
        return tr("Source");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace mixshift
