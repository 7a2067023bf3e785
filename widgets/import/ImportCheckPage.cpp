#include "ImportCheckPage.h"

#include "ConflictPolicyChoice.h"

#include "ImportJob.h"
#include "ImportProgressDialog.h"

#include "Error.h"
#include "ErrorReporter.h"
#include "import/RefusedRowsFile.h"
#include "io/OutputGuard.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaObject>
#include <QSignalBlocker>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixshift {

namespace {

// A name match's kind ("provider" or "metric", as the import reports it) in words.
QString kindText(const QString& kind)
{
    if (kind == QLatin1String("provider"))
        return ImportCheckPage::tr("provider");
    if (kind == QLatin1String("metric"))
        return ImportCheckPage::tr("metric");
    return kind;
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_summary(new QLabel),
      m_newNames(new QGroupBox(tr("Names this project does not know yet"))),
      m_newNamesForm(new QFormLayout),
      m_aliasMatchesLabel(new QLabel(tr("Names matched to a differently named provider or metric; untick one to keep "
                                        "it apart (a parent company is not its cloud unit):"))),
      m_aliasMatches(new QListWidget),
      m_confirmNew(new QCheckBox(tr("Add the names marked 'new' to the project"))),
      m_rejections(new QTableWidget),
      m_export(new QPushButton(tr("Export refused rows…"))),
      m_policy(new QComboBox),
      m_acceptValid(new QCheckBox(tr("Import the valid rows and leave the refused ones out"))),
      m_profile(new QLineEdit)
{
    setTitle(tr("Check and import"));
    setSubTitle(tr("The whole file has been read with this mapping; nothing is stored until you press Import."));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    auto* namesLayout = new QVBoxLayout(m_newNames);
    namesLayout->addLayout(m_newNamesForm);
    namesLayout->addWidget(m_confirmNew);
    m_aliasMatches->setObjectName(QStringLiteral("aliasMatches"));
    m_aliasMatches->setToolTip(tr("Unticking a name checks the file again with the name kept as written."));
    m_aliasMatchesLabel->setWordWrap(true);
    m_aliasMatches->setMaximumHeight(110);
    m_rejections->setColumnCount(4);
    m_rejections->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Cell"), tr("Reason")});
    m_rejections->horizontalHeader()->setStretchLastSection(true);
    m_rejections->verticalHeader()->hide();
    m_rejections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejections->setObjectName(QStringLiteral("rejections"));
    addConflictPolicies(m_policy);
    m_profile->setPlaceholderText(tr("a name, to offer this mapping again for files like this one"));

    auto* form = new QFormLayout;
    form->addRow(tr("When a value is already stored:"), m_policy);
    form->addRow(tr("Save the mapping as:"), m_profile);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_aliasMatchesLabel);
    layout->addWidget(m_aliasMatches);
    layout->addWidget(m_newNames);
    layout->addWidget(m_rejections, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptValid);
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_acceptValid, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_confirmNew, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_export, &QPushButton::clicked, this, &ImportCheckPage::exportRejections);
    connect(m_aliasMatches, &QListWidget::itemChanged, this, &ImportCheckPage::aliasMatchToggled);
}

void ImportCheckPage::initializePage()
{
    m_profile->setText(m_draft.plan.profileName);
    runCheck();
}

std::optional<ImportSummary> ImportCheckPage::dryRun(const ImportOptions& options, ErrorReport& failure)
{
    ImportJob job;
    ImportOptions dry = options;
    dry.dryRun = true;
    job.start(*m_draft.project, m_draft.plan, dry);
    ImportProgressDialog progress(job, tr("Checking %1").arg(m_draft.source.name()), this);
    return progress.waitForResult(failure);
}

void ImportCheckPage::runCheck()
{
    ErrorReport failure;
    m_check = dryRun(withMatchedNames(), failure);
    if (!m_check)
        m_summary->setText(tr("The file could not be checked: %1").arg(failure.message));
    if (!guarded(this, title(), [this] { showCheck(); }))
        m_check.reset();
    emit completeChanged();
}

