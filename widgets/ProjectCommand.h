#pragma once

#include "GuardedCommand.h"

#include <functional>
#include <memory>

namespace mixshift {

class Database;
class ProjectChange;

/// A core ProjectChange on Qt's undo stack: redo() applies it, undo() reverts it, each reported (never thrown)
/// when it fails; `changed` runs after either, for the views to read the project again. Changes that say
/// they can merge (a slider's drag) become one step.
class ProjectCommand : public GuardedCommand
{
public:
    ProjectCommand(QWidget* parent, Database& db, std::unique_ptr<ProjectChange> change,
                   std::function<void()> changed);
    ~ProjectCommand() override;

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    const ProjectChange& change() const { return *m_change; }

protected:
    void apply() override;
    void revert() override;

private:
    Database& m_db;
    std::unique_ptr<ProjectChange> m_change;
    std::function<void()> m_changed;
};

} // namespace mixshift
