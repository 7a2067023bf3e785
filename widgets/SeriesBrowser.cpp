#include "SeriesBrowser.h"

#include "analytics/SeriesSpec.h"
#include "models/SeriesTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace mixshift {

SeriesBrowser::SeriesBrowser(std::function<bool()> chartIsOpen, QAction* newSeries, QWidget* parent)
    : QTreeView(parent), m_model(new SeriesTreeModel(this)), m_chartIsOpen(std::move(chartIsOpen)), m_newSeries(newSeries)
{
    setObjectName(QStringLiteral("seriesBrowser"));
    setModel(m_model);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SeriesTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SeriesTreeModel::CountColumn, QHeaderView::ResizeToContents);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &SeriesBrowser::currentSeriesChanged);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &SeriesBrowser::showMenu);
}

void SeriesBrowser::setSeries(const QVector<SeriesSummary>& series)
{
    const SeriesSummary* selected = currentSeries();
    const std::int64_t selectedId = selected ? selected->id : 0;
    m_model->setSeries(series);
    expandAll();
    QModelIndex again = m_model->indexOfSeries(selectedId);
    if (!again.isValid())
        again = m_model->firstSeriesIndex();
    if (again.isValid())
        setCurrentIndex(again);
    else
        emit currentSeriesChanged();
}

const SeriesSummary* SeriesBrowser::currentSeries() const
{
    return m_model->seriesAt(currentIndex());
}

bool SeriesBrowser::isEmpty() const
{
    return m_model->rowCount() == 0;
}

void SeriesBrowser::showMenu(const QPoint& position)
{
    const SeriesSummary* series = m_model->seriesAt(indexAt(position));
    if (!series && !m_newSeries->isEnabled()) // no project, or one that cannot be changed
        return;
    QMenu menu(this);
    if (series) {
        const SeriesSummary chosen = *series;
        QMenu* add = menu.addMenu(m_chartIsOpen() ? tr("Add to this chart") : tr("Add to a new chart"));
        const QList<std::pair<QString, Derivation>> choices{
            {tr("Values"), Derivation::None},
            {tr("YoY growth"), Derivation::YearOnYear},
            {tr("QoQ growth"), Derivation::QuarterOnQuarter},
            {tr("Trailing twelve months"), Derivation::TrailingTwelveMonths},
            {tr("Index (first period = 100)"), Derivation::Index},
            {tr("Margin on revenue"), Derivation::Margin},
            {tr("Share of the market total"), Derivation::Share},
            {tr("In USD"), Derivation::Usd},
            {tr("Earlier levels implied by stated growth"), Derivation::Implied},
            {tr("ETS forecast, %1 periods ahead").arg(SeriesSpec::defaultHorizon), Derivation::Forecast},
        };
        for (const auto& [label, derivation] : choices)
            add->addAction(label, this,
                           [this, chosen, derivation = derivation] { emit addToChartRequested(chosen, derivation); });
        menu.addSeparator();
    }
    // On a series, a provider, a metric or beside them: a new series can be started from here.
    menu.addAction(m_newSeries);
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace mixshift
