#include "Importer.h"

#include "RowMapper.h"
#include "io/CsvReader.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <future>
#include <map>
#include <tuple>

namespace mixshift {

namespace {

constexpr qint64 progressEvery = 4096;

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

} // namespace

Importer::Importer(Database& db)
    : m_db(db)
{
}

QString Importer::fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

ImportSummary Importer::run(const QString& path, const ImportMapping& mapping, const ImportOptions& options,
                            ImportMonitor* monitor)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    summary.fileName = QFileInfo(path).fileName();
    summary.dryRun = options.dryRun;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));

    // The file's fingerprint is computed on the other core while this one imports.
    std::future<QString> sha256;
    if (options.recognizeFile)
        sha256 = std::async(std::launch::async, &Importer::fileSha256, path);

    Transaction transaction(m_db);
    m_db.prepare("INSERT INTO import_batch (file_name, sha256, imported_at, profile) VALUES (?, ?, ?, ?)")
        .bindAll(summary.fileName, summary.sha256,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate), options.profileName)
        .run();
    const std::int64_t batchId = m_db.lastInsertId();

    ObservationStore store(m_db);
    using SeriesIdentity = std::tuple<std::int64_t, std::int64_t, std::int64_t, QString, QString>;
    std::map<SeriesIdentity, std::int64_t> seriesIds;
    const auto seriesId = [&](const SeriesKey& key) {
        const SeriesIdentity identity{key.providerId, key.metricId, key.marketId.value_or(0), key.category, key.currency};
        auto found = seriesIds.find(identity);
        if (found == seriesIds.end())
            found = seriesIds.emplace(identity, store.seriesId(key)).first;
        return found->second;
    };
    const auto reject = [&](const Rejection& r) {
        if (summary.rejections.size() < keptRejections)
            summary.rejections.append(r);
        else
            summary.rejectionsTruncated = true;
        if (options.onRejection)
            options.onRejection(r);
    };

    CsvReader reader(file, mapping.format);
    CsvRecord record;
    QStringList header;
    std::unique_ptr<RowMapper> mapper;
    QVector<MappedValue> values;
    QVector<Rejection> rejections;
    int recordIndex = -1;
    try {
        while (reader.next(record)) {
            ++recordIndex;
            if (recordIndex < mapping.headerRecord)
                continue;
            if (recordIndex == mapping.headerRecord) {
                header = record.fields;
                mapper = std::make_unique<RowMapper>(m_db, mapping, header, summary.fileName, batchId,
                                                     static_cast<bool>(options.onValue));
                continue;
            }
            if (record.isBlank())
                continue;
            if (options.maxRows >= 0 && summary.rowsRead >= options.maxRows)
                break;
            ++summary.rowsRead;
            if (monitor && summary.rowsRead % progressEvery == 0) {
                monitor->progress(summary.rowsRead, reader.bytesRead(), file.size());
                if (monitor->cancelRequested()) {
                    summary.cancelled = true;
                    break;
                }
            }
            if (record.fields.size() != header.size()) {
                ++summary.rowsRejected;
                reject({record.line, 0, QString(), record.fields.join(mapping.format.delimiter),
                        QStringLiteral("the row has %1 fields, the header %2").arg(record.fields.size()).arg(header.size())});
                continue;
            }
            values.clear();
            rejections.clear();
            if (!mapper->map(record, values, rejections, summary.missing)) {
                ++summary.rowsRejected;
                for (const Rejection& r : rejections)
                    reject(r);
            }
            for (MappedValue& v : values) {
                const std::int64_t series = seriesId(v.series);
                if (v.revision) {
                    if (!store.addRevision(series, v.input)) {
                        ++summary.rowsRejected;
                        reject({v.shown.line, 0, QString(), v.shown.originalText,
                                QStringLiteral("a revision without a current value for its period above it")});
                        continue;
                    }
                    v.shown.outcome = QStringLiteral("revision");
                    ++summary.valuesImported;
                } else {
                    const PutOutcome outcome = store.put(series, v.input, options.policy);
                    v.shown.outcome = outcomeName(outcome);
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
                if (options.onValue)
                    options.onValue(v.shown);
            }
        }
    } catch (const CsvError& error) {
        ++summary.rowsRejected;
        reject({error.line(), error.column(), header.value(error.column() - 1), QString(),
                error.reason() + QStringLiteral("; the rest of the file cannot be read")});
    }
    if (mapper) {
        summary.newProviders = mapper->newProviders();
        summary.newMetrics = mapper->newMetrics();
        summary.newMarkets = mapper->newMarkets();
    } else if (!summary.cancelled) {
        throw Error(QStringLiteral("%1: no header row (record %2) in the file").arg(path).arg(mapping.headerRecord + 1));
    }

    if (sha256.valid()) {
        summary.sha256 = sha256.get();
        Statement earlier = m_db.prepare(
            "SELECT file_name, imported_at FROM import_batch WHERE sha256 = ? AND id <> ? ORDER BY id");
        earlier.bindAll(summary.sha256, batchId);
        while (earlier.step())
            summary.earlierImports << QStringLiteral("%1 (%2)").arg(earlier.text(0), earlier.text(1));
    }
    const bool refused = summary.rowsRejected > 0 && !options.acceptValid;
    if (!summary.cancelled && !options.dryRun && !refused) {
        m_db.prepare("UPDATE import_batch SET sha256 = ?, rows_read = ?, rows_imported = ?, rows_skipped = ?, "
                     "rows_rejected = ?, conflicts = ? WHERE id = ?")
            .bindAll(summary.sha256, summary.rowsRead, summary.valuesImported,
                     summary.skipped + summary.unchanged + summary.missing, summary.rowsRejected, summary.conflicts,
                     batchId)
            .run();
        transaction.commit();
        summary.committed = true;
    }
    if (monitor)
        monitor->progress(summary.rowsRead, reader.bytesRead(), file.size());
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

} // namespace mixshift
