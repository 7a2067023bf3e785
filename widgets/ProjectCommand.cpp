#include "ProjectCommand.h"

#include "edit/ProjectChange.h"

namespace mixshift {

ProjectCommand::ProjectCommand(QWidget* parent, Database& db, std::unique_ptr<ProjectChange> change,
                               std::function<void()> changed)
    : GuardedCommand(parent, change->text()), m_db(db), m_change(std::move(change)), m_changed(std::move(changed))
{
}

ProjectCommand::~ProjectCommand() = default;

int ProjectCommand::id() const
{
    return m_change->mergeId();
}

bool ProjectCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = dynamic_cast<const ProjectCommand*>(other);
    return later && m_change->absorb(*later->m_change);
}

void ProjectCommand::apply()
{
    m_change->apply(m_db);
    if (m_changed)
        m_changed();
}

void ProjectCommand::revert()
{
    m_change->revert(m_db);
    if (m_changed)
        m_changed();
}

} // namespace mixshift
