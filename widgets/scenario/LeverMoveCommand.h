#pragma once

#include "GuardedCommand.h"

#include "scenario/MixLevers.h"

#include <functional>

namespace mixshift {

/// A lever moved in the revenue-mix workspace, as a step on the undo stack: undo shows the levers as they were,
/// redo as they became. The moves of one slider drag merge into one step; a typed value is a step of its own.
class LeverMoveCommand : public GuardedCommand
{
public:
    /// Shows levers in the workspace and recomputes; the caller makes it do nothing once the workspace is gone.
    using Show = std::function<void(const MixLevers&)>;

    /// `gesture` names the drag the move belongs to (0: not a drag). The workspace has already shown `after`.
    LeverMoveCommand(QWidget* workspace, const QString& lever, MixLevers before, MixLevers after, int gesture,
                     Show show);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    QString m_lever;
    MixLevers m_before;
    MixLevers m_after;
    int m_gesture;
    Show m_show;
    bool m_shown = true;
};

} // namespace mixshift
