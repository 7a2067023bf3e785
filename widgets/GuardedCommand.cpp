#include "GuardedCommand.h"

#include "ErrorReporter.h"

#include <QCoreApplication>

namespace mixshift {

GuardedCommand::GuardedCommand(QWidget* parent, const QString& text)
    : QUndoCommand(text), m_parent(parent)
{
}

void GuardedCommand::redo()
{
    if (!guarded(m_parent, text(), [this] { apply(); }))
        setObsolete(true);
}

void GuardedCommand::undo()
{
    if (!guarded(m_parent, QCoreApplication::translate("GuardedCommand", "Undo %1").arg(text()), [this] { revert(); }))
        setObsolete(true);
}

} // namespace mixshift
