#include "ChecksPanel.h"

#include "analytics/ConsistencyChecks.h"

#include <QDockWidget>

namespace mixshift {

ChecksPanel::ChecksPanel(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("checks"));
    setHeaderHidden(true);
    setWordWrap(true);
}

void ChecksPanel::read(Database& db)
{
    clear();
    const QVector<Finding> findings = ConsistencyChecks::run(db);
    for (const Finding& f : findings) {
        auto* item = new QTreeWidgetItem(this, {f.description});
        for (const QString& figure : f.figures)
            new QTreeWidgetItem(item, {figure});
    }
    if (findings.isEmpty())
        new QTreeWidgetItem(this, {tr("No inconsistencies among the stated figures.")});
    if (auto* dock = qobject_cast<QDockWidget*>(parentWidget()))
        dock->setWindowTitle(tr("Checks (%1)").arg(findings.size()));
}

} // namespace mixshift
