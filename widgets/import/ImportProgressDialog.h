#pragma once

#include "ErrorReporter.h"
#include "import/ImportReport.h"

#include <QElapsedTimer>
#include <QProgressDialog>

#include <optional>

namespace mixshift {

class ImportJob;

/// Shows an ImportJob's progress — rows, percent, time left — with Cancel, and waits for it to end.
class ImportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    ImportProgressDialog(ImportJob& job, const QString& title, QWidget* parent = nullptr);

    /// Runs the event loop until the job ends; the summary, or nothing when it failed (`failure` says why).
    std::optional<ImportSummary> waitForResult(ErrorReport& failure);

private:
    void showProgress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal);

    ImportJob& m_job;
    QElapsedTimer m_clock;
};

} // namespace mixshift
