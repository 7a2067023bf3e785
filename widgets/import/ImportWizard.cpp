#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFormatPage.h"
#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportProgressDialog.h"

#include "Error.h"
#include "import/ImportProfiles.h"
#include "store/Catalog.h"
#include "store/Project.h"
#include "store/Transaction.h"

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
    Project& project = *m_draft.project;
    try {
        // Names the user matched to known ones become aliases, so the import finds them.
        Transaction transaction(project.db());
        Catalog catalog(project.db());
        const auto providerAliases = m_checkPage->providerAliases();
        for (auto it = providerAliases.cbegin(); it != providerAliases.cend(); ++it)
            catalog.addProviderAlias(it.key(), it.value());
        const auto metricAliases = m_checkPage->metricAliases();
        for (auto it = metricAliases.cbegin(); it != metricAliases.cend(); ++it)
            catalog.addMetricAlias(it.key(), it.value(), std::nullopt, QString());
        if (!m_checkPage->profileToSave().isEmpty())
            ImportProfiles(project.db()).save(m_checkPage->profileToSave(), m_draft.mapping, m_draft.sniff.header);
        transaction.commit();
    } catch (const Error& error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return;
    }

    ImportJob job;
    job.start(project.path(), m_draft.filePath, m_draft.mapping, m_checkPage->options());
    ImportProgressDialog progress(job, windowTitle(), this);
    QString error;
    m_result = progress.waitForResult(error);
    if (!m_result) {
        QMessageBox::warning(this, windowTitle(), tr("The import failed; the project is unchanged.\n%1").arg(error));
        return;
    }
    if (m_result->cancelled) {
        QMessageBox::information(this, windowTitle(), tr("The import was cancelled; the project is unchanged."));
        return;
    }
    if (!m_result->committed) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Nothing was imported: %1 rows were refused.").arg(m_result->rowsRejected));
        return;
    }
    emit imported(*m_result);
    QWizard::accept();
}

} // namespace mixshift
