#include "AliasDialog.h"

#include "ProjectEditing.h"
#include "edit/AliasChange.h"

#include "ErrorReporter.h"

#include "store/Catalog.h"
#include "store/Project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixshift {

namespace {

Catalog::AliasKind kindOf(bool provider)
{
    return provider ? Catalog::AliasKind::Provider : Catalog::AliasKind::Metric;
}

} // namespace

AliasDialog::AliasDialog(Project& project, ProjectEditing& editing, QWidget* parent)
    : QDialog(parent), m_project(project), m_editing(editing)
{
    setWindowTitle(tr("Aliases"));
    setObjectName(QStringLiteral("AliasDialog"));
    auto* tabs = new QTabWidget;
    tabs->addTab(makeTab(m_providers, true), tr("Providers"));
    tabs->addTab(makeTab(m_metrics, false), tr("Metrics"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    refresh();
    resize(620, 520);
}

QWidget* AliasDialog::makeTab(Tab& tab, bool provider)
{
    const QString kind = provider ? QStringLiteral("provider") : QStringLiteral("metric");
    auto* page = new QWidget;
    tab.table = new QTableWidget(0, 2);
    tab.table->setObjectName(kind + QStringLiteral("Aliases"));
    tab.table->setHorizontalHeaderLabels({tr("Alias"), provider ? tr("Provider") : tr("Metric")});
    tab.table->horizontalHeader()->setStretchLastSection(true);
    tab.table->verticalHeader()->hide();
    tab.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    tab.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tab.target = new QComboBox;
    tab.target->setObjectName(kind + QStringLiteral("Target"));
    tab.alias = new QLineEdit;
    tab.alias->setObjectName(kind + QStringLiteral("Alias"));
    tab.alias->setPlaceholderText(provider ? tr("another name, e.g. 阿里云") : tr("another name, e.g. 营收"));
    auto* addButton = new QPushButton(tr("Add"));
    addButton->setObjectName(kind + QStringLiteral("Add"));
    auto* removeButton = new QPushButton(tr("Remove selected"));
    removeButton->setObjectName(kind + QStringLiteral("Remove"));
    connect(addButton, &QPushButton::clicked, this, [this, provider] { add(provider); });
    connect(removeButton, &QPushButton::clicked, this, [this, provider] { remove(provider); });
    auto* row = new QHBoxLayout;
    row->addWidget(tab.alias, 1);
    row->addWidget(tab.target, 1);
    row->addWidget(addButton);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(tab.table, 1);
    layout->addLayout(row);
    layout->addWidget(removeButton, 0, Qt::AlignLeft);
    return page;
}

void AliasDialog::refresh()
{
    Catalog catalog(m_project.db());
    const auto fill = [](Tab& tab, const QVector<std::pair<QString, QString>>& aliases) {
        tab.table->setRowCount(static_cast<int>(aliases.size()));
        for (int r = 0; r < aliases.size(); ++r) {
            tab.table->setItem(r, 0, new QTableWidgetItem(aliases[r].first));
            tab.table->setItem(r, 1, new QTableWidgetItem(aliases[r].second));
        }
    };
    fill(m_providers, catalog.providerAliases());
    fill(m_metrics, catalog.metricAliases());
    m_providers.target->clear();
    for (const ProviderRecord& p : catalog.providers())
        m_providers.target->addItem(p.name, QVariant::fromValue<qlonglong>(p.id));
    m_metrics.target->clear();
    for (const MetricRecord& m : catalog.metrics())
        m_metrics.target->addItem(m.key, QVariant::fromValue<qlonglong>(m.id));
}

void AliasDialog::add(bool provider)
{
    Tab& tab = provider ? m_providers : m_metrics;
    const QString alias = tab.alias->text().trimmed();
    if (alias.isEmpty())
        return;
    guarded(this, tr("Add alias “%1”").arg(alias), [&] {
        const Catalog::AliasTarget target{tab.target->currentData().toLongLong(), std::nullopt, QString()};
        if (m_editing.push(AliasChange::setting(m_project.db(), kindOf(provider), alias, target,
                                                tr("Add alias “%1”").arg(alias))))
            tab.alias->clear();
        refresh();
    });
}

void AliasDialog::remove(bool provider)
{
    Tab& tab = provider ? m_providers : m_metrics;
    const int row = tab.table->currentRow();
    if (row < 0)
        return;
    const QString alias = tab.table->item(row, 0)->text();
    const QString name = tab.table->item(row, 1)->text();
    if (alias.compare(name, Qt::CaseInsensitive) == 0) {
        QMessageBox::information(this, windowTitle(), tr("'%1' is the name itself, not an alias.").arg(alias));
        return;
    }
    guarded(this, tr("Remove alias “%1”").arg(alias), [&] {
        m_editing.push(AliasChange::setting(m_project.db(), kindOf(provider), alias, std::nullopt,
                                            tr("Remove alias “%1”").arg(alias)));
        refresh();
    });
}

} // namespace mixshift
