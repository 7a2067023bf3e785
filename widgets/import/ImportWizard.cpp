#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFormatPage.h"
#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportProgressDialog.h"

#include "ErrorReporter.h"

#include "Error.h"
#include "store/Project.h"

#include <QFileInfo>
#include <QMessageBox>

namespace mixshift {

ImportWizard::ImportWizard(Project& project, const QString& filePath, QWidget* parent) : QWizard(parent)
{
    m_draft.project = &project;
    m_draft.source = ImportSource::file(filePath);
    build(QFileInfo(filePath).fileName());
}

ImportWizard::ImportWizard(Project& project, const ImportSource& source, QWidget* parent) : QWizard(parent)
{
    m_draft.project = &project;
    m_draft.source = source;
    build(source.name());
}

void ImportWizard::build(const QString& title)
{
    setWindowTitle(tr("Import %1").arg(title));
    setObjectName(QStringLiteral("ImportWizard"));
    m_draft.replan();

    m_formatPage = new ImportFormatPage(m_draft);
    m_mappingPage = new ImportMappingPage(m_draft);
    m_checkPage = new ImportCheckPage(m_draft);
    addPage(m_formatPage);
    addPage(m_mappingPage);
    addPage(m_checkPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(1000, 760);
}

ImportOptions ImportWizard::options() const
{
    return m_checkPage->options();
}

void ImportWizard::accept()
{
    // Matched names and the profile to save go with the options: the import writes them in its own transaction.
    ImportJob job;
    job.start(*m_draft.project, m_draft.plan, options());
    ImportProgressDialog progress(job, windowTitle(), this);
    ErrorReport failure;
    m_result = progress.waitForResult(failure);
    if (!m_result) {
        failure.action = windowTitle();
        ErrorReporter::report(this, failure);
        return;
    }
    if (m_result->cancelled) {
        QMessageBox::information(this, windowTitle(), tr("The import was cancelled; the project is unchanged."));
        return;
    }
    if (!m_result->committed) {
        ErrorReporter::report(this, {windowTitle(),
                                     tr("Nothing was imported: %1 rows were refused; the project is unchanged.")
                                         .arg(m_result->rowsRejected),
                                     {}});
        return;
    }
    emit imported(*m_result);
    QWizard::accept();
}

} // namespace mixshift
