#include "ImportBatches.h"

#include "Catalog.h"
#include "Database.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <string>

namespace mixshift {

namespace {

const char* createdKind(ImportBatches::Created kind)
{
    switch (kind) {
    case ImportBatches::Created::Provider:
        return "provider";
    case ImportBatches::Created::Metric:
        return "metric";
    case ImportBatches::Created::Market:
        return "market";
    case ImportBatches::Created::Source:
        return "source";
    case ImportBatches::Created::Series:
        return "series";
    }
    return "";
}

constexpr const char* batchColumns =
    "SELECT id, kind, imported_at, file_name, sha256, imported_by, profile, rows_read, "
    "rows_imported - values_overwritten - values_revised, values_overwritten, values_revised, rows_rejected, undoable "
    "FROM import_batch ";

ImportBatchRow batchRow(const Statement& row)
{
    return {row.int64(0), row.text(1), row.text(2),  row.text(3),  row.text(4),  row.text(5),
            row.text(6),  row.int64(7), row.int64(8), row.int64(9), row.int64(10), row.int64(11),
            row.int64(12) != 0};
}

// A catalog row the batch created goes only when nothing refers to it any more (a later import may have
// added values to a series this one created, the user an alias to a provider it created): each statement
// deletes the row unless it is in use.
constexpr const char* removeUnused[] = {
    // series
    "DELETE FROM series WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM observation WHERE series_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM observation_revision WHERE series_id = ?1)",
    // source
    "DELETE FROM source WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM observation WHERE source_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM observation_revision WHERE source_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM event WHERE source_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM fx_rate WHERE source_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM import_replaced WHERE source_id = ?1)",
    // provider
    "DELETE FROM provider WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM series WHERE provider_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM event WHERE provider_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM provider_alias a WHERE a.provider_id = ?1 "
    " AND a.alias NOT IN (SELECT name FROM provider WHERE id = ?1 UNION SELECT name_zh FROM provider WHERE id = ?1))",
    // metric
    "DELETE FROM metric WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM series WHERE metric_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM metric_alias a WHERE a.metric_id = ?1 AND a.alias NOT IN "
    " (SELECT key FROM metric WHERE id = ?1 UNION SELECT name FROM metric WHERE id = ?1 "
    "  UNION SELECT name_zh FROM metric WHERE id = ?1))",
    // market
    "DELETE FROM market WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM series WHERE market_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM metric_alias WHERE market_id = ?1)",
};

const char* removeUnusedSql(const QString& kind)
{
    if (kind == QLatin1String("series"))
        return removeUnused[0];
    if (kind == QLatin1String("source"))
        return removeUnused[1];
    if (kind == QLatin1String("provider"))
        return removeUnused[2];
    if (kind == QLatin1String("metric"))
        return removeUnused[3];
    return removeUnused[4];
}

} // namespace

ImportBatches::ImportBatches(Database& db)
    : m_db(db)
{
}

std::int64_t ImportBatches::begin(Kind kind, const QString& fileName, const QString& profile)
{
    return m_db.prepare("INSERT INTO import_batch (file_name, sha256, imported_at, profile, imported_by, kind, undoable) "
                        "VALUES (?, '', ?, ?, ?, ?, 1) RETURNING id")
        .bindAll(fileName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), profile, m_db.userName(),
                 QString::fromLatin1(kind == Kind::Import ? "import" : "edit"))
        .insertedId();
}

void ImportBatches::finish(std::int64_t batchId, const QString& sha256, qint64 rowsRead, qint64 imported,
                           qint64 skipped, qint64 rejected, qint64 conflicts, qint64 overwritten, qint64 revised)
{
    m_db.prepare("UPDATE import_batch SET sha256 = ?, rows_read = ?, rows_imported = ?, rows_skipped = ?, "
                 "rows_rejected = ?, conflicts = ?, values_overwritten = ?, values_revised = ? WHERE id = ?")
        .bindAll(sha256, rowsRead, imported, skipped, rejected, conflicts, overwritten, revised, batchId)
        .run();
}

