#include "ImportDraft.h"

#include "store/Project.h"

#include <utility>

namespace mixshift {

void ImportDraft::replan()
{
    plan = ImportSession::plan(project->db(), source, choices);
}

void ImportDraft::chooseSheet(const QString& name)
{
    ImportSource sheet = ImportSource::sheet(source.workbook(), name);
    ImportPlan sheetPlan = ImportSession::plan(project->db(), sheet, ImportChoices{});
    source = std::move(sheet);
    choices = ImportChoices{};
    plan = std::move(sheetPlan);
}

} // namespace mixshift
