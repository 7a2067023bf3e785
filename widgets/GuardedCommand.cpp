#include "GuardedCommand.h"

#include "ErrorReporter.h"

#include <QCoreApplication>

namespace mixshift {

GuardedCommand::GuardedCommand(QWidget* parent, const QString& text, bool alreadyDone)
    : QUndoCommand(text), m_parent(parent), m_alreadyDone(alreadyDone)
{
}

void GuardedCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    if (!guarded(m_parent, text(), [this] { apply(); }))
        setObsolete(true);
}

void GuardedCommand::undo()
{
    if (!guarded(m_parent, QCoreApplication::translate("GuardedCommand", "Undo %1").arg(text()), [this] { revert(); }))
        setObsolete(true);
}

} // namespace mixshift