void ImportCheckPage::aliasMatchToggled(QListWidgetItem* item)
{
    const QString name = item->data(Qt::UserRole).toString();
    QStringList& literal = m_draft.choices.literalNames;
    if (item->checkState() == Qt::Checked)
        literal.removeAll(name);
    else if (!literal.contains(name))
        literal << name;
    // Checked again with the name kept apart (or matched), off this slot's signal.
    QMetaObject::invokeMethod(this, [this] {
        if (guarded(this, title(), [this] { m_draft.replan(); }))
            runCheck();
    }, Qt::QueuedConnection);
}

void ImportCheckPage::showCheck()
{
    qDeleteAll(m_newProviders);
    qDeleteAll(m_newMetrics);
    m_newProviders.clear();
    m_newMetrics.clear();
    while (m_newNamesForm->rowCount() > 0)
        m_newNamesForm->removeRow(0);
    m_rejections->setRowCount(0);
    if (!m_check)
        return;
    const ImportSummary& s = *m_check;
    QString text = s.cancelled ? tr("The check was cancelled after %1 rows.").arg(s.rowsRead)
                               : tr("%1 rows read: %2 values to store, %3 already stored unchanged, %4 missing "
                                    "values, %5 conflicts with stored values, %6 rows refused.")
                                     .arg(s.rowsRead)
                                     .arg(s.valuesImported)
                                     .arg(s.unchanged)
                                     .arg(s.missing)
                                     .arg(s.conflicts)
                                     .arg(s.rowsRejected);
    for (const QString& earlier : s.earlierImports)
        text += QLatin1Char(' ') + tr("This file was imported before: %1.").arg(earlier);
    QStringList details = m_draft.plan.notes + s.notes;
    for (const RejectionGroup& g : s.rejectionGroups)
        details << tr("Refused %1 × %2%3").arg(g.count).arg(g.column > 0 ? tr("column %1 (%2): ").arg(g.column).arg(g.columnName) : QString(), g.reason);
    if (!details.isEmpty())
        text += QStringLiteral("\n") + details.join(QLatin1Char('\n'));
    m_summary->setText(text);

    // Every alias match, ticked; the names the user keeps apart, unticked — they stay listed.
    const QSignalBlocker blocker(m_aliasMatches);
    m_aliasMatches->clear();
    QVector<NameMatch> matches = s.aliasMatches;
    for (const QString& literal : m_draft.choices.literalNames)
        matches.append({literal, QString(), QString()});
    for (const NameMatch& match : matches) {
        auto* item = new QListWidgetItem(match.matched.isEmpty()
                                             ? tr("%1 kept apart (as written)").arg(match.written)
                                             : tr("%1 → %2 (%3)").arg(match.written, match.matched, kindText(match.kind)),
                                         m_aliasMatches);
        item->setData(Qt::UserRole, match.written);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(match.matched.isEmpty() ? Qt::Unchecked : Qt::Checked);
    }
    m_aliasMatches->setVisible(!matches.isEmpty());
    m_aliasMatchesLabel->setVisible(!matches.isEmpty());

    Catalog catalog(m_draft.project->db());
    const auto addChoices = [&](const QStringList& names, const QList<std::pair<QString, std::int64_t>>& known,
                                QHash<QString, QComboBox*>& boxes, const QString& kind) {
        for (const QString& name : names) {
            auto* box = new QComboBox;
            box->addItem(tr("new %1").arg(kind), 0);
            for (const auto& [label, id] : known)
                box->addItem(tr("same as %1").arg(label), QVariant::fromValue<qlonglong>(id));
            boxes.insert(name, box);
            m_newNamesForm->addRow(name, box);
        }
    };
    QList<std::pair<QString, std::int64_t>> providers;
    for (const ProviderRecord& p : catalog.providers())
        providers.append({p.name, p.id});
    QList<std::pair<QString, std::int64_t>> metrics;
    for (const MetricRecord& m : catalog.metrics())
        metrics.append({m.key, m.id});
    addChoices(s.newProviders, providers, m_newProviders, tr("provider"));
    addChoices(s.newMetrics, metrics, m_newMetrics, tr("metric"));
    m_newNames->setVisible(!s.newProviders.isEmpty() || !s.newMetrics.isEmpty());
    m_confirmNew->setChecked(false);

    m_rejections->setRowCount(static_cast<int>(s.rejections.size()));
    for (int r = 0; r < s.rejections.size(); ++r) {
        const Rejection& x = s.rejections[r];
        const QStringList cells{QString::number(x.line),
                                x.column > 0 ? QStringLiteral("%1 (%2)").arg(x.column).arg(x.columnName) : QString(),
                                x.text, x.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_rejections->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_rejections->resizeColumnsToContents();
    m_rejections->setVisible(s.rowsRejected > 0);
    m_export->setEnabled(s.rowsRejected > 0);
    m_acceptValid->setVisible(s.rowsRejected > 0);
}

bool ImportCheckPage::isComplete() const
{
    if (!m_check || m_check->cancelled)
        return false;
    if (m_check->rowsRejected > 0 && !m_acceptValid->isChecked())
        return false;
    const bool addsNames = std::any_of(m_newProviders.cbegin(), m_newProviders.cend(),
                                       [](const QComboBox* b) { return b->currentData().toLongLong() == 0; }) ||
                           std::any_of(m_newMetrics.cbegin(), m_newMetrics.cend(),
                                       [](const QComboBox* b) { return b->currentData().toLongLong() == 0; });
    return !addsNames || m_confirmNew->isChecked();
}

void ImportCheckPage::setPolicy(ConflictPolicy policy)
{
    showConflictPolicy(m_policy, policy);
}

ImportOptions ImportCheckPage::options() const
{
    ImportOptions options = withMatchedNames();
    options.policy = shownConflictPolicy(m_policy);
    options.acceptValid = m_acceptValid->isChecked();
    options.profileName = profileToSave().isEmpty() ? m_draft.plan.profileName : profileToSave();
    if (!profileToSave().isEmpty())
        options.saveProfile = ProfileToSave{profileToSave(), m_draft.plan.sniff.header};
    return options;
}

QString ImportCheckPage::profileToSave() const
{
    return m_profile->text().trimmed();
}

namespace {

// The new names the user matched to a known id (choice 0 means: add it as new).
QHash<QString, std::int64_t> matchedNames(const QHash<QString, QComboBox*>& choices)
{
    QHash<QString, std::int64_t> matched;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        if (const auto id = it.value()->currentData().toLongLong(); id != 0)
            matched.insert(it.key(), id);
    return matched;
}

} // namespace

ImportOptions ImportCheckPage::withMatchedNames() const
{
    ImportOptions options;
    options.providerAliases = providerAliases();
    options.metricAliases = metricAliases();
    return options;
}

QHash<QString, std::int64_t> ImportCheckPage::providerAliases() const
{
    return matchedNames(m_newProviders);
}

QHash<QString, std::int64_t> ImportCheckPage::metricAliases() const
{
    return matchedNames(m_newMetrics);
}

void ImportCheckPage::exportRejections()
{
    const QString source = m_draft.source.path();
    const QString base = source.isEmpty() ? m_draft.source.name() : QFileInfo(source).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export refused rows"),
                                                      base + QStringLiteral("-refused.csv"),
                                                      tr("CSV files (*.csv);;Workbooks (*.xlsx)"));
    if (path.isEmpty() || !m_check)
        return;
    guarded(this, tr("Export refused rows"), [&] { writeRejections(path); });
}

void ImportCheckPage::writeRejections(const QString& path)
{
    QVector<OutputGuard::GuardedFile> read;
    if (!m_draft.source.path().isEmpty())
        read.append({m_draft.source.path(), tr("the file being imported")});
    if (m_draft.project)
        read += OutputGuard::projectFiles(m_draft.project->path());
    if (const QString problem = OutputGuard::problem(tr("the refused rows' file"), path, read); !problem.isEmpty())
        throw Error(problem);
    // The check keeps the first rejections only: the file is read again, every refusal written as it comes.
    RefusedRowsFile file(path, m_draft.source.name());
    ImportOptions options = withMatchedNames();
    options.onRejection = [&file](const Rejection& r) { file.add(r); };
    ErrorReport failure;
    const std::optional<ImportSummary> result = dryRun(options, failure);
    if (!result)
        throw Error(failure.message, failure.details);
    if (result->cancelled)
        throw Error(tr("%1: not written, the export was cancelled").arg(path));
    file.commit();
}

} // namespace mixshift
