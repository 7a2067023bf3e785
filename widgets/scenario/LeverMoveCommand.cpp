#include "LeverMoveCommand.h"

#include <QCoreApplication>

namespace mixshift {

namespace {

// QUndoStack merges only commands of one id; distinct from ProjectCommand's.
constexpr int leverMoveId = 0x4c4d; // "LM"

} // namespace

LeverMoveCommand::LeverMoveCommand(QWidget* workspace, const QString& lever, MixLevers before, MixLevers after,
                                   int gesture, Show show)
    : GuardedCommand(workspace, QCoreApplication::translate("LeverMoveCommand", "Move %1").arg(lever)),
      m_lever(lever),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_gesture(gesture),
      m_show(std::move(show))
{
}

int LeverMoveCommand::id() const
{
    return leverMoveId;
}

bool LeverMoveCommand::mergeWith(const QUndoCommand* other)
{
    const auto* move = static_cast<const LeverMoveCommand*>(other);
    if (m_gesture == 0 || move->m_gesture != m_gesture || move->m_lever != m_lever)
        return false;
    m_after = move->m_after;
    return true;
}

void LeverMoveCommand::apply()
{
    // Pushed after the workspace showed the move: the first redo has nothing to do.
    if (m_shown) {
        m_shown = false;
        return;
    }
    m_show(m_after);
}

void LeverMoveCommand::revert()
{
    m_show(m_before);
}

} // namespace mixshift