void ImportBatches::recordCreated(std::int64_t batchId, Created kind, std::int64_t id)
{
    recordCreated(batchId, {{kind, id}});
}

void ImportBatches::recordCreated(std::int64_t batchId, const std::vector<CreatedRow>& rows)
{
    constexpr std::size_t rowsAStatement = 1000;
    for (std::size_t first = 0; first < rows.size(); first += rowsAStatement) {
        const std::size_t count = std::min(rowsAStatement, rows.size() - first);
        std::string sql = "INSERT INTO import_catalog_change (batch_id, kind, entity_id) VALUES ";
        for (std::size_t row = 0; row < count; ++row)
            sql += row == 0 ? "(?, ?, ?)" : ", (?, ?, ?)";
        Statement insert = m_db.prepare(sql);
        for (std::size_t row = 0; row < count; ++row) {
            const int parameter = static_cast<int>(row) * 3;
            insert.bind(parameter + 1, batchId)
                .bind(parameter + 2, createdKind(rows[first + row].kind))
                .bind(parameter + 3, rows[first + row].id);
        }
        insert.run();
    }
}

void ImportBatches::recordAlias(std::int64_t batchId, Catalog::AliasKind kind, const QString& alias,
                                std::int64_t targetId)
{
    const std::optional<Catalog::AliasTarget> before = Catalog(m_db).aliasTarget(kind, alias);
    m_db.prepare("INSERT INTO import_catalog_change (batch_id, kind, entity_id, alias, old_target_id, old_market_id, "
                 "old_category) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bindAll(batchId, kind == Catalog::AliasKind::Provider ? "provider_alias" : "metric_alias", targetId,
                 alias.trimmed(), before ? std::optional(before->id) : std::nullopt,
                 before ? before->marketId : std::nullopt, before ? std::optional(before->category) : std::nullopt)
        .run();
}

QVector<ImportBatchRow> ImportBatches::list()
{
    Statement rows = m_db.prepare(std::string(batchColumns) + "ORDER BY id");
    QVector<ImportBatchRow> batches;
    while (rows.step())
        batches.append(batchRow(rows));
    return batches;
}

std::optional<ImportBatchRow> ImportBatches::find(std::int64_t batchId)
{
    Statement row = m_db.prepare(std::string(batchColumns) + "WHERE id = ?");
    if (!row.bindAll(batchId).step())
        return std::nullopt;
    return batchRow(row);
}

QStringList ImportBatches::dependents(std::int64_t batchId)
{
    // Later batches that replaced this one's values, or hung revisions on them.
    Statement later = m_db.prepare(
        "SELECT id, file_name FROM import_batch WHERE id IN ("
        " SELECT batch_id FROM import_replaced WHERE old_batch_id = ?1 AND batch_id > ?1"
        " UNION SELECT r.batch_id FROM observation_revision r JOIN observation o"
        "  ON o.series_id = r.series_id AND o.period_start = r.period_start AND o.period_end = r.period_end"
        "  WHERE o.batch_id = ?1 AND r.batch_id > ?1) ORDER BY id");
    later.bindAll(batchId);
    QStringList names;
    while (later.step())
        names << QStringLiteral("%1 (%2)").arg(later.int64(0)).arg(later.text(1));
    return names;
}

