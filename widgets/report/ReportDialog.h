#pragma once

#include "report/ReportContent.h"

#include <QDialog>

#include <memory>

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

    Project& m_project;
    AppSettings& m_settings;
    QListWidget* m_charts;
    QListWidget* m_scenarios;
    QLineEdit* m_title;
    QLineEdit* m_author;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview;
    QTimer* m_refresh;
    int m_previewPages = 0;
};

} // namespace mixshift
