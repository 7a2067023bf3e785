#include "ImportProgressDialog.h"

#include "ImportJob.h"

#include <QEventLoop>
#include <QLocale>

namespace mixshift {

ImportProgressDialog::ImportProgressDialog(ImportJob& job, const QString& title, QWidget* parent)
    : QProgressDialog(parent), m_job(job)
{
    setWindowTitle(title);
    setLabelText(tr("Reading the file…"));
    setRange(0, 1000);
    setMinimumDuration(300);
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    connect(&job, &ImportJob::progress, this, &ImportProgressDialog::showProgress);
    connect(this, &QProgressDialog::canceled, &job, &ImportJob::cancel);
}

void ImportProgressDialog::showProgress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal)
{
    const double fraction = bytesTotal > 0 ? static_cast<double>(bytesRead) / bytesTotal : 0.0;
    setValue(static_cast<int>(fraction * 1000));
    QString left;
    if (fraction > 0.02) {
        const double seconds = m_clock.elapsed() / 1000.0 * (1.0 - fraction) / fraction;
        left = tr(" · about %1 s left").arg(QString::number(seconds, 'f', seconds < 10 ? 1 : 0));
    }
    setLabelText(tr("%1 rows · %2%%3")
                     .arg(QLocale().toString(rowsRead))
                     .arg(static_cast<int>(fraction * 100))
                     .arg(left));
}

std::optional<ImportSummary> ImportProgressDialog::waitForResult(ErrorReport& failure)
{
    m_clock.start();
    std::optional<ImportSummary> result;
    QEventLoop loop;
    const auto done = connect(&m_job, &ImportJob::finished, &loop, [&](const ImportSummary& summary) {
        result = summary;
        loop.quit();
    });
    const auto fail = connect(&m_job, &ImportJob::failed, &loop, [&](const ErrorReport& report) {
        failure = report;
        loop.quit();
    });
    show();
    loop.exec();
    disconnect(done);
    disconnect(fail);
    hide();
    return result;
}

} // namespace mixshift
