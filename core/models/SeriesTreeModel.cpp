#include "SeriesTreeModel.h"

namespace mixshift {

struct SeriesTreeModel::Node
{
    QString name;
    QString toolTip;
    int values = 0;
    int revisions = 0;
    std::optional<SeriesSummary> series;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node* child(const QString& childName, const QString& childToolTip)
    {
        if (!children.empty() && children.back()->name == childName)
            return children.back().get();
        children.push_back(std::make_unique<Node>());
        Node* node = children.back().get();
        node->name = childName;
        node->toolTip = childToolTip;
        node->parent = this;
        return node;
    }

    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }
};

namespace {

QString bilingual(const QString& name, const QString& nameZh)
{
    return nameZh.isEmpty() || nameZh == name ? name : QStringLiteral("%1 %2").arg(name, nameZh);
}

} // namespace

SeriesTreeModel::SeriesTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

SeriesTreeModel::~SeriesTreeModel() = default;

void SeriesTreeModel::setSeries(const QVector<SeriesSummary>& series)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    // The query orders series by provider, then metric, so equal names arrive together.
    for (const SeriesSummary& s : series) {
        Node* provider = m_root->child(bilingual(s.provider, s.providerZh), {});
        Node* metric = provider->child(bilingual(s.metricName, s.metricNameZh), s.metricKey);
        Node* leaf = metric->child(s.scopeLabel().isEmpty() ? tr("Whole business") : s.scopeLabel(), s.title());
        leaf->series = s;
        for (Node* node : {leaf, metric, provider}) {
            node->values += s.observationCount;
            node->revisions += s.revisionCount;
        }
    }
    endResetModel();
}

SeriesTreeModel::Node* SeriesTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex SeriesTreeModel::indexOf(const Node* node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row(), 0, const_cast<Node*>(node));
}

const SeriesSummary* SeriesTreeModel::seriesAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const Node* node = nodeAt(index);
    while (!node->series && !node->children.empty())
        node = node->children.front().get();
    return node->series ? &*node->series : nullptr;
}

QModelIndex SeriesTreeModel::firstSeriesIndex() const
{
    const Node* node = m_root.get();
    while (!node->children.empty())
        node = node->children.front().get();
    return node->series ? indexOf(node) : QModelIndex();
}

QModelIndex SeriesTreeModel::indexOfSeries(std::int64_t seriesId) const
{
    for (const auto& provider : m_root->children)
        for (const auto& metric : provider->children)
            for (const auto& leaf : metric->children)
                if (leaf->series && leaf->series->id == seriesId)
                    return indexOf(leaf.get());
    return {};
}

QModelIndex SeriesTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeAt(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, column, node->children[static_cast<std::size_t>(row)].get());
}

QModelIndex SeriesTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int SeriesTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int SeriesTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SeriesTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        return node->revisions > 0 ? tr("%1 (+%2 rev.)").arg(node->values).arg(node->revisions)
                                   : QString::number(node->values);
    case Qt::ToolTipRole:
        if (index.column() == CountColumn)
            return tr("%1 current values; %2 revisions (values of the same periods from other sources)")
                .arg(node->values)
                .arg(node->revisions);
        return node->toolTip.isEmpty() ? QVariant() : node->toolTip;
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SeriesIdRole:
        return node->series ? QVariant::fromValue<qlonglong>(node->series->id) : QVariant();
    default:
        return {};
    }
}

QVariant SeriesTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Series") : tr("Values");
}

} // namespace mixshift
