#pragma once

#include <QString>

#include <cstdint>

namespace mixshift {

class Database;

/// One change to a project that can be taken back and made again: the single way every edit reaches a project
/// (an import, a value entered by hand, a saved chart, a scenario, an alias). The app keeps them on its undo
/// stack; the command line makes them once. apply() and revert() each run as one transaction of their own and
/// throw Error with the project left as it was.
class ProjectChange
{
public:
    virtual ~ProjectChange() = default;

    /// What the change does, for Edit › Undo “…” and the history: "Import figures.csv".
    virtual QString text() const = 0;
    virtual void apply(Database& db) = 0;
    virtual void revert(Database& db) = 0;

    /// The import batch the change recorded, which the Imports panel lists (imports and hand edits); 0 for none.
    virtual std::int64_t batchId() const { return 0; }

    /// Changes of one kind that follow each other may become one step (a slider dragged through many values):
    /// -1 for none, else an id of the kind.
    virtual int mergeId() const { return -1; }
    /// Takes `later` (same mergeId, already applied) into this change; false when it cannot.
    virtual bool absorb(const ProjectChange& later)
    {
        static_cast<void>(later);
        return false;
    }
};

} // namespace mixshift
