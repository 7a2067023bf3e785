#include "ChecksPanel.h"

#include "store/Project.h"

#include <QDockWidget>
#include <QtConcurrent>

namespace mixshift {

ChecksPanel::ChecksPanel(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("checks"));
    setHeaderHidden(true);
    setWordWrap(true);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_next) {
            startNext(); // the store changed while these ran: their findings are already out of date
            return;
        }
        m_running = false;
        list(m_watcher.result());
        emit checked();
    });
}

ChecksPanel::~ChecksPanel()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void ChecksPanel::read(const Project& project)
{
    // Opened here, while the project surely lives; used only by the run it is handed to. A connection refused
    // is the panel's to say: the window shows the project all the same.
    try {
        m_next = project.openAgain(Project::Access::Read);
    } catch (...) {
        if (!m_running)
            list({{}, ErrorReporter::describe(tr("Check the stated figures"), std::current_exception())});
        return;
    }
    if (!m_running)
        startNext();
    else
        *m_cancel = true; // its findings would be out of date: the next run starts when it has stopped
}

bool ChecksPanel::isChecking() const
{
    return m_running;
}

void ChecksPanel::startNext()
{
    clear();
    new QTreeWidgetItem(this, {tr("Checking the stated figures…")});
    setTitle(tr("Checks (checking…)"));
    m_running = true;
    std::shared_ptr<Project> connection(std::move(m_next));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([connection, cancel = m_cancel] {
        Outcome outcome;
        try {
            outcome.findings = ConsistencyChecks::run(connection->db(), listed, cancel.get());
        } catch (...) {
            outcome.failure = ErrorReporter::describe(tr("Check the stated figures"), std::current_exception());
        }
        return outcome;
    }));
}

void ChecksPanel::list(const Outcome& outcome)
{
    clear();
    if (outcome.failure) {
        new QTreeWidgetItem(this, {outcome.failure->message});
        setTitle(tr("Checks (failed)"));
        return;
    }
    const ConsistencyChecks::Findings& found = outcome.findings;
    for (const Finding& f : found.listed) {
        auto* item = new QTreeWidgetItem(this, {f.description});
        for (const QString& figure : f.figures)
            new QTreeWidgetItem(item, {figure});
    }
    if (found.total > found.listed.size())
        new QTreeWidgetItem(this, {tr("… and %1 more (mixshift check lists them all)")
                                       .arg(found.total - found.listed.size())});
    if (found.total == 0)
        new QTreeWidgetItem(this, {tr("No inconsistencies among the stated figures.")});
    setTitle(tr("Checks (%1)").arg(found.total));
}

void ChecksPanel::setTitle(const QString& title)
{
    if (auto* dock = qobject_cast<QDockWidget*>(parentWidget()))
        dock->setWindowTitle(title);
}

} // namespace mixshift
