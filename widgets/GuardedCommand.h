#pragma once

#include <QPointer>
#include <QUndoCommand>

class QWidget;

namespace mixshift {

/// An undo command whose work reaches the project. A failure (a busy project, a full disk) is reported through
/// ErrorReporter and makes the command obsolete, so QUndoStack drops it rather than record a change that did not
/// happen — and no exception leaves redo() or undo(), which Qt calls from its slots.
class GuardedCommand : public QUndoCommand
{
public:
    /// `alreadyDone`: the change was made before the command was pushed (an edit the view made itself), so the
    /// redo QUndoStack::push() calls has nothing to do; later redos apply() it.
    GuardedCommand(QWidget* parent, const QString& text, bool alreadyDone = false);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;

private:
    // A command can outlive the window that made it (it stays on the project's stack).
    QPointer<QWidget> m_parent;
    bool m_alreadyDone;
};

} // namespace mixshift
