#include "ShareWorkspace.h"

#include "ErrorReporter.h"
#include "ScenarioPlots.h"
#include "charts/ChartTheme.h"
#include "charts/ExportMenu.h"

#include "Error.h"
#include "domain/Unit.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace mixshift {

namespace {

double number(const QTableWidgetItem* item, const QString& what, int row)
{
    bool ok = false;
    const double value = item ? item->text().trimmed().toDouble(&ok) : 0;
    if (!ok)
        throw Error(ShareWorkspace::tr("transfer %1: %2 is not a number").arg(row + 1).arg(what));
    return value;
}

QTableWidget* newTable(const QStringList& header, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(header.size()), parent);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ShareWorkspace::ShareWorkspace(Project& project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_market(new QComboBox(this))
    , m_baseYear(new QSpinBox(this))
    , m_source(new QComboBox(this))
    , m_marketGrowth(new QDoubleSpinBox(this))
    , m_horizon(new QSpinBox(this))
    , m_growth(newTable({tr("Provider"), tr("Annual growth (empty: the market's)")}, this))
    , m_transfers(newTable({tr("Year"), tr("From"), tr("To"), tr("Points")}, this))
    , m_plot(new QCustomPlot(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Market shares — %1").arg(project.displayName()));
    ChartTheme::followScreen(m_plot);
    for (const MarketRecord& market : Catalog(project.db()).markets())
        m_market->addItem(market.name, market.key);
    m_market->setCurrentIndex(std::max(0, m_market->findData(QStringLiteral("gartner_iaas_ww"))));
    m_baseYear->setRange(1990, 2100);
    m_baseYear->setValue(2022);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->addItems({QStringLiteral("article"), QStringLiteral("current")});
    m_source->setToolTip(tr("A source key or title whose figures to start from, or “current” for the current values"));
    m_marketGrowth->setRange(-0.9, 5);
    m_marketGrowth->setDecimals(3);
    m_marketGrowth->setSingleStep(0.01);
    m_marketGrowth->setValue(ShareInputs().marketGrowth);
    m_horizon->setRange(1, 30);
    m_horizon->setValue(ShareInputs().years);
    m_growth->setObjectName(QStringLiteral("providerGrowth"));
    m_transfers->setObjectName(QStringLiteral("transfers"));
    m_table->setObjectName(QStringLiteral("shares"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setWordWrap(true);
    m_plot->setMinimumSize(500, 300);
    ExportMenu::attach(
        m_plot, [this](const ChartExport::Drawing& d) { emit exportRequested(d); },
        [this](const ChartExport::Drawing& d) { emit copyRequested(d); });
    // The legend sits right of the chart: inside, it would hide the lines of the leaders.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    auto* side = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 1, side);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot));
    side->setRowStretchFactor(0, 0.001);

    auto* form = new QFormLayout;
    form->addRow(tr("Market:"), m_market);
    form->addRow(tr("Base year:"), m_baseYear);
    form->addRow(tr("Base shares from:"), m_source);
    form->addRow(tr("Market growth a year:"), m_marketGrowth);
    form->addRow(tr("Years ahead:"), m_horizon);
    auto* addTransfer = new QPushButton(tr("Add transfer"), this);
    auto* removeTransfer = new QPushButton(tr("Remove transfer"), this);
    auto* transferButtons = new QHBoxLayout;
    transferButtons->addWidget(addTransfer);
    transferButtons->addWidget(removeTransfer);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(new QLabel(tr("Each provider's growth:"), this));
    leftLayout->addWidget(m_growth, 1);
    leftLayout->addWidget(new QLabel(tr("Transfers (points of share moved in a year):"), this));
    leftLayout->addWidget(m_transfers, 1);
    leftLayout->addLayout(transferButtons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_plot, 3);
    rightLayout->addWidget(m_table, 2);
    rightLayout->addWidget(m_message);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_market, &QComboBox::currentIndexChanged, this, &ShareWorkspace::loadBase);
    connect(m_baseYear, &QSpinBox::valueChanged, this, &ShareWorkspace::loadBase);
    connect(m_source, &QComboBox::currentTextChanged, this, &ShareWorkspace::loadBase);
    connect(m_marketGrowth, &QDoubleSpinBox::valueChanged, this, &ShareWorkspace::recompute);
    connect(m_horizon, &QSpinBox::valueChanged, this, &ShareWorkspace::recompute);
    connect(m_growth, &QTableWidget::itemChanged, this, &ShareWorkspace::recompute);
    connect(m_transfers, &QTableWidget::itemChanged, this, &ShareWorkspace::recompute);
    connect(addTransfer, &QPushButton::clicked, this, [this] {
        const QString first = m_baseShares.value(0).first;
        const QString second = m_baseShares.value(1).first;
        this->addTransfer(m_baseYear->value() + 1, second, first, 0.01);
    });
    connect(removeTransfer, &QPushButton::clicked, this, [this] {
        m_transfers->removeRow(m_transfers->currentRow() >= 0 ? m_transfers->currentRow() : m_transfers->rowCount() - 1);
        recompute();
    });
    loadBase();
}

void ShareWorkspace::addTransfer(int year, const QString& from, const QString& to, double points)
{
    const QSignalBlocker blocker(m_transfers);
    const int row = m_transfers->rowCount();
    m_transfers->insertRow(row);
    m_transfers->setItem(row, 0, new QTableWidgetItem(QString::number(year)));
    m_transfers->setItem(row, 1, new QTableWidgetItem(from));
    m_transfers->setItem(row, 2, new QTableWidgetItem(to));
    m_transfers->setItem(row, 3, new QTableWidgetItem(QString::number(points * 100)));
    recompute();
}

void ShareWorkspace::loadBase()
{
    const QString source = m_source->currentText().trimmed();
    try {
        m_baseShares = ShareModel::baseShares(m_project.db(), m_market->currentData().toString(), m_baseYear->value(),
                                              source == QLatin1String("current") ? QString() : source);
    } catch (...) {
        m_baseShares.clear();
        m_message->setText(ErrorReporter::describe(tr("Base shares"), std::current_exception()).message);
    }
    const QSignalBlocker blocker(m_growth);
    m_growth->setRowCount(0);
    for (const auto& [provider, share] : m_baseShares) {
        const int row = m_growth->rowCount();
        m_growth->insertRow(row);
        auto* name = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(provider, formatPercent(share)));
        name->setData(Qt::UserRole, provider);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_growth->setItem(row, 0, name);
        m_growth->setItem(row, 1, new QTableWidgetItem);
    }
    recompute();
}

ShareInputs ShareWorkspace::inputs() const
{
    ShareInputs in;
    in.baseYear = m_baseYear->value();
    in.baseShares = m_baseShares;
    in.marketGrowth = m_marketGrowth->value();
    in.years = m_horizon->value();
    for (int row = 0; row < m_growth->rowCount(); ++row) {
        const QString text = m_growth->item(row, 1) ? m_growth->item(row, 1)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double growth = text.toDouble(&ok);
        const QString provider = m_growth->item(row, 0)->data(Qt::UserRole).toString();
        if (!ok)
            throw Error(tr("growth of %1: '%2' is not a number (0.3 = 30% a year)").arg(provider, text));
        in.providerGrowth.insert(provider, growth);
    }
    for (int row = 0; row < m_transfers->rowCount(); ++row) {
        ShareTransfer t;
        t.year = static_cast<int>(number(m_transfers->item(row, 0), tr("the year"), row));
        t.from = m_transfers->item(row, 1) ? m_transfers->item(row, 1)->text().trimmed() : QString();
        t.to = m_transfers->item(row, 2) ? m_transfers->item(row, 2)->text().trimmed() : QString();
        t.points = number(m_transfers->item(row, 3), tr("the points"), row) / 100;
        in.transfers << t;
    }
    return in;
}

void ShareWorkspace::recompute()
{
    m_plot->clearGraphs();
    m_table->clear();
    m_table->setRowCount(0);
    m_years.clear();
    if (m_baseShares.isEmpty()) {
        m_plot->replot();
        return;
    }
    try {
        m_years = ShareModel::run(inputs());
        m_message->setText(tr("Shares add up to 100% every year; HHI, CR3 and CR5 leave out “Others”."));
    } catch (...) {
        // In place of the table: the projection follows every edit, a message box would too.
        m_message->setText(ErrorReporter::describe(tr("Projection"), std::current_exception()).message);
        m_plot->replot();
        return;
    }
    QStringList header{tr("Year")};
    for (const auto& entry : m_baseShares)
        header << entry.first;
    header << QStringList{tr("HHI"), tr("CR3"), tr("CR5")};
    m_table->setColumnCount(static_cast<int>(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(static_cast<int>(m_years.size()));
    for (int row = 0; row < m_years.size(); ++row) {
        const ShareYear& y = m_years[row];
        QStringList cells{QString::number(y.year)};
        for (const auto& entry : y.shares) {
            const int change = y.rankChange.value(entry.first);
            cells << formatPercent(entry.second) + (change > 0 ? QStringLiteral(" ▲%1").arg(change)
                                              : change < 0 ? QStringLiteral(" ▼%1").arg(-change) : QString());
        }
        cells << QString::number(y.hhi, 'f', 0) << formatPercent(y.cr3) << formatPercent(y.cr5);
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();

    ScenarioPlots::drawShares(m_plot, m_years, m_market->currentText(), m_baseYear->value());
}

} // namespace mixshift
