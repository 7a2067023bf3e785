#include "RecordStream.h"

#include "io/Sha256.h"

#include <QIODevice>

#include <utility>

namespace mixshift {

namespace {

constexpr qsizetype batchRecords = 2048;
constexpr std::size_t batchesAhead = 4;

} // namespace

RecordStream::RecordStream(QIODevice& file, const CsvFormat& format, bool fingerprint)
    : m_full(batchesAhead), m_empty(batchesAhead + 2)
{
    m_thread = std::thread([this, &file, format, fingerprint] { read(file, format, fingerprint); });
}

RecordStream::~RecordStream()
{
    m_full.close();
    m_empty.close();
    m_thread.join();
}

void RecordStream::read(QIODevice& file, const CsvFormat& format, bool fingerprint)
{
    Sha256 hash;
    Batch batch;
    try {
        CsvReader reader(file, format);
        if (fingerprint)
            reader.setByteObserver([&hash](const QByteArray& bytes) { hash.add(bytes); });
        for (;;) {
            if (batch.count == batch.records.size())
                batch.records.resize(batch.count + 1);
            if (!reader.next(batch.records[batch.count]))
                break;
            if (++batch.count == batchRecords) {
                batch.bytesRead = reader.bytesRead();
                Batch next = m_empty.tryPop().value_or(Batch());
                next.count = 0;
                if (!m_full.push(std::exchange(batch, std::move(next))))
                    return; // the caller stopped
            }
        }
        batch.bytesRead = reader.bytesRead();
    } catch (...) {
        batch.failure = std::current_exception();
    }
    if (fingerprint) {
        // Reading may have stopped early (a malformed quote): the fingerprint is of the whole file.
        hash.addRest(file);
        m_sha256 = hash.hex();
    }
    m_full.push(std::move(batch));
    m_full.close();
}

const CsvRecord* RecordStream::next()
{
    while (!m_current || m_index == m_current->count) {
        if (m_current) {
            if (m_current->failure)
                std::rethrow_exception(m_current->failure);
            m_empty.tryPush(std::move(*m_current));
        }
        m_current = m_full.pop();
        m_index = 0;
        if (!m_current)
            return nullptr;
        m_bytesRead = m_current->bytesRead;
    }
    return &m_current->records[m_index++];
}

} // namespace mixshift
