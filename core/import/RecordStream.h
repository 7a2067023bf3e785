#pragma once

#include "BoundedQueue.h"
#include "io/CsvReader.h"

#include <QString>
#include <QVector>

#include <exception>
#include <optional>
#include <thread>

class QIODevice;

namespace mixshift {

/// A CSV text's records (a file, or a sheet or pasted table as CSV in memory), read on a thread of their own ahead of the caller: parsing and decoding one file's
/// text on one core while the caller maps the records on another. Records come in the file's order, a batch
/// at a time; a batch the caller is done with goes back to be filled again, so its fields' memory is reused.
/// What reading throws (a CsvError at a malformed quote) is thrown by next() in its place, after the records
/// before it.
class RecordStream
{
public:
    /// `fingerprint`: take the SHA-256 of the file's bytes in the same pass (of the whole file, even when
    /// reading stops at an error).
    RecordStream(QIODevice& file, const CsvFormat& format, bool fingerprint);
    /// Stops reading (when the caller stops early) and waits for the thread.
    ~RecordStream();
    RecordStream(const RecordStream&) = delete;
    RecordStream& operator=(const RecordStream&) = delete;

    /// The next record, valid until the next call; nullptr at the end of the file.
    const CsvRecord* next();
    /// Bytes of the file read up to the end of the current record's batch (for progress).
    qint64 bytesRead() const { return m_bytesRead; }
    /// After next() returned nullptr, when asked for: the file's SHA-256 in hex.
    const QString& sha256() const { return m_sha256; }

private:
    struct Batch
    {
        /// Only the first `count` hold this batch's records; the rest are kept for their memory.
        QVector<CsvRecord> records;
        qsizetype count = 0;
        qint64 bytesRead = 0;
        /// In the last batch: why reading stopped before the end of the file.
        std::exception_ptr failure;
    };

    void read(QIODevice& file, const CsvFormat& format, bool fingerprint);

    BoundedQueue<Batch> m_full;
    BoundedQueue<Batch> m_empty;
    std::optional<Batch> m_current;
    qsizetype m_index = 0;
    qint64 m_bytesRead = 0;
    /// Written by the reading thread before it closes m_full; read by the caller after it.
    QString m_sha256;
    std::thread m_thread;
};

} // namespace mixshift
