#pragma once

#include "GuardedCommand.h"

#include <functional>

namespace mixshift {

/// A lever moved in the revenue-mix workspace, as a step on the undo stack: undo sets that lever back to where it
/// was, redo to where it went, leaving the other levers (and the base quarter) as they are now. The moves of one
/// slider drag merge into one step; a typed value is a step of its own.
class LeverMoveCommand : public GuardedCommand
{
public:
    /// Sets the lever to a value in the workspace and recomputes; false when the workspace is gone (the step then
    /// leaves the stack).
    using SetLever = std::function<bool(double value)>;

    /// `gesture` names the drag the move belongs to, unique in the program (0: not a drag). The workspace shows
    /// `after` already.
    LeverMoveCommand(QWidget* workspace, const QString& title, double before, double after, int gesture,
                     SetLever setLever);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    void set(double value);

    double m_before;
    double m_after;
    int m_gesture;
    SetLever m_setLever;
};

} // namespace mixshift
