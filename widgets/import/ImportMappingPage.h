#pragma once

#include "ImportDraft.h"

#include <QHash>
#include <QTimer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace mixshift {

/// Second page: what each column means (long or wide layout), values for fields the file lacks, and a live
/// preview of the first rows exactly as they would be stored — or why they would be refused.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int previewRows = 30;

    ImportMappingPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    /// Rows of the preview table (values that would be stored, and refusals), for tests.
    QTableWidget* preview() const { return m_preview; }
    /// Recomputes the preview now instead of after the short pause that follows edits.
    void refreshPreview();

private:
    void showPlan();
    void collectChoices();
    void schedulePreview();

    ImportDraft& m_draft;
    QComboBox* m_layout;
    QComboBox* m_wideField;
    QComboBox* m_ranges;
    QComboBox* m_periodLength;
    QComboBox* m_aggregation;
    QLabel* m_notes;
    QTableWidget* m_columns;
    QHash<ImportField, QLineEdit*> m_defaults;
    QTableWidget* m_preview;
    QLabel* m_previewStatus;
    QTimer m_previewTimer;
    bool m_updating = false;
};

} // namespace mixshift
