#pragma once

#include "ProjectChange.h"
#include "import/ImportSession.h"

#include <cstdint>

namespace mixshift {

/// An import as a change: made by the importer (the wizard's job, off the GUI thread) before it becomes one,
/// so the first apply() does nothing. revert() removes its batch — the values it added go, the values it
/// replaced come back; apply() after that imports the same file again with the same plan, if the file is
/// still the one imported (same SHA-256).
class ImportChange : public ProjectChange
{
public:
    ImportChange(const ImportPlan& plan, const ImportOptions& options, const ImportSummary& done);

    QString text() const override;
    void apply(Database& db) override;
    void revert(Database& db) override;

    std::int64_t batchId() const override { return m_batchId; }

private:
    ImportPlan m_plan;
    ImportOptions m_options;
    QString m_fileName;
    QString m_sha256;
    std::int64_t m_batchId;
    bool m_applied = true;
};

} // namespace mixshift
