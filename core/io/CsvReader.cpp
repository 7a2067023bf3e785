#include "CsvReader.h"

#include <QIODevice>

namespace mixshift {

namespace {
constexpr qint64 chunkSize = 1 << 18;
}

CsvReader::CsvReader(QIODevice& device, const CsvFormat& format)
    : m_device(device),
      m_decoder(format.encoding.constData(), QStringDecoder::Flag::Stateless),
      m_delimiter(format.delimiter),
      m_quote(format.quote)
{
    if (!m_decoder.isValid())
        throw Error(QStringLiteral("unknown text encoding '%1'").arg(QString::fromLatin1(format.encoding)));
}

// Drops what has been parsed and appends the next decoded chunk; false once the device is exhausted.
bool CsvReader::readMore()
{
    m_buffer.remove(0, m_position);
    m_position = 0;
    const QByteArray bytes = m_device.read(chunkSize);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_bytesRead += bytes.size();
    if (m_byteObserver)
        m_byteObserver(bytes);
    m_buffer += m_decoder.decode(bytes);
    if (m_atStart && !m_buffer.isEmpty()) {
        if (m_buffer.front() == QChar(0xFEFF))
            m_buffer.remove(0, 1);
        m_atStart = false;
    }
    return true;
}

bool CsvReader::next(CsvRecord& record)
{
    for (;;) {
        switch (parseRecord(record)) {
        case Outcome::Record:
            return true;
        case Outcome::End:
            return false;
        case Outcome::NeedMore:
            readMore();
            break;
        }
    }
}

// Parses one record from m_position. A record cut off by the end of the buffer is abandoned (NeedMore) and
// parsed again from its start once more text is in, so fields are plain slices of the buffer.
CsvReader::Outcome CsvReader::parseRecord(CsvRecord& record)
{
    record.fields.clear();
    record.fieldLines.clear();
    const QChar* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_position;
    qint64 line = m_line;
    if (i >= size)
        return m_atEnd ? Outcome::End : Outcome::NeedMore;

    const auto isBreak = [](QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); };
    // Consumes the line break at i (CRLF as one); false when a CR is the last character before more may come.
    const auto skipBreak = [&](qsizetype& at) {
        if (data[at] == QLatin1Char('\r')) {
            if (at + 1 >= size && !m_atEnd)
                return false;
            if (at + 1 < size && data[at + 1] == QLatin1Char('\n'))
                ++at;
        }
        ++at;
        return true;
    };

    for (;;) {
        record.fieldLines.append(line);
        if (i < size && data[i] == m_quote) {
            const qint64 quoteLine = line;
            QString field;
            qsizetype runStart = ++i;
            for (;;) {
                if (i >= size) {
                    if (!m_atEnd)
                        return Outcome::NeedMore;
                    throw CsvError(quoteLine, int(record.fields.size()) + 1,
                                   QStringLiteral("quoted field is never closed (it opens on line %1)").arg(quoteLine));
                }
                if (data[i] == m_quote) {
                    if (i + 1 >= size && !m_atEnd)
                        return Outcome::NeedMore;
                    field.append(data + runStart, i - runStart);
                    if (i + 1 < size && data[i + 1] == m_quote) {
                        field.append(m_quote);
                        i += 2;
                        runStart = i;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (data[i] == QLatin1Char('\n') || (data[i] == QLatin1Char('\r') && !(i + 1 < size && data[i + 1] == QLatin1Char('\n'))))
                    ++line;
                ++i;
            }
            record.fields.append(field);
            if (i < size && data[i] != m_delimiter && !isBreak(data[i]))
                throw CsvError(line, int(record.fields.size()),
                               QStringLiteral("text after the closing quote of a quoted field"));
        } else {
            const qsizetype start = i;
            while (i < size && data[i] != m_delimiter && !isBreak(data[i]))
                ++i;
            if (i >= size && !m_atEnd)
                return Outcome::NeedMore;
            record.fields.append(QString(data + start, i - start));
        }

        if (i >= size) {
            if (!m_atEnd)
                return Outcome::NeedMore;
            break;
        }
        if (data[i] == m_delimiter) {
            ++i;
            continue;
        }
        if (!skipBreak(i))
            return Outcome::NeedMore;
        ++line;
        break;
    }
    m_position = i;
    record.line = m_line;
    m_line = line;
    return Outcome::Record;
}

} // namespace mixshift
