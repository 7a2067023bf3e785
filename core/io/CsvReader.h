#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>
#include <QVector>

#include <array>
#include <functional>
#include <optional>

class QIODevice;

namespace mixshift {

/// How a CSV file is written: its text encoding (a name QStringDecoder knows, e.g. UTF-8, GB18030, Big5,
/// UTF-16LE, windows-1252), field delimiter and quote character.
struct CsvFormat
{
    QByteArray encoding = QByteArrayLiteral("UTF-8");
    QChar delimiter = QLatin1Char(',');
    QChar quote = QLatin1Char('"');
    /// Take a quote character inside an unquoted field (`abc"def`) as text. Off, such a field is a
    /// CsvCellProblem: it usually means a field that should have been quoted whole.
    bool lenientQuotes = false;
};

/// A cell the reader could not take as it is: one longer than CsvReader::maxFieldChars (kept empty), one
/// holding bytes that are not valid in the file's encoding (decoded as U+FFFD), or an unquoted one holding a
/// quote character (kept as written) unless CsvFormat::lenientQuotes. The record is still returned, so the
/// caller can refuse just that row.
struct CsvCellProblem
{
    /// 1-based.
    int column = 0;
    QString reason;
};

/// One record of a CSV file with the file line each field starts on (fields may span lines inside quotes).
struct CsvRecord
{
    QStringList fields;
    QVector<qint64> fieldLines;
    qint64 line = 0;
    /// The first cell of the record that could not be read as it is; nullopt for most records.
    std::optional<CsvCellProblem> problem;

    /// True for a record with one empty field: an empty line.
    bool isBlank() const { return fields.size() == 1 && fields.front().isEmpty(); }
};

/// Malformed CSV (an unterminated quote, text after a closing quote), with the line it was found on.
class CsvError : public Error
{
public:
    CsvError(qint64 line, int column, const QString& reason)
        : Error(QCoreApplication::translate("CsvReader", "line %1, column %2: %3").arg(line).arg(column).arg(reason)),
          m_line(line),
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
/// breaks inside quotes, CRLF/LF/CR endings, a missing final newline, a byte-order mark. Decoding is stateful,
/// so a character whose bytes straddle two chunks reads whole. Parsing is incremental (each character is looked
/// at once, whatever the length of a field), and memory stays bounded: a field holds at most maxFieldChars and
/// a record at most maxFields fields (CsvRecord::problem says so). Rows of differing length are returned as
/// they are, for the caller to judge.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// 1 MiB characters: far beyond any cell of a statement or a market table.
    static constexpr qsizetype maxFieldChars = 1 << 20;
    /// Excel's 16,384 columns, four times over.
    static constexpr qsizetype maxFields = 1 << 16;

    explicit CsvReader(QIODevice& device, const CsvFormat& format = {});

    /// Fills `record` with the next record; false at the end of the input. Throws CsvError.
    bool next(CsvRecord& record);

    /// Bytes taken from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

    /// Called with every chunk of raw bytes as it is read, e.g. to fingerprint the file in the same pass.
    void setByteObserver(std::function<void(const QByteArray&)> observer) { m_byteObserver = std::move(observer); }

private:
    bool readMore();
    /// A delimiter, a line break or m_strayQuote: the end of a run of an unquoted field's text. Looked up in a
    /// table, as this test runs for nearly every character of a file.
    bool endsUnquotedRun(QChar c) const
    {
        const char16_t u = c.unicode();
        if (u < m_asciiStops.size())
            return m_asciiStops[u];
        return m_wideStops && (c == m_delimiter || c == m_strayQuote);
    }
    void startField(CsvRecord& record);
    void appendToField(CsvRecord& record, const QChar* text, qsizetype length);
    void endField(CsvRecord& record);
    /// Drops the places of fields this record did not reach.
    void endRecord(CsvRecord& record);
    void endLine(QChar lineBreak);

    QIODevice& m_device;
    QStringDecoder m_decoder;
    QString m_encodingName;
    QChar m_delimiter;
    QChar m_quote;
    /// What ends the scan of an unquoted field besides a delimiter or a line break: the quote character, or the
    /// delimiter again when quotes there are text (lenient, or no quote character), so the scan costs the same.
    QChar m_strayQuote;
    std::array<bool, 128> m_asciiStops{};
    /// The delimiter or the quote is not ASCII.
    bool m_wideStops = false;
    /// The decoded chunk being parsed; what precedes m_position is consumed.
    QString m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    /// The last record ended with a CR: a LF right after it belongs to the same line break.
    bool m_skipLineFeed = false;
    /// Some bytes so far were not valid in the encoding: fields holding U+FFFD are suspect from now on.
    bool m_undecodable = false;
    /// The field being read is over maxFieldChars: the rest of it is skipped.
    bool m_fieldTooLong = false;
    /// Fields of the record being read that have ended.
    qsizetype m_fields = 0;
    /// The field being read: a place in the record's list of fields.
    QString* m_field = nullptr;
    std::function<void(const QByteArray&)> m_byteObserver;
};

} // namespace mixshift
