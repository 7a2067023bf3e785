#pragma once

#include "Error.h"

#include <QByteArray>
#include <QStringDecoder>
#include <QStringList>
#include <QVector>

#include <functional>

class QIODevice;

namespace mixshift {

/// How a CSV file is written: its text encoding (a name QStringDecoder knows, e.g. UTF-8, GB18030, Big5,
/// UTF-16LE, windows-1252), field delimiter and quote character.
struct CsvFormat
{
    QByteArray encoding = QByteArrayLiteral("UTF-8");
    QChar delimiter = QLatin1Char(',');
    QChar quote = QLatin1Char('"');
};

/// One record of a CSV file with the file line each field starts on (fields may span lines inside quotes).
struct CsvRecord
{
    QStringList fields;
    QVector<qint64> fieldLines;
    qint64 line = 0;

    /// True for a record with one empty field: an empty line.
    bool isBlank() const { return fields.size() == 1 && fields.front().isEmpty(); }
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

/// Streams RFC 4180 records from a device in any encoding: quoted fields, doubled quotes, delimiters and line
/// breaks inside quotes, CRLF/LF/CR endings, a missing final newline, a byte-order mark. Memory stays bounded
/// by the longest record; rows of differing length are returned as they are, for the caller to judge.
class CsvReader
{
public:
    explicit CsvReader(QIODevice& device, const CsvFormat& format = {});

    /// Fills `record` with the next record; false at the end of the input. Throws CsvError.
    bool next(CsvRecord& record);

    /// Bytes taken from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

    /// Called with every chunk of raw bytes as it is read, e.g. to fingerprint the file in the same pass.
    void setByteObserver(std::function<void(const QByteArray&)> observer) { m_byteObserver = std::move(observer); }

private:
    enum class Outcome { Record, NeedMore, End };
    Outcome parseRecord(CsvRecord& record);
    bool readMore();

    QIODevice& m_device;
    QStringDecoder m_decoder;
    QChar m_delimiter;
    QChar m_quote;
    QString m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_atEnd = false;
    std::function<void(const QByteArray&)> m_byteObserver;
};

} // namespace mixshift
