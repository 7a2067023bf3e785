#pragma once

#include "report/ReportContent.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLineEdit;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace mixshift {

class AppSettings;
class Project;

/// File › Export Report…: which saved charts and scenarios the report shows, its title and author, the pages
/// as they will print, and Save PDF….
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Project& project, AppSettings& settings, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// What the dialog's choices ask for.
    ReportRequest request() const;
    /// Pages of the preview as last drawn.
    int previewPages() const { return m_previewPages; }
    /// Writes the report to `path`, with a progress dialog that can stop it; false when stopped or failed
    /// (the failure is reported). For the Save button and tests.
    bool saveTo(const QString& path);

private:
    void refreshPreview();
    void chooseFileAndSave();
    /// The report's content as the choices ask for it now.
    ReportContent content();

    Project& m_project;
    AppSettings& m_settings;
    QListWidget* m_charts;
    QListWidget* m_scenarios;
    QLineEdit* m_title;
    QLineEdit* m_author;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview;
    QTimer* m_refresh;
    /// The project's findings, read at the first drawing: checking the store at every edit took seconds a
    /// million values. The dialog is modal, the store as it was opened.
    std::optional<QVector<Finding>> m_findings;
    int m_previewPages = 0;
};

} // namespace mixshift
