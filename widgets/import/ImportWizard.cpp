#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFormatPage.h"
#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportProgressDialog.h"

#include "ErrorReporter.h"

#include "Error.h"
#include "store/Project.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace mixshift {

namespace {
constexpr qint64 sampleBytes = 64 * 1024;
}

ImportWizard::ImportWizard(Project& project, const QString& filePath, QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(filePath).fileName()));
    setObjectName(QStringLiteral("ImportWizard"));
    m_draft.project = &project;
    m_draft.filePath = filePath;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot be read: %2").arg(filePath, file.errorString()));
    m_draft.sample = file.read(sampleBytes);
    m_draft.wholeFile = file.atEnd();
    m_draft.sniff = CsvSniffer::sniffBytes(m_draft.sample, m_draft.wholeFile);

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

void ImportWizard::accept()
{
    // Matched names and the profile to save go with the options: the import writes them in its own transaction.
    ImportJob job;
    job.start(m_draft.project->path(), m_draft.filePath, m_draft.mapping, m_checkPage->options());
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
