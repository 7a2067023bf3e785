#pragma once

#include "ErrorReporter.h"
#include "import/ImportReport.h"
#include "import/ImportSession.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace mixshift {

class Project;

/// One run of an import session (an import or a dry run) off the GUI thread: it opens its own connection to
/// the project (Project::openAgain) — for reading only in a dry run, so it takes no write lock — reports progress, and can be
/// cancelled, leaving the project as it was. It always ends with finished or failed, whatever the import throws.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    void start(const Project& project, const ImportPlan& plan, const ImportOptions& options);
    void cancel();
    bool isRunning() const;

signals:
    void progress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal);
    void finished(const mixshift::ImportSummary& summary);
    void failed(const mixshift::ErrorReport& report);

private:
    class Monitor;

    std::atomic<bool> m_cancel{false};
    QFutureWatcher<void> m_watcher;
};

} // namespace mixshift
