#pragma once

#include "store/ProjectQueries.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace mixshift {

/// The series browser's tree: provider → metric → series, each with how many values it holds.
class SeriesTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role { SeriesIdRole = Qt::UserRole + 1 };

    explicit SeriesTreeModel(QObject* parent = nullptr);
    ~SeriesTreeModel() override;

    void setSeries(const QVector<SeriesSummary>& series);
    /// The series a row stands for: its own on a series row, the first one beneath it on a provider or
    /// metric row; nothing for an invalid index.
    const SeriesSummary* seriesAt(const QModelIndex& index) const;
    /// The index of the first series row, to select something on open.
    QModelIndex firstSeriesIndex() const;
    QModelIndex indexOfSeries(std::int64_t seriesId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace mixshift
