#include "LeverMoveCommand.h"

#include <QCoreApplication>

namespace mixshift {

namespace {

// QUndoStack merges only commands of one id; distinct from ProjectCommand's.
constexpr int leverMoveId = 0x4c4d; // "LM"

} // namespace

LeverMoveCommand::LeverMoveCommand(QWidget* workspace, const QString& title, double before, double after,
                                   int gesture, SetLever setLever)
    // Pushed after the workspace showed the move.
    : GuardedCommand(workspace, QCoreApplication::translate("LeverMoveCommand", "Move %1").arg(title), true),
      m_before(before),
      m_after(after),
      m_gesture(gesture),
      m_setLever(std::move(setLever))
{
}

int LeverMoveCommand::id() const
{
    return leverMoveId;
}

bool LeverMoveCommand::mergeWith(const QUndoCommand* other)
{
    // One drag moves one lever of one workspace: its number says all.
    const auto* move = static_cast<const LeverMoveCommand*>(other);
    if (m_gesture == 0 || move->m_gesture != m_gesture)
        return false;
    m_after = move->m_after;
    return true;
}

void LeverMoveCommand::apply()
{
    set(m_after);
}

void LeverMoveCommand::revert()
{
    set(m_before);
}

void LeverMoveCommand::set(double value)
{
    if (!m_setLever(value))
        setObsolete(true);
}

} // namespace mixshift
