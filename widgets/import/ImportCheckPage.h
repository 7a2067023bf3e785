#pragma once

#include "ImportDraft.h"
#include "ErrorReporter.h"
#include "import/ImportReport.h"
#include "import/Importer.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

namespace mixshift {

/// Third page: the whole file checked (a dry run off the GUI thread): what would be stored, what is refused
/// and why (exportable as CSV), the new providers and metrics to confirm or to match to known ones, the
/// conflict policy, and a name to save the mapping under.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    const std::optional<ImportSummary>& check() const { return m_check; }
    /// What the import runs with: the conflict policy, the names matched to known ones (added as aliases) and
    /// the profile to save — the last two written in the import's own transaction.
    /// What the conflict policy choice starts at (the preferences' default).
    void setPolicy(ConflictPolicy policy);
    ImportOptions options() const;
    QString profileToSave() const;
    /// New names the user matched to a known provider or metric: alias → id.
    QHash<QString, std::int64_t> providerAliases() const;
    QHash<QString, std::int64_t> metricAliases() const;
    /// The refused rows of the check as CSV (what "Export refused rows…" writes), all of it or nothing; throws
    /// Error naming the file, also when it is the file being imported or the project.
    void writeRejections(const QString& path);

private:
    /// A dry run of the whole file off the GUI thread, with progress: read-only, so it waits for no writer.
    std::optional<ImportSummary> dryRun(const ImportOptions& options, ErrorReport& failure);
    /// Options carrying the new names the user matched to known ones: every run of the page reads with them.
    ImportOptions withMatchedNames() const;
    void runCheck();
    void aliasMatchToggled(QListWidgetItem* item);
    void showCheck();
    void exportRejections();

    ImportDraft& m_draft;
    std::optional<ImportSummary> m_check;
    QLabel* m_summary;
    QWidget* m_newNames;
    QFormLayout* m_newNamesForm;
    QLabel* m_aliasMatchesLabel;
    QListWidget* m_aliasMatches;
    QHash<QString, QComboBox*> m_newProviders;
    QHash<QString, QComboBox*> m_newMetrics;
    QCheckBox* m_confirmNew;
    QTableWidget* m_rejections;
    QPushButton* m_export;
    QComboBox* m_policy;
    QCheckBox* m_acceptValid;
    QLineEdit* m_profile;
};

} // namespace mixshift
