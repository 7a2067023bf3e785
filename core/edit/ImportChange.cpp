#include "ImportChange.h"

#include "Error.h"
#include "io/Sha256.h"
#include "store/Database.h"
#include "store/ImportBatches.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace mixshift {

namespace {

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    hash.addRest(file);
    return hash.hex();
}

} // namespace

ImportChange::ImportChange(const ImportPlan& plan, const ImportOptions& options, const ImportSummary& done)
    : m_plan(plan), m_options(options), m_fileName(done.fileName), m_sha256(done.sha256), m_batchId(done.batchId)
{
    // Made again, it reports nothing to anyone, and saves no profile a second time.
    m_options.onValue = {};
    m_options.onRejection = {};
    m_options.saveProfile.reset();
    m_options.dryRun = false;
    m_options.maxRows = -1;
}

QString ImportChange::text() const
{
    return QCoreApplication::translate("ImportChange", "Import %1").arg(m_fileName);
}

void ImportChange::apply(Database& db)
{
    if (m_applied)
        return;
    // A sheet or a pasted table is held in the plan; only a CSV file is read again.
    if (!m_plan.source.isInMemory() && fileSha256(m_plan.source.path()) != m_sha256)
        throw Error(QCoreApplication::translate("ImportChange",
                                                "%1 is gone or has changed since it was imported; import it again")
                        .arg(m_plan.source.path()));
    const ImportSummary summary = ImportSession::run(db, m_plan, m_options);
    if (!summary.committed)
        throw Error(QCoreApplication::translate("ImportChange", "%1 could not be imported again: %2 rows refused")
                        .arg(m_fileName)
                        .arg(summary.rowsRejected));
    m_batchId = summary.batchId;
    m_applied = true;
}

void ImportChange::revert(Database& db)
{
    Transaction transaction(db);
    ImportBatches(db).remove(m_batchId);
    transaction.commit();
    m_applied = false;
}

} // namespace mixshift
