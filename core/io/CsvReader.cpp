#include "CsvReader.h"

#include <QIODevice>

namespace mixshift {

namespace {
constexpr qint64 chunkSize = 1 << 16;
}

CsvReader::CsvReader(QIODevice& device, QChar delimiter, QChar quote)
    : m_device(device), m_delimiter(delimiter), m_quote(quote)
{
}

bool CsvReader::fillBuffer()
{
    m_buffer.remove(0, m_position);
    m_position = 0;
    while (m_buffer.isEmpty()) {
        const QByteArray bytes = m_device.read(chunkSize);
        if (bytes.isEmpty())
            return false;
        m_buffer += m_decoder.decode(bytes);
    }
    if (m_atStart) {
        if (m_buffer.startsWith(QChar(0xFEFF)))
            m_buffer.remove(0, 1);
        m_atStart = false;
        return fillBuffer();
    }
    return true;
}

QChar CsvReader::peek()
{
    if (m_position >= m_buffer.size() && !fillBuffer())
        return QChar();
    return m_buffer.at(m_position);
}

bool CsvReader::next(CsvRecord& record)
{
    record.fields.clear();
    record.fieldLines.clear();
    if (peek().isNull())
        return false;
    record.line = m_line;

    QString field;
    bool quoted = false;
    bool afterQuote = false;
    qint64 quoteLine = 0;
    record.fieldLines.append(m_line);
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        quoted = false;
        afterQuote = false;
    };

    for (QChar c = peek(); !c.isNull(); c = peek()) {
        ++m_position;
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        const bool crlf = c == QLatin1Char('\r') && peek() == QLatin1Char('\n');
        if (crlf)
            ++m_position;
        if (quoted && !afterQuote) {
            if (c == m_quote) {
                if (peek() == m_quote) {
                    ++m_position;
                    field += m_quote;
                } else {
                    afterQuote = true;
                }
            } else {
                field += c;
                if (crlf)
                    field += QLatin1Char('\n');
                if (lineBreak)
                    ++m_line;
            }
            continue;
        }
        if (c == m_delimiter) {
            endField();
            record.fieldLines.append(m_line);
            continue;
        }
        if (lineBreak) {
            ++m_line;
            endField();
            return true;
        }
        if (afterQuote)
            throw CsvError(m_line, int(record.fields.size()) + 1,
                           QStringLiteral("text after the closing quote of a quoted field"));
        if (c == m_quote && field.isEmpty()) {
            quoted = true;
            quoteLine = m_line;
            continue;
        }
        field += c;
    }
    if (quoted && !afterQuote)
        throw CsvError(quoteLine, int(record.fields.size()) + 1,
                       QStringLiteral("quoted field is never closed (it opens on line %1)").arg(quoteLine));
    endField();
    return true;
}

} // namespace mixshift
