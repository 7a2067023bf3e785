#include "ImportJob.h"

#include "store/Project.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace mixshift {

// Forwards progress to the GUI thread through queued signals, and reads the cancel flag.
class ImportJob::Monitor : public ImportMonitor
{
public:
    explicit Monitor(ImportJob* job)
        : m_job(job)
    {
    }

    void progress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal) override
    {
        QMetaObject::invokeMethod(m_job, [job = m_job, rowsRead, bytesRead, bytesTotal] {
            emit job->progress(rowsRead, bytesRead, bytesTotal);
        }, Qt::QueuedConnection);
    }

    bool cancelRequested() const override { return m_job->m_cancel.load(); }

private:
    ImportJob* m_job;
};

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<mixshift::ImportSummary>("mixshift::ImportSummary");
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(const Project& project, const ImportPlan& plan, const ImportOptions& options)
{
    m_cancel = false;
    const QString name = plan.source.name();
    // The project outlives the job (the job's owner waits for it): its connection details are read there.
    m_watcher.setFuture(QtConcurrent::run([this, &project, plan, options, name] {
        try {
            const auto connection =
                project.openAgain(options.dryRun ? Project::Access::Read : Project::Access::Write);
            Monitor monitor(this);
            const ImportSummary summary = ImportSession::run(connection->db(), plan, options, &monitor);
            QMetaObject::invokeMethod(this, [this, summary] { emit finished(summary); }, Qt::QueuedConnection);
        } catch (...) {
            const ErrorReport report =
                ErrorReporter::describe(tr("Import of %1").arg(name), std::current_exception());
            QMetaObject::invokeMethod(this, [this, report] { emit failed(report); }, Qt::QueuedConnection);
        }
    }));
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace mixshift
