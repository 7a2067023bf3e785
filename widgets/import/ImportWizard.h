#pragma once

#include "ImportDraft.h"
#include "import/ImportReport.h"

#include <QWizard>

#include <optional>

namespace mixshift {

class ImportCheckPage;
class ImportFormatPage;
class ImportMappingPage;
class Project;

/// Imports a CSV file, a workbook's sheet or a pasted table into the open project: how the file is written (or
/// which sheet) → what its columns mean (with a live preview) → the whole file checked → the import, off the GUI
/// thread with progress and Cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    /// A file: a workbook (by content) is read once, its first sheet shown and the others offered.
    ImportWizard(Project& project, const QString& filePath, QWidget* parent = nullptr);
    /// Text already in memory (the clipboard).
    ImportWizard(Project& project, const ImportSource& source, QWidget* parent = nullptr);

    ImportFormatPage* formatPage() const { return m_formatPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportCheckPage* checkPage() const { return m_checkPage; }
    /// The summary of the import once it has run.
    const std::optional<ImportSummary>& result() const { return m_result; }
    /// What the import ran with: the plan and options, for making it again after an undo.
    const ImportPlan& plan() const { return m_draft.plan; }
    ImportOptions options() const;

    void accept() override;

signals:
    void imported(const mixshift::ImportSummary& summary);

private:
    void build(const QString& title);

    ImportDraft m_draft;
    ImportFormatPage* m_formatPage;
    ImportMappingPage* m_mappingPage;
    ImportCheckPage* m_checkPage;
    std::optional<ImportSummary> m_result;
};

} // namespace mixshift
