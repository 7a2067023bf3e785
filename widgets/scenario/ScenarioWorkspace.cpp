#include "ScenarioWorkspace.h"

#include "BreakEvenPanel.h"
#include "HeatMapPanel.h"
#include "LeverEditor.h"
#include "MixOutputChoice.h"
#include "LeverMoveCommand.h"
#include "ScenarioComparison.h"
#include "ScenarioPlots.h"

#include "ErrorReporter.h"
#include "ProjectCommand.h"
#include "charts/ChartTheme.h"
#include "charts/ExportMenu.h"

#include "Error.h"
#include "edit/SavedItemChange.h"
#include "scenario/StatusQuoForecast.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

namespace mixshift {

namespace {

QCustomPlot* newPlot(QWidget* parent, const QString& name)
{
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumSize(400, 300);
    ChartTheme::followScreen(plot);
    return plot;
}

} // namespace

ScenarioWorkspace::ScenarioWorkspace(Project& project, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_store(project.db())
    , m_undo(&undoStack)
    , m_provider(new QComboBox(this))
    , m_saved(new QComboBox(this))
    , m_baseLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_bandsLabel(new QLabel(this))
    , m_levers(new LeverEditor(this))
    , m_paths(newPlot(this, QStringLiteral("paths")))
    , m_bridge(newPlot(this, QStringLiteral("bridge")))
    , m_tornado(newPlot(this, QStringLiteral("tornado")))
    , m_fan(newPlot(this, QStringLiteral("fan")))
    , m_table(new QTableWidget(this))
    , m_sensitivityOutput(new QComboBox(this))
    , m_breakEven(new BreakEvenPanel(this))
    , m_heatMap(new HeatMapPanel(this))
    , m_statusQuo(new QComboBox(this))
    , m_vary(new QLineEdit(this))
{
    m_vary->setObjectName(QStringLiteral("vary"));
    m_bandsLabel->setObjectName(QStringLiteral("bands"));
    // Long lines wrap: unwrapped, they made the workspace wider than a laptop's screen.
    m_baseLabel->setWordWrap(true);
    m_bandsLabel->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_vary->setPlaceholderText(MonteCarlo::defaultVaryText());
    m_statusQuo->setObjectName(QStringLiteral("statusQuo"));
    m_statusQuo->addItem(tr("The path without wind-down"), static_cast<int>(StatusQuoChoice::NoWindDown));
    m_statusQuo->addItem(tr("ETS forecast of revenue"), static_cast<int>(StatusQuoChoice::Forecast));
    m_statusQuo->setToolTip(tr("What revenue foregone, EBITA gained and the recovery are measured against: the model "
                               "with no wind-down, or the provider's revenue history forecast by exponential "
                               "smoothing (the model chosen by AICc), at the margin the model has without wind-down"));
    m_vary->setToolTip(tr("LEVER=DISTRIBUTION ..., e.g. wind_down=uniform(0.02,0.15) organic_growth=triangular(0.05,0.15,0.3) "
                          "project_margin=normal(-0.05,0.02) ai_uplift=lognormal(-3,0.5); empty for the default"));
    m_sensitivityOutput->setObjectName(QStringLiteral("sensitivityOutput"));
    MixOutputChoice::fill(m_sensitivityOutput);
    setWindowTitle(tr("Scenarios — %1").arg(project.displayName()));
    m_provider->setObjectName(QStringLiteral("provider"));
    m_saved->setObjectName(QStringLiteral("savedScenarios"));
    for (const ProviderRecord& p : Catalog(project.db()).providers())
        if (p.kind == QLatin1String("company"))
            m_provider->addItem(p.name);

    auto* saveAs = new QPushButton(tr("Save as…"), this);
    auto* duplicate = new QPushButton(tr("Duplicate"), this);
    auto* rename = new QPushButton(tr("Rename…"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    auto* compare = new QPushButton(tr("Compare…"), this);
    auto* undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("Undo")));
    undo->defaultAction()->setShortcut(QKeySequence::Undo);
    addAction(undo->defaultAction());
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Provider:"), this));
    top->addWidget(m_provider);
    top->addWidget(m_baseLabel, 1);
    top->addWidget(new QLabel(tr("Saved:"), this));
    top->addWidget(m_saved);
    top->addWidget(saveAs);
    top->addWidget(duplicate);
    top->addWidget(rename);
    top->addWidget(remove);
    top->addWidget(compare);
    top->addWidget(undo);

    auto* leverScroll = new QScrollArea(this);
    leverScroll->setObjectName(QStringLiteral("leverPanel"));
    leverScroll->setWidget(m_levers);
    leverScroll->setWidgetResizable(true);
    // As wide as the levers are: no slider cut off behind a horizontal scroll bar, whichever tab is shown.
    leverScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leverScroll->setMinimumWidth(m_levers->minimumSizeHint().width() +
                                 leverScroll->verticalScrollBar()->sizeHint().width() + 2 * leverScroll->frameWidth());

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("views"));
    tabs->addTab(m_paths, tr("Paths"));
    tabs->addTab(m_bridge, tr("Revenue bridge"));
    auto* tornadoPage = new QWidget(this);
    auto* tornadoLayout = new QVBoxLayout(tornadoPage);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(new QLabel(tr("Rank the levers by:"), this));
    outputRow->addWidget(m_sensitivityOutput);
    outputRow->addStretch(1);
    tornadoLayout->addLayout(outputRow);
    tornadoLayout->addWidget(m_tornado, 1);
    tabs->addTab(tornadoPage, tr("Sensitivity"));
    auto* fanPage = new QWidget(this);
    auto* fanLayout = new QVBoxLayout(fanPage);
    auto* varyRow = new QHBoxLayout;
    varyRow->addWidget(new QLabel(tr("Vary:"), this));
    varyRow->addWidget(m_vary, 1);
    fanLayout->addLayout(varyRow);
    fanLayout->addWidget(m_fan, 1);
    fanLayout->addWidget(m_bandsLabel);
    tabs->addTab(fanPage, tr("Monte Carlo"));
    m_table->setObjectName(QStringLiteral("quarters"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_table, tr("Table"));
    tabs->addTab(m_breakEven, tr("Break-even"));
    tabs->addTab(m_heatMap, tr("Two-way grid"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* statusQuoRow = new QHBoxLayout;
    statusQuoRow->addWidget(new QLabel(tr("Status quo:"), this));
    statusQuoRow->addWidget(m_statusQuo);
    statusQuoRow->addStretch(1);
    rightLayout->addLayout(statusQuoRow);
    rightLayout->addWidget(tabs, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_summary);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(leverScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_levers, &LeverEditor::leversChanged, this, &ScenarioWorkspace::recompute);
    connect(m_levers, &LeverEditor::leversSettled, this, &ScenarioWorkspace::startMonteCarlo);
    connect(m_levers, &LeverEditor::leverMoved, this, &ScenarioWorkspace::recordLeverMove);
    connect(&m_watcher, &QFutureWatcher<MonteCarloResult>::finished, this, &ScenarioWorkspace::showMonteCarlo);
    connect(m_vary, &QLineEdit::editingFinished, this, &ScenarioWorkspace::startMonteCarlo);
    connect(m_sensitivityOutput, &QComboBox::currentIndexChanged, this, &ScenarioWorkspace::recompute);
    connect(m_provider, &QComboBox::textActivated, this, &ScenarioWorkspace::startFrom);
    connect(m_statusQuo, &QComboBox::activated, this,
            [this] { setStatusQuo(static_cast<StatusQuoChoice>(m_statusQuo->currentData().toInt())); });
    for (QCustomPlot* plot : {m_paths, m_bridge, m_tornado, m_fan, m_heatMap->plot()})
        ExportMenu::attach(
            plot, [this](const ChartExport::Drawing& d) { emit exportRequested(d); },
            [this](const ChartExport::Drawing& d) { emit copyRequested(d); });
    connect(m_saved, &QComboBox::textActivated, this, &ScenarioWorkspace::load);
    connect(saveAs, &QPushButton::clicked, this, &ScenarioWorkspace::askSaveAs);
    connect(duplicate, &QPushButton::clicked, this, [this] {
        if (!m_saved->currentText().isEmpty())
            this->duplicate(m_saved->currentText());
    });
    connect(rename, &QPushButton::clicked, this, &ScenarioWorkspace::askRename);
    connect(compare, &QPushButton::clicked, this, [this] {
        guarded(this, tr("Compare scenarios"), [this] {
            auto* dialog = new ScenarioComparison(m_project, this);
            connect(dialog, &ScenarioComparison::exportRequested, this, &ScenarioWorkspace::exportRequested);
            connect(dialog, &ScenarioComparison::copyRequested, this, &ScenarioWorkspace::copyRequested);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->resize(1100, 700);
            dialog->show();
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_saved->currentText().isEmpty())
            this->remove(m_saved->currentText());
    });
    refreshSavedList();
}

ScenarioWorkspace::~ScenarioWorkspace()
{
    if (m_cancelMonteCarlo)
        *m_cancelMonteCarlo = true;
    m_watcher.waitForFinished();
}

void ScenarioWorkspace::recordLeverMove(const QString& lever, double before, double after, int gesture)
{
    const LeverInfo* info = findLever(lever);
    if (!info || before == after)
        return;
    const QPointer<ScenarioWorkspace> self(this);
    m_undo->push(new LeverMoveCommand(this, info->titleText(), before, after, gesture, [self, info](double value) {
        if (!self)
            return false;
        // Only this lever: the others, and the base quarter, stay as they are now.
        MixLevers levers = self->m_levers->levers();
        info->set(levers, value);
        self->m_levers->setLevers(levers);
        self->recompute();
        self->startMonteCarlo();
        return true;
    }));
}

bool ScenarioWorkspace::startFrom(const QString& provider)
{
    if (!guarded(this, tr("Start from %1").arg(provider), [&] { m_base = BaseQuarter::find(m_project.db(), provider); })) {
        m_provider->setCurrentText(m_base.provider);
        return false;
    }
    m_provider->setCurrentText(provider);
    m_forecast.reset();
    if (!adoptStatusQuo())
        m_statusQuo->setCurrentIndex(0);
    MixLevers levers;
    levers.baseRevenue = m_base.revenue;
    levers.baseEbita = m_base.ebita;
    m_levers->setLevers(levers);
    recompute();
    startMonteCarlo();
    return true;
}

bool ScenarioWorkspace::load(const QString& name)
{
    bool loaded = false;
    guarded(this, tr("Open scenario “%1”").arg(name), [&] {
        const auto saved = m_store.load(name);
        if (!saved)
            return;
        m_base = BaseQuarter::find(m_project.db(), saved->provider);
        m_forecast.reset();
        m_statusQuo->setCurrentIndex(m_statusQuo->findData(static_cast<int>(saved->statusQuo)));
        adoptStatusQuo();
        m_provider->setCurrentText(saved->provider);
        m_saved->setCurrentText(name);
        m_saved->setToolTip(saved->notes);
        m_levers->setLevers(saved->levers);
        recompute();
        startMonteCarlo();
        loaded = true;
    });
    return loaded;
}

bool ScenarioWorkspace::saveAs(const QString& name, const QString& notes)
{
    bool saved = false;
    guarded(this, tr("Save scenario “%1”").arg(name), [&] {
        const SavedScenario scenario{name, QStringLiteral("mix"), m_base.provider, m_levers->levers(), notes,
                                     statusQuoChoice()};
        saved = push(ScenarioChange::saving(m_project.db(), scenario, tr("Save scenario “%1”").arg(name)), name);
    });
    return saved;
}

bool ScenarioWorkspace::remove(const QString& name)
{
    bool removed = false;
    guarded(this, tr("Delete scenario “%1”").arg(name), [&] {
        if (auto change = ScenarioChange::removing(m_project.db(), name, tr("Delete scenario “%1”").arg(name)))
            removed = push(std::move(change), {});
    });
    return removed;
}

QString ScenarioWorkspace::duplicate(const QString& name)
{
    QString copied;
    guarded(this, tr("Duplicate scenario “%1”").arg(name), [&] {
        const auto saved = m_store.load(name);
        if (!saved)
            return;
        const QStringList taken = m_store.names();
        SavedScenario copy = *saved;
        copy.name = tr("%1 (copy)").arg(name);
        for (int n = 2; taken.contains(copy.name); ++n)
            copy.name = tr("%1 (copy %2)").arg(name).arg(n);
        if (push(ScenarioChange::saving(m_project.db(), copy, tr("Duplicate scenario “%1”").arg(name)), copy.name))
            copied = copy.name;
    });
    return copied;
}

bool ScenarioWorkspace::rename(const QString& name, const QString& newName)
{
    bool renamed = false;
    guarded(this, tr("Rename scenario “%1”").arg(name), [&] {
        if (!m_store.load(name) || newName.isEmpty())
            return;
        if (m_store.names().contains(newName))
            throw Error(tr("there is already a scenario called “%1”; choose another name").arg(newName));
        renamed = push(std::make_unique<ScenarioRename>(tr("Rename scenario “%1”").arg(name), name, newName), newName);
    });
    return renamed;
}

// On the project's one undo stack. A change that failed has reported why and made itself obsolete: the stack
// drops it, its index stays. Done or undone, the list of saved scenarios is read again (if this window still
// exists: the step outlives it on the stack).
bool ScenarioWorkspace::push(std::unique_ptr<ProjectChange> change, const QString& select)
{
    const QPointer<ScenarioWorkspace> self(this);
    const int before = m_undo->index();
    m_undo->push(new ProjectCommand(this, m_project.db(), std::move(change), [self, select] {
        if (self)
            self->refreshSavedList(select);
    }));
    return m_undo->index() > before;
}

void ScenarioWorkspace::askRename()
{
    const QString name = m_saved->currentText();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename scenario"), tr("New name:"), QLineEdit::Normal,
                                                  name, &ok).trimmed();
    if (ok && newName != name)
        rename(name, newName);
}

void ScenarioWorkspace::askSaveAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save scenario"), tr("Name:"), QLineEdit::Normal,
                                               m_saved->currentText(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString notes = QInputDialog::getMultiLineText(this, tr("Save scenario"), tr("Notes (optional):"),
                                                         m_saved->toolTip(), &ok);
    if (ok)
        saveAs(name, notes);
}

void ScenarioWorkspace::refreshSavedList(const QString& current)
{
    m_saved->clear();
    m_saved->addItems(m_store.names());
    if (!current.isEmpty())
        m_saved->setCurrentText(current);
}

StatusQuoChoice ScenarioWorkspace::statusQuoChoice() const
{
    return static_cast<StatusQuoChoice>(m_statusQuo->currentData().toInt());
}

bool ScenarioWorkspace::adoptStatusQuo()
{
    if (statusQuoChoice() == StatusQuoChoice::NoWindDown || m_forecast)
        return true;
    const bool made = guarded(this, tr("Forecast the status quo"), [this] {
        m_forecast = StatusQuoForecast::of(m_project.db(), m_base);
    });
    if (!made)
        m_statusQuo->setCurrentIndex(0);
    return made;
}

bool ScenarioWorkspace::setStatusQuo(StatusQuoChoice choice)
{
    m_statusQuo->setCurrentIndex(m_statusQuo->findData(static_cast<int>(choice)));
    const bool adopted = adoptStatusQuo();
    recompute();
    startMonteCarlo();
    return adopted;
}

MixLevers ScenarioWorkspace::runLevers() const
{
    MixLevers levers = m_levers->levers();
    levers.statusQuo.reset();
    if (statusQuoChoice() == StatusQuoChoice::Forecast)
        levers.statusQuo = m_forecast;
    return levers;
}

void ScenarioWorkspace::recompute()
{
    const MixLevers levers = runLevers();
    m_result = MixModel::run(levers);
    const DisplayUnit unit = m_base.moneyUnit();
    m_baseLabel->setText(tr("base quarter %1: revenue %2, EBITA %3; public-cloud margin %4")
                             .arg(m_base.label(0), unit.formatWithUnit(m_base.revenue),
                                  m_base.ebita ? unit.formatWithUnit(*m_base.ebita) : tr("not in the project"),
                                  formatPercent(levers.effectivePublicMargin())));
    const SensitivityOutput output = MixOutputChoice::chosen(m_sensitivityOutput);
    ScenarioPlots::drawPaths(m_paths, m_base, m_result, unit);
    ScenarioPlots::drawBridge(m_bridge, m_base, m_result, unit);
    ScenarioPlots::drawTornado(m_tornado, m_base, levers, output, unit);
    ScenarioPlots::fillTable(m_table, m_base, m_result, unit);
    m_breakEven->setScenario(levers, m_base);
    m_heatMap->setScenario(levers, m_base);
    const int h = levers.horizon;
    m_summary->setText(tr("Status quo: %5 · revenue foregone against it: %1 · EBITA gained: %2 · trough: %3 · back at "
                          "the status quo: %4")
                           .arg(unit.formatWithUnit(m_result.revenueForegone), unit.formatWithUnit(m_result.ebitaGained),
                                m_base.label(m_result.troughQuarter),
                                m_result.recoveryQuarter ? m_base.label(*m_result.recoveryQuarter)
                                                         : tr("not within %1 quarters").arg(h),
                                StatusQuoForecast::describe(m_result)));
}

void ScenarioWorkspace::startMonteCarlo()
{
    if (m_cancelMonteCarlo)
        *m_cancelMonteCarlo = true;
    const MixLevers levers = runLevers();
    MonteCarloSettings settings = MonteCarloSettings::defaults(levers);
    const QString text = m_vary->text().trimmed();
    try {
        // Entries are separated by spaces before the next "lever=", so distributions may hold spaces themselves.
        if (!text.isEmpty())
            settings.vary = MonteCarlo::parseVary(text.split(QRegularExpression(QStringLiteral("[;\\s]+(?=[a-z_]+\\s*=)")),
                                                                          Qt::SkipEmptyParts));
    } catch (const Error& error) {
        m_bandsLabel->setText(tr("Monte Carlo: %1").arg(error.message()));
        return;
    }
    m_cancelMonteCarlo = std::make_shared<std::atomic<bool>>(false);
    m_bandsLabel->setText(tr("Simulating %L1 draws…").arg(settings.draws));
    const auto cancel = m_cancelMonteCarlo;
    m_watcher.setFuture(QtConcurrent::run([levers, settings, cancel] {
        return MonteCarlo::run(levers, settings, [cancel] { return cancel->load(); });
    }));
}

void ScenarioWorkspace::showMonteCarlo()
{
    guarded(this, tr("Monte Carlo"), [this] { showMonteCarloResult(m_watcher.result()); });
}

void ScenarioWorkspace::showMonteCarloResult(const MonteCarloResult& mc)
{
    if (mc.cancelled)
        return;
    const DisplayUnit unit = m_base.moneyUnit();
    ScenarioPlots::drawFan(m_fan, m_base, mc, unit);
    ScenarioPlots::drawPaths(m_paths, m_base, m_result, unit, &mc);
    m_bandsLabel->setText(tr("%L1 draws, seed 1, varying %2. P(revenue at the horizon ≥ today): %3 · P(margin at the "
                             "horizon ≥ 10%): %4")
                              .arg(mc.draws)
                              .arg(m_vary->text().trimmed().isEmpty() ? m_vary->placeholderText() : m_vary->text().trimmed())
                              .arg(formatPercent(mc.probabilityRevenueAtLeastBase))
                              .arg(formatPercent(mc.probabilityMarginAtLeastTarget)));
}

} // namespace mixshift