qint64 ImportBatches::restoreCatalog(std::int64_t batchId)
{
    qint64 removed = 0;
    // Newest first: a series goes before the provider and metric it belongs to.
    Statement changes = m_db.prepare("SELECT kind, entity_id, alias, old_target_id, old_market_id, old_category "
                                     "FROM import_catalog_change WHERE batch_id = ? ORDER BY seq DESC");
    changes.bindAll(batchId);
    while (changes.step()) {
        const QString kind = changes.text(0);
        if (kind == QLatin1String("provider_alias") || kind == QLatin1String("metric_alias")) {
            const Catalog::AliasKind aliasKind =
                kind == QLatin1String("provider_alias") ? Catalog::AliasKind::Provider : Catalog::AliasKind::Metric;
            Catalog catalog(m_db);
            // Put back only an alias that still names what this batch pointed it at: one edited since is the
            // later edit's.
            const std::optional<Catalog::AliasTarget> now = catalog.aliasTarget(aliasKind, changes.text(2));
            if (!now || now->id != changes.int64(1))
                continue;
            std::optional<Catalog::AliasTarget> before;
            if (!changes.isNull(3))
                before = Catalog::AliasTarget{changes.int64(3), changes.optionalInt64(4), changes.text(5)};
            catalog.setAlias(aliasKind, changes.text(2), before);
            continue;
        }
        m_db.prepare(removeUnusedSql(kind)).bindAll(changes.int64(1)).run();
        removed += m_db.changes();
    }
    return removed;
}

BatchRemoval ImportBatches::remove(std::int64_t batchId)
{
    BatchRemoval removal;
    const std::optional<ImportBatchRow> batch = find(batchId);
    if (!batch)
        throw Error(QCoreApplication::translate("ImportBatches", "there is no import %1; `mixshift imports` lists them")
                        .arg(batchId));
    removal.batch = *batch;
    if (!batch->undoable)
        throw Error(QCoreApplication::translate("ImportBatches",
                                                "import %1 (%2) was made before this version of MixShift recorded what "
                                                "an import replaces, so it cannot be undone")
                        .arg(batchId)
                        .arg(batch->fileName));
    if (const QStringList later = dependents(batchId); !later.isEmpty())
        throw Error(QCoreApplication::translate("ImportBatches",
                                                "import %1 (%2) cannot be undone alone: later imports replaced or "
                                                "revised its values — undo them first: %3")
                        .arg(batchId)
                        .arg(batch->fileName, later.join(QStringLiteral(", "))));

    // The revisions it added, and the archived copies of the values it revised (those come back as current).
    m_db.prepare("DELETE FROM observation_revision WHERE batch_id = ?1 OR id IN "
                 "(SELECT revision_id FROM import_replaced WHERE batch_id = ?1)")
        .bindAll(batchId)
        .run();
    removal.revisionsRemoved = m_db.changes();
    // The values it replaced, put back in place (an update: revisions hanging on the period stay). A value it
    // replaced that it had written itself is not put back: the earlier value it replaced is.
    Statement restore = m_db.prepare(
        "UPDATE observation SET (value, qualifier, unit, original_text, note, source_id, batch_id) = "
        "(SELECT value, qualifier, unit, original_text, note, source_id, old_batch_id FROM import_replaced r "
        " WHERE r.batch_id = ?1 AND r.series_id = observation.series_id AND r.period_start = observation.period_start"
        " AND r.period_end = observation.period_end AND r.old_batch_id IS DISTINCT FROM ?1 ORDER BY r.seq LIMIT 1) "
        "WHERE batch_id = ?1 AND EXISTS (SELECT 1 FROM import_replaced r WHERE r.batch_id = ?1"
        " AND r.series_id = observation.series_id AND r.period_start = observation.period_start"
        " AND r.period_end = observation.period_end AND r.old_batch_id IS DISTINCT FROM ?1)");
    restore.bindAll(batchId).run();
    removal.valuesRestored = m_db.changes();
    m_db.prepare("DELETE FROM observation WHERE batch_id = ?").bindAll(batchId).run();
    removal.valuesRemoved = m_db.changes();
    // Its record of what it replaced is spent, and must not keep the sources it created in use.
    m_db.prepare("DELETE FROM import_replaced WHERE batch_id = ?").bindAll(batchId).run();
    removal.catalogEntriesRemoved = restoreCatalog(batchId);
    m_db.prepare("DELETE FROM import_batch WHERE id = ?").bindAll(batchId).run();
    return removal;
}

} // namespace mixshift
