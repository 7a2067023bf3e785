#pragma once

#include <QStringDecoder>
#include <QStringList>
#include <QVector>

#include "Error.h"

class QIODevice;

namespace mixshift {

/// One record of a CSV file with the file line each field starts on (fields may span lines inside quotes).
struct CsvRecord
{
    QStringList fields;
    QVector<qint64> fieldLines;
    qint64 line = 0;
};

/// Malformed CSV (an unterminated quote, text after a closing quote), with the line it was found on.
class CsvError : public Error
{
public:
    CsvError(qint64 line, int column, const QString& reason)
        : Error(QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(reason)), m_line(line),
          m_column(column), m_reason(reason)
    {
    }
    qint64 line() const { return m_line; }
    int column() const { return m_column; }
    const QString& reason() const { return m_reason; }

private:
    qint64 m_line;
    int m_column;
    QString m_reason;
};

/// Streams RFC 4180 records from a UTF-8 device: quoted fields, doubled quotes, delimiters and line breaks
/// inside quotes, CRLF/LF/CR endings, a missing final newline. Memory stays bounded by the longest record.
class CsvReader
{
public:
    explicit CsvReader(QIODevice& device, QChar delimiter = QLatin1Char(','), QChar quote = QLatin1Char('"'));

    /// Fills `record` with the next record; false at the end of the input. Throws CsvError.
    bool next(CsvRecord& record);

private:
    bool fillBuffer();
    QChar peek();

    QIODevice& m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    QChar m_delimiter;
    QChar m_quote;
    QString m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
};

} // namespace mixshift
