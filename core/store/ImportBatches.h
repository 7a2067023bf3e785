#pragma once

#include "Catalog.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <optional>
#include <vector>

namespace mixshift {

class Database;

/// One import, or one hand edit, as the project remembers it.
struct ImportBatchRow
{
    std::int64_t id = 0;
    /// "import" or "edit".
    QString kind;
    QString importedAt;
    QString fileName;
    QString sha256;
    QString importedBy;
    QString profile;
    qint64 rowsRead = 0;
    /// Values new to their periods (and revisions added as such).
    qint64 added = 0;
    qint64 overwritten = 0;
    qint64 revised = 0;
    qint64 rejected = 0;
    /// False for batches made before imports recorded what they replace (schema 2 projects): listed, not removable.
    bool undoable = true;
};

/// What removing a batch did.
struct BatchRemoval
{
    ImportBatchRow batch;
    qint64 valuesRemoved = 0;
    qint64 valuesRestored = 0;
    qint64 revisionsRemoved = 0;
    qint64 catalogEntriesRemoved = 0;
};

/// The project's import batches: started by the importer and by hand edits, which record what each added,
/// what it replaced and which catalog rows it created, so that a batch can be removed again — also after the
/// program was closed — leaving the project exactly as it was before it. Callers own the transaction.
class ImportBatches
{
public:
    enum class Kind { Import, Edit };

    explicit ImportBatches(Database& db);

    /// A new batch, made now by the user running the program; its counts are set by finish().
    std::int64_t begin(Kind kind, const QString& fileName, const QString& profile);
    void finish(std::int64_t batchId, const QString& sha256, qint64 rowsRead, qint64 imported, qint64 skipped,
                qint64 rejected, qint64 conflicts, qint64 overwritten, qint64 revised);

    /// Catalog rows the batch created: removed with it unless something else has come to use them.
    enum class Created { Provider, Metric, Market, Source, Series };
    void recordCreated(std::int64_t batchId, Created kind, std::int64_t id);
    struct CreatedRow
    {
        Created kind;
        std::int64_t id;
    };
    /// Many at once, in their order: a statement for each thousand (an import records the rows of a batch of
    /// values together, not one statement, and on a server one round trip, each).
    void recordCreated(std::int64_t batchId, const std::vector<CreatedRow>& rows);
    /// An alias the batch points at `targetId` (a provider or a metric): what it names now is recorded, to be
    /// put back. Call before changing the alias.
    void recordAlias(std::int64_t batchId, Catalog::AliasKind kind, const QString& alias, std::int64_t targetId);

    QVector<ImportBatchRow> list();
    std::optional<ImportBatchRow> find(std::int64_t batchId);

    /// Later batches that replaced or revised values this batch wrote: they must be removed first, or
    /// removing this one would change what they did. Each as "ID (FILE)".
    QStringList dependents(std::int64_t batchId);
    /// Removes the batch: its values go, the values it replaced come back, the catalog rows it created go
    /// when nothing else uses them, its aliases point where they did. Throws Error for an unknown batch or
    /// one that later batches depend on (naming them).
    BatchRemoval remove(std::int64_t batchId);

private:
    qint64 restoreCatalog(std::int64_t batchId);

    Database& m_db;
};

} // namespace mixshift
