#include "CsvReader.h"

#include <QIODevice>

namespace mixshift {

namespace {

constexpr qint64 chunkSize = 1 << 18;

bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

QString strayQuoteReason(QChar quote)
{
    return QCoreApplication::translate("CsvReader",
                                       "a quote inside an unquoted field; quote the whole field (%1…%1) or choose "
                                       "lenient quotes")
        .arg(quote);
}

} // namespace

// Stateful: the decoder carries an incomplete multi-byte sequence at the end of one chunk into the next.
CsvReader::CsvReader(QIODevice& device, const CsvFormat& format)
    : m_device(device),
      m_decoder(format.encoding.constData()),
      m_encodingName(QString::fromLatin1(format.encoding)),
      m_delimiter(format.delimiter),
      m_quote(format.quote),
      m_strayQuote(format.lenientQuotes || format.quote.isNull() ? format.delimiter : format.quote)
{
    for (const QChar stop : {m_delimiter, m_strayQuote, QChar(u'\n'), QChar(u'\r')}) {
        if (stop.unicode() < m_asciiStops.size())
            m_asciiStops[stop.unicode()] = true;
        else
            m_wideStops = true;
    }
    if (!m_decoder.isValid())
        throw Error(tr("unknown text encoding '%1'").arg(m_encodingName));
}

// Replaces the consumed buffer with the next decoded chunk; false once the device is exhausted.
bool CsvReader::readMore()
{
    m_buffer.clear();
    m_position = 0;
    while (m_buffer.isEmpty()) {
        const QByteArray bytes = m_device.read(chunkSize);
        if (bytes.isEmpty())
            return false;
        m_bytesRead += bytes.size();
        if (m_byteObserver)
            m_byteObserver(bytes);
        m_buffer = m_decoder.decode(bytes);
    }
    m_undecodable = m_undecodable || m_decoder.hasError();
    if (m_atStart) {
        if (m_buffer.front() == QChar(0xFEFF))
            m_position = 1;
        m_atStart = false;
    }
    return true;
}

// The field is written over the text the previous record left in its place, reusing its memory (fields are
// a file's most frequent allocation); when someone kept that text, it stays theirs and the field starts anew.
void CsvReader::startField(CsvRecord& record)
{
    m_fieldTooLong = false;
    // Past maxFields, one more place is written over again and again, and dropped at the end.
    if (m_fields == record.fields.size())
        record.fields.append(QString());
    m_field = &record.fields[m_fields];
    if (m_field->isDetached())
        m_field->resize(0);
    else
        *m_field = QString();
}

void CsvReader::appendToField(CsvRecord& record, const QChar* text, qsizetype length)
{
    if (m_fieldTooLong || length == 0)
        return;
    if (m_field->size() + length > maxFieldChars) {
        m_fieldTooLong = true;
        *m_field = QString();
        if (!record.problem)
            record.problem = CsvCellProblem{int(m_fields) + 1,
                                            tr("the cell is longer than %1 characters, the most a cell "
                                               "may hold")
                                                .arg(maxFieldChars)};
        return;
    }
    m_field->append(text, length);
}

void CsvReader::endField(CsvRecord& record)
{
    if (m_fields >= maxFields) {
        if (!record.problem)
            record.problem = CsvCellProblem{int(m_fields) + 1,
                                            tr("the row has more than %1 fields").arg(maxFields)};
        return;
    }
    if (m_undecodable && !record.problem && m_field->contains(QChar::ReplacementCharacter))
        record.problem = CsvCellProblem{int(m_fields) + 1,
                                        tr("the cell holds bytes that are not valid %1 (shown as "
                                           "�); check the file's encoding")
                                            .arg(m_encodingName)};
    ++m_fields;
}

void CsvReader::endRecord(CsvRecord& record)
{
    record.fields.resize(m_fields);
}

void CsvReader::endLine(QChar lineBreak)
{
    ++m_line;
    m_skipLineFeed = lineBreak == QLatin1Char('\r');
}

bool CsvReader::next(CsvRecord& record)
{
    // The fields' places are kept (see startField); the list of lines is emptied, not freed.
    m_fields = 0;
    record.fieldLines.resize(0);
    record.problem.reset();

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    bool crInQuotes = false;

    for (;;) {
        if (m_position >= m_buffer.size()) {
            if (!readMore())
                break;
            continue;
        }
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_position;
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (data[i] == QLatin1Char('\n')) {
                m_position = i + 1;
                continue;
            }
        }
        if (!started) {
            started = true;
            record.line = m_line;
        }
        while (i < size) {
            switch (state) {
            case State::FieldStart:
                record.fieldLines.append(m_line);
                startField(record);
                if (data[i] == m_quote) {
                    state = State::Quoted;
                    quoteLine = m_line;
                    crInQuotes = false;
                    ++i;
                    break;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                const qsizetype start = i;
                for (;;) {
                    while (i < size && !endsUnquotedRun(data[i]))
                        ++i;
                    if (i == size || data[i] != m_strayQuote || m_strayQuote == m_delimiter)
                        break;
                    // Kept as written; the row is refused unless the format takes such quotes as text.
                    if (!record.problem)
                        record.problem = CsvCellProblem{int(m_fields) + 1, strayQuoteReason(m_quote)};
                    ++i;
                }
                appendToField(record, data + start, i - start);
                if (i == size)
                    break;
                endField(record);
                if (data[i] == m_delimiter) {
                    ++i;
                    state = State::FieldStart;
                    break;
                }
                endLine(data[i]);
                m_position = i + 1;
                endRecord(record);
                return true;
            }
            case State::Quoted: {
                const qsizetype start = i;
                for (; i < size && data[i] != m_quote; ++i) {
                    // A line break inside quotes is part of the field; CRLF counts as one line.
                    if (data[i] == QLatin1Char('\r') || (data[i] == QLatin1Char('\n') && !crInQuotes))
                        ++m_line;
                    crInQuotes = data[i] == QLatin1Char('\r');
                }
                appendToField(record, data + start, i - start);
                if (i == size)
                    break;
                ++i;
                crInQuotes = false;
                state = State::QuoteInQuoted;
                break;
            }
            case State::QuoteInQuoted:
                if (data[i] == m_quote) {
                    appendToField(record, data + i, 1);
                    ++i;
                    state = State::Quoted;
                    break;
                }
                if (data[i] == m_delimiter) {
                    endField(record);
                    ++i;
                    state = State::FieldStart;
                    break;
                }
                if (isBreak(data[i])) {
                    endField(record);
                    endLine(data[i]);
                    m_position = i + 1;
                    endRecord(record);
                    return true;
                }
                m_position = i;
                throw CsvError(m_line, int(m_fields) + 1,
                               tr("text after the closing quote of a quoted field"));
            }
        }
        m_position = i;
    }

    // The end of the input: a last record without a final line break, or nothing more.
    if (!started)
        return false;
    switch (state) {
    case State::Quoted:
        throw CsvError(quoteLine, int(m_fields) + 1,
                       tr("quoted field is never closed (it opens on line %1)").arg(quoteLine));
    case State::FieldStart:
        record.fieldLines.append(m_line);
        startField(record);
        break;
    case State::Unquoted:
    case State::QuoteInQuoted:
        break;
    }
    endField(record);
    endRecord(record);
    return true;
}

} // namespace mixshift
