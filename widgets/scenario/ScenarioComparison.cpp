#include "ScenarioComparison.h"

#include "scenario/StatusQuoForecast.h"

#include "ErrorReporter.h"
#include "charts/ChartPalette.h"
#include "charts/ChartTheme.h"
#include "charts/ExportMenu.h"
#include "charts/LineGraph.h"
#include "charts/PlotHeading.h"

#include "domain/Unit.h"
#include "scenario/MixModel.h"
#include "scenario/ScenarioStore.h"
#include "store/Project.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace mixshift {

namespace {

constexpr int mostCompared = 4;

struct Compared
{
    SavedScenario scenario;
    BaseQuarter base;
    MixResult result;
};

QString signedValue(const DisplayUnit& unit, double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + unit.format(value);
}

} // namespace

ScenarioComparison::ScenarioComparison(Project& project, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_names(new QListWidget(this))
    , m_plot(new QCustomPlot(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Compare scenarios"));
    ChartTheme::followScreen(m_plot);
    for (const QString& name : ScenarioStore(project.db()).names()) {
        auto* item = new QListWidgetItem(name, m_names);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_names->setMaximumWidth(260);
    m_plot->setMinimumSize(600, 340);
    ExportMenu::attach(
        m_plot, [this](const ChartExport::Drawing& d) { emit exportRequested(d); },
        [this](const ChartExport::Drawing& d) { emit copyRequested(d); });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setWordWrap(true);

    auto* right = new QVBoxLayout;
    right->addWidget(m_plot, 3);
    right->addWidget(m_table, 1);
    right->addWidget(m_message);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Tick two to four:"), this));
    left->addWidget(m_names);
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(m_names, &QListWidget::itemChanged, this, &ScenarioComparison::refresh);
    refresh();
}

void ScenarioComparison::choose(const QStringList& names)
{
    const QSignalBlocker blocker(m_names);
    for (int i = 0; i < m_names->count(); ++i)
        m_names->item(i)->setCheckState(names.contains(m_names->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    refresh();
}

void ScenarioComparison::refresh()
{
    m_plot->clearGraphs();
    m_table->clear();
    m_table->setRowCount(0);
    QVector<Compared> compared;
    ScenarioStore store(m_project.db());
    try {
        for (int i = 0; i < m_names->count(); ++i) {
            if (m_names->item(i)->checkState() != Qt::Checked)
                continue;
            const auto saved = store.load(m_names->item(i)->text());
            if (!saved)
                continue;
            const BaseQuarter base = BaseQuarter::find(m_project.db(), saved->provider);
            compared.append({*saved, base, MixModel::run(StatusQuoForecast::levers(m_project.db(), base, *saved))});
        }
    } catch (...) {
        // In place of the table: the comparison follows every tick, a message box would too.
        m_message->setText(ErrorReporter::describe(tr("Compare scenarios"), std::current_exception()).message);
        m_plot->replot();
        return;
    }
    if (compared.size() < 2 || compared.size() > mostCompared) {
        m_message->setText(tr("Tick two to four scenarios (%1 ticked).").arg(compared.size()));
        m_plot->replot();
        return;
    }
    const QString currency = compared.front().base.currency;
    if (std::any_of(compared.cbegin(), compared.cend(), [&](const Compared& c) { return c.base.currency != currency; })) {
        m_message->setText(tr("These scenarios are in different currencies; compare scenarios of one currency."));
        m_plot->replot();
        return;
    }
    PlotHeading::set(m_plot, tr("Revenue of %1 saved scenarios, quarter by quarter").arg(compared.size()),
                     tr("Source: MixShift's mix model on the scenarios' saved levers and base quarters"));
    m_message->setText(tr("Differences are against “%1”; quarters count from each scenario's base quarter.")
                           .arg(compared.front().scenario.name));
    const DisplayUnit unit = DisplayUnit::forValue(QStringLiteral("money"), currency, {});
    const QStringList header{tr("Scenario"), tr("Revenue at H"), tr("EBITA at H"), tr("Margin at H"),
                             tr("Revenue foregone"), tr("EBITA gained"), tr("Δ revenue at H"), tr("Δ EBITA at H")};
    m_table->setColumnCount(static_cast<int>(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(static_cast<int>(compared.size()));
    const MixQuarter& first = compared.front().result.quarters.back();
    for (int row = 0; row < compared.size(); ++row) {
        const Compared& c = compared[row];
        QVector<double> keys, revenue;
        for (const MixQuarter& q : c.result.quarters) {
            keys << q.t;
            revenue << unit.toDisplay(q.revenue);
        }
        QCPGraph* graph = LineGraph::add(m_plot);
        graph->setName(c.scenario.name);
        graph->setPen(ChartPalette::linePen(row));
        graph->setData(keys, revenue, true);
        const MixQuarter& end = c.result.quarters.back();
        const QStringList cells{c.scenario.name,
                                unit.format(end.revenue),
                                unit.format(end.ebita),
                                formatPercent(end.margin),
                                unit.format(c.result.revenueForegone),
                                unit.format(c.result.ebitaGained),
                                row == 0 ? QStringLiteral("—") : signedValue(unit, end.revenue - first.revenue),
                                row == 0 ? QStringLiteral("—") : signedValue(unit, end.ebita - first.ebita)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setTextAlignment(col == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Quarters from the base quarter"));
    m_plot->yAxis->setLabel(tr("Revenue (%1)").arg(unit.label));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);
    m_plot->rescaleAxes();
    m_plot->yAxis->scaleRange(1.1, m_plot->yAxis->range().center());
    m_plot->replot();
}

} // namespace mixshift
