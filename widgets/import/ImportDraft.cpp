#include "ImportDraft.h"

#include "store/Project.h"

namespace mixshift {

void ImportDraft::replan()
{
    plan = ImportSession::plan(project->db(), source, choices);
}

void ImportDraft::chooseSheet(const QString& name)
{
    source = ImportSource::sheet(*workbook, name);
    choices = ImportChoices{};
    replan();
}

} // namespace mixshift
