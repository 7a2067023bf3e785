#include "ImportDraft.h"

#include "store/Project.h"

namespace mixshift {

void ImportDraft::replan()
{
    plan = ImportSession::plan(project->db(), filePath, choices);
}

} // namespace mixshift
