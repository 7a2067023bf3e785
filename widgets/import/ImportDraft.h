#pragma once

#include "import/ImportSession.h"
#include "io/Workbook.h"

#include <QString>

namespace mixshift {

class Project;

/// What the import wizard's pages build together: what is read, the user's choices and the import session's
/// plan made of them. The pages only collect choices and show the plan; the session decides everything else.
struct ImportDraft
{
    Project* project = nullptr;
    /// A CSV file, a workbook's sheet (the workbook read once for all its sheets) or a pasted table.
    ImportSource source;
    ImportChoices choices;
    ImportPlan plan;

    /// Plans again with the current choices (throws Error as ImportSession::plan does).
    void replan();
    /// Reads another sheet of the workbook; the choices made for the last one are dropped. All or nothing: when
    /// the new sheet cannot be planned (throws Error), the draft stays on the old one.
    void chooseSheet(const QString& name);
};

} // namespace mixshift
