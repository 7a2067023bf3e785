#pragma once

#include "import/ImportSession.h"
#include "io/Workbook.h"

#include <QString>

#include <memory>

namespace mixshift {

class Project;

/// What the import wizard's pages build together: what is read, the user's choices and the import session's
/// plan made of them. The pages only collect choices and show the plan; the session decides everything else.
struct ImportDraft
{
    Project* project = nullptr;
    /// The workbook the source is a sheet of, read once for all its sheets; null for a text file or the clipboard.
    std::shared_ptr<const Workbook> workbook;
    ImportSource source;
    ImportChoices choices;
    ImportPlan plan;

    /// Plans again with the current choices (throws Error as ImportSession::plan does).
    void replan();
    /// Reads another sheet of the workbook; the choices made for the last one are dropped.
    void chooseSheet(const QString& name);
};

} // namespace mixshift
