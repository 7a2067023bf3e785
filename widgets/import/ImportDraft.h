#pragma once

#include "import/ImportSession.h"

#include <QString>

namespace mixshift {

class Project;

/// What the import wizard's pages build together: the user's choices and the import session's plan made of
/// them. The pages only collect choices and show the plan; the session decides everything else.
struct ImportDraft
{
    Project* project = nullptr;
    QString filePath;
    ImportChoices choices;
    ImportPlan plan;

    /// Plans again with the current choices (throws Error as ImportSession::plan does).
    void replan();
};

} // namespace mixshift
