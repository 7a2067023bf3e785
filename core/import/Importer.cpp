#include "Importer.h"

#include "BoundedQueue.h"
#include "CatalogSnapshot.h"
#include "ImportProfiles.h"
#include "ImportSource.h"
#include "RecordStream.h"
#include "RowMapper.h"
#include "ValueAggregator.h"
#include "ValueChecker.h"
#include "ValueWriter.h"
#include "io/CsvReader.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/ImportBatches.h"
#include "store/ObservationStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <exception>
#include <thread>
#include <utility>

namespace mixshift {

namespace {

void count(ImportSummary& summary, PutOutcome outcome)
{
    switch (outcome) {
    case PutOutcome::Inserted:
        ++summary.valuesImported;
        break;
    case PutOutcome::Revised:
        ++summary.valuesImported;
        ++summary.conflicts;
        ++summary.revised;
        break;
    case PutOutcome::Overwritten:
        ++summary.valuesImported;
        ++summary.conflicts;
        ++summary.overwritten;
        break;
    case PutOutcome::Skipped:
        ++summary.skipped;
        ++summary.conflicts;
        break;
    case PutOutcome::Unchanged:
        ++summary.unchanged;
        break;
    }
}

QString outcomeName(PutOutcome outcome)
{
    switch (outcome) {
    case PutOutcome::Inserted:
        return QStringLiteral("inserted");
    case PutOutcome::Skipped:
        return QStringLiteral("skipped");
    case PutOutcome::Overwritten:
        return QStringLiteral("overwritten");
    case PutOutcome::Revised:
        return QStringLiteral("revised");
    case PutOutcome::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

// One sentence for each unit the values were read with: "万元 = 10,000 CNY (380 values)".
QStringList unitNotes(const std::unordered_map<QString, qint64>& uses)
{
    QStringList notes;
    const QLocale c(QLocale::English);
    for (const auto& [text, count] : uses) {
        const std::optional<Unit> unit = Unit::parse(text);
        if (!unit)
            continue;
        QString meaning;
        if (unit->percent)
            meaning = QCoreApplication::translate("Importer", "percent, stored as a fraction");
        else
            meaning = (unit->scale == 1 ? QStringLiteral("1") : c.toString(unit->scale, 'f', 0)) +
                      (unit->currency.isEmpty() ? QString() : QLatin1Char(' ') + unit->currency);
        notes << QCoreApplication::translate("Importer", "unit %1 = %2 (%3 values)").arg(text, meaning, c.toString(count));
    }
    notes.sort();
    return notes;
}

QStringList findingNotes(const MappingFindings& findings)
{
    QStringList notes = unitNotes(findings.unitUses);
    if (!findings.perShareLines.isEmpty())
        notes << QCoreApplication::translate("Importer", "per share, not scaled as totals: %1").arg(findings.perShareLines.join(QStringLiteral(", ")));
    for (const QString& line : findings.linesLeftOut)
        notes << QCoreApplication::translate("Importer", "two lines for one metric: %1").arg(line);
    if (findings.emptyLines > 0)
        notes << (findings.emptyLines == 1 ? QCoreApplication::translate("Importer", "1 line missing in every period, skipped")
                                           : QCoreApplication::translate("Importer", "%1 lines missing in every period, skipped")
                                                 .arg(findings.emptyLines));
    return notes;
}

} // namespace

Importer::Importer(Database& db)
    : m_db(db)
{
}

namespace {

// What the reading thread hands the writing thread: mapped values and refusals of up to batchRowsFor() rows.
struct Batch
{
    QVector<MappedValue> values;
    QVector<Rejection> rejections;
    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
    qint64 missing = 0;
    qint64 bytesRead = 0;
    std::exception_ptr failure;
    /// In the last batch: the file's SHA-256, when asked for.
    QString sha256;
    /// In the last batch: what mapping found (aliases used, units, lines left out).
    std::optional<MappingFindings> findings;
};

// SQLite's checks only: a team store's constraints cannot be switched off, and are cheap there.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db)
    {
        if (m_db.engine() == Database::Engine::Sqlite)
            m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        if (m_db.engine() == Database::Engine::Sqlite)
            m_db.exec("PRAGMA foreign_keys = ON");
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
};

// What the import adds besides values (matched names as aliases), written where the transaction has begun
// and recorded with the batch, which takes them back when it is undone.
void addAliases(Database& db, std::int64_t batchId, const ImportOptions& options)
{
    Catalog catalog(db);
    ImportBatches batches(db);
    for (auto it = options.providerAliases.cbegin(); it != options.providerAliases.cend(); ++it) {
        batches.recordAlias(batchId, Catalog::AliasKind::Provider, it.key(), it.value());
        catalog.addProviderAlias(it.key(), it.value());
    }
    for (auto it = options.metricAliases.cbegin(); it != options.metricAliases.cend(); ++it) {
        batches.recordAlias(batchId, Catalog::AliasKind::Metric, it.key(), it.value());
        catalog.addMetricAlias(it.key(), it.value(), std::nullopt, QString());
    }
}

// Rows to a batch. On a team store each batch's new values are one COPY (ObservationStore::newChunkFor), and a
// statement's fixed cost there (its triggers check and count the rows it added, its savepoint) is spread
// over more rows: 2,048-row batches made a 1M-row import a third slower.
qint64 batchRowsFor(const Database& db)
{
    return std::max<qint64>(2048, ObservationStore::newChunkFor(db));
}

// Written batches come back on `done` to be freed here: memory freed on the thread that allocated it spares
// the allocator's cross-thread locking, which costs the writer more than the writing. The list of values is
// emptied and filled again, as a new one would be given fresh pages the system must fault in, value by value.
QVector<MappedValue> recycledValues(BoundedQueue<Batch>& done, qint64 batchRows)
{
    std::optional<Batch> written = done.tryPop();
    if (!written) {
        QVector<MappedValue> values;
        values.reserve(batchRows);
        return values;
    }
    written->values.clear();
    return std::move(written->values);
}

// The first cell of the record that the mapping reads and the sheet has no value for (a formula saved without
// its result); such a cell in a column left out does not refuse its row.
std::optional<CsvCellProblem> readCellProblem(const ImportSource& source, const ImportMapping& mapping,
                                              const CsvRecord& record)
{
    for (const CsvCellProblem& problem : source.problemsAt(record.line))
        if (mapping.columns.value(problem.column - 1, ImportField::Ignore) != ImportField::Ignore)
            return problem;
    return std::nullopt;
}

constexpr std::size_t batchesInFlight = 4;
// Room for every batch that can be on its way back, so the writer never waits to return one.
constexpr std::size_t batchesReturning = 4 * batchesInFlight;

// The mapping side: records → mapped values, on a thread of its own while RecordStream parses the file on
// another. Stops early when the queue closes. The mapper is the caller's: the values it made refer to it.
void mapRecords(QIODevice& file, const ImportSource& source, const ImportMapping& mapping,
                const CatalogSnapshot& catalog, const QString& fileName, bool describe, qint64 maxRows, bool fingerprint, std::unique_ptr<RowMapper>& mapper,
                qint64 batchRows, BoundedQueue<Batch>& queue, BoundedQueue<Batch>& done)
{
    Batch batch;
    batch.values = recycledValues(done, batchRows);
    try {
        RecordStream records(file, mapping.format, fingerprint);
        QStringList header;
        int recordIndex = -1;
        qint64 rows = 0;
        try {
            while (const CsvRecord* next = records.next()) {
                const CsvRecord& record = *next;
                ++recordIndex;
                if (recordIndex < mapping.headerRecord)
                    continue;
                if (recordIndex == mapping.headerRecord) {
                    header = record.fields;
                    mapper = std::make_unique<RowMapper>(catalog, mapping, header, fileName, describe);
                    continue;
                }
                if (record.isBlank())
                    continue;
                if (maxRows >= 0 && rows >= maxRows)
                    break;
                ++rows;
                ++batch.rowsRead;
                const std::optional<CsvCellProblem> problem = record.problem ? record.problem
                                                                             : readCellProblem(source, mapping, record);
                if (problem) {
                    ++batch.rowsRejected;
                    const int column = problem->column;
                    batch.rejections.append({record.line, column, header.value(column - 1),
                                             cellExcerpt(record.fields.value(column - 1)), problem->reason});
                } else if (record.fields.size() != header.size()) {
                    ++batch.rowsRejected;
                    batch.rejections.append({record.line, 0, QString(),
                                             cellExcerpt(record.fields.join(mapping.format.delimiter)),
                                             QCoreApplication::translate("Importer", "the row has %1 fields, the header %2")
                                                 .arg(record.fields.size())
                                                 .arg(header.size())});
                } else if (!mapper->map(record, batch.values, batch.rejections, batch.missing)) {
                    ++batch.rowsRejected;
                }
                if (batch.rowsRead >= batchRows) {
                    batch.bytesRead = records.bytesRead();
                    if (!queue.push(std::exchange(batch, Batch())))
                        return;
                    batch.values = recycledValues(done, batchRows);
                }
            }
        } catch (const CsvError& error) {
            ++batch.rowsRejected;
            batch.rejections.append({error.line(), error.column(), header.value(error.column() - 1), QString(),
                                     QCoreApplication::translate("Importer", "%1; the rest of the file cannot be read").arg(error.reason())});
        }
        if (!mapper)
            throw Error(QCoreApplication::translate("Importer", "%1: no header row (record %2) in the file")
                            .arg(fileName)
                            .arg(mapping.headerRecord + 1));
        batch.bytesRead = records.bytesRead();
        batch.findings = mapper->findings();
        batch.sha256 = records.sha256();
    } catch (...) {
        batch.failure = std::current_exception();
    }
    queue.push(std::move(batch));
    queue.close();
}

} // namespace

ImportSummary Importer::run(const QString& path, const ImportMapping& mapping, const ImportOptions& options,
                            ImportMonitor* monitor)
{
    return run(ImportSource::file(path), mapping, options, monitor);
}

ImportSummary Importer::run(const ImportSource& source, const ImportMapping& mapping, const ImportOptions& options,
                            ImportMonitor* monitor)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    summary.fileName = source.name();
    summary.dryRun = options.dryRun;
    const std::unique_ptr<QIODevice> file = source.open();

    // A dry run reads one state of the project and writes nothing: no write lock, so it can run beside another
    // program's import and on a connection opened for reading.
    // The writer only uses ids it has just read or created in this transaction, so SQLite need not look up
    // three parent rows for every value; the checks come back on when the import ends.
    std::optional<ForeignKeysOff> foreignKeysOff;
    if (!options.dryRun)
        foreignKeysOff.emplace(m_db);
    Transaction transaction(m_db, options.dryRun ? Transaction::Kind::Read : Transaction::Kind::Write);
    std::int64_t batchId = 0;
    std::unique_ptr<ValueSink> sink;
    if (options.dryRun) {
        sink = std::make_unique<ValueChecker>(m_db, options.policy);
    } else {
        batchId = ImportBatches(m_db).begin(ImportBatches::Kind::Import, summary.fileName, options.profileName);
        addAliases(m_db, batchId, options);
        sink = std::make_unique<ValueWriter>(m_db, batchId, options.policy);
    }
    CatalogSnapshot catalog(m_db);
    catalog.addAliases(options.providerAliases, options.metricAliases);
    std::optional<ValueAggregator> aggregator;
    if (mapping.aggregateDates)
        aggregator.emplace(mapping.aggregation);

    QHash<QString, int> groupIndex;
    const auto reject = [&](const Rejection& r) {
        if (summary.rejections.size() < keptRejections)
            summary.rejections.append(r);
        else
            summary.rejectionsTruncated = true;
        const QString key = QString::number(r.column) + QChar(0x1F) + r.reason;
        if (const auto group = groupIndex.constFind(key); group != groupIndex.constEnd()) {
            RejectionGroup& g = summary.rejectionGroups[*group];
            ++g.count;
            if (r.line != g.lastLine)
                ++g.rows;
            g.lastLine = r.line;
        } else if (summary.rejectionGroups.size() < ImportSummary::maxRejectionGroups) {
            groupIndex.insert(key, static_cast<int>(summary.rejectionGroups.size()));
            summary.rejectionGroups.append({r.column, r.columnName, r.reason, 1, 1, r.line, r.line, r.text});
        }
        if (options.onRejection)
            options.onRejection(r);
    };
    QVector<ValueSink::Written> written;
    const auto report = [&](MappedValue& v, const ValueSink::Written& w) {
        if (w.result == ValueSink::Result::NoCurrentForRevision) {
            ++summary.rowsRejected;
            reject({v.line, 0, QString(), v.input.originalText,
                    tr("a revision without a current value for its period above it")});
            return;
        }
        if (w.result == ValueSink::Result::Revision)
            ++summary.valuesImported;
        else
            count(summary, w.outcome);
        if (v.shown) {
            v.shown->outcome = w.result == ValueSink::Result::Revision ? QStringLiteral("revision") : outcomeName(w.outcome);
            if (options.onValue)
                options.onValue(*v.shown);
        }
    };
    const auto write = [&](QVector<MappedValue>& values) {
        sink->write(values, written);
        for (qsizetype i = 0; i < values.size(); ++i)
            report(values[i], written[i]);
    };

    // Parsing on one thread, mapping on another, writing on this one (SQLite connections stay on their thread).
    BoundedQueue<Batch> queue(batchesInFlight);
    BoundedQueue<Batch> done(batchesReturning);
    std::unique_ptr<RowMapper> mapper;
    std::thread reading(mapRecords, std::ref(*file), std::cref(source), std::cref(mapping), std::cref(catalog), summary.fileName,
                        static_cast<bool>(options.onValue), options.maxRows,
                        options.recognizeFile && options.maxRows < 0, std::ref(mapper), batchRowsFor(m_db),
                        std::ref(queue), std::ref(done));
    std::exception_ptr failure;
    qint64 bytesRead = 0;
    try {
        while (std::optional<Batch> batch = queue.pop()) {
            if (batch->failure)
                failure = batch->failure;
            summary.rowsRead += batch->rowsRead;
            summary.rowsRejected += batch->rowsRejected;
            summary.missing += batch->missing;
            if (!batch->sha256.isEmpty())
                summary.sha256 = batch->sha256;
            bytesRead = batch->bytesRead;
            if (batch->findings) {
                summary.aliasMatches = batch->findings->aliasMatches;
                summary.notes = findingNotes(*batch->findings);
            }
            for (const Rejection& r : batch->rejections)
                reject(r);
            if (aggregator) {
                for (MappedValue& v : batch->values)
                    aggregator->add(std::move(v));
            } else {
                write(batch->values);
            }
            done.tryPush(std::move(*batch));
            if (monitor) {
                monitor->progress(summary.rowsRead, bytesRead, file->size());
                if (monitor->cancelRequested()) {
                    summary.cancelled = true;
                    break;
                }
            }
        }
    } catch (...) {
        failure = std::current_exception();
    }
    queue.close();
    reading.join();
    if (failure)
        std::rethrow_exception(failure);
    if (aggregator && !summary.cancelled) {
        QVector<MappedValue> combined = aggregator->take();
        write(combined);
        if (aggregator->valuesIn() > 0)
            summary.notes << aggregator->description();
    }

    summary.newProviders = sink->newProviders();
    summary.newMetrics = sink->newMetrics();
    summary.newMarkets = sink->newMarkets();
    if (!summary.sha256.isEmpty()) {
        Statement earlier = m_db.prepare(
            "SELECT file_name, imported_at FROM import_batch WHERE sha256 = ? AND id <> ? ORDER BY id");
        earlier.bindAll(summary.sha256, batchId);
        while (earlier.step())
            summary.earlierImports << QStringLiteral("%1 (%2)").arg(earlier.text(0), earlier.text(1));
    }
    const bool refused = summary.rowsRejected > 0 && !options.acceptValid;
    if (!summary.cancelled && !options.dryRun && !refused) {
        ImportBatches(m_db).finish(batchId, summary.sha256, summary.rowsRead, summary.valuesImported,
                                   summary.skipped + summary.unchanged + summary.missing, summary.rowsRejected,
                                   summary.conflicts, summary.overwritten, summary.revised);
        if (options.saveProfile)
            ImportProfiles(m_db).save(options.saveProfile->name, mapping, options.saveProfile->header);
        transaction.commit();
        summary.committed = true;
        summary.batchId = batchId;
    }
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace mixshift
