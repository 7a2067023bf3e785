#include "CsvSniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace mixshift::CsvSniffer {

namespace {

constexpr qint64 sampleSize = 64 * 1024;
constexpr int sampleRecordLimit = 200;

// Records of a sample; a sample cut mid-record, or malformed at its end, yields what it could read.
QVector<CsvRecord> readRecords(const QByteArray& sample, const CsvFormat& format)
{
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    QVector<CsvRecord> records;
    try {
        CsvReader reader(buffer, format);
        CsvRecord record;
        while (records.size() < sampleRecordLimit && reader.next(record))
            records.append(record);
    } catch (const CsvError&) {
    }
    return records;
}

int nonEmptyCount(const CsvRecord& record)
{
    return static_cast<int>(std::count_if(record.fields.cbegin(), record.fields.cend(),
                                          [](const QString& f) { return !f.trimmed().isEmpty(); }));
}

// The field count most records share, and how many do.
std::pair<int, int> modalWidth(const QVector<CsvRecord>& records)
{
    QMap<int, int> counts;
    for (const CsvRecord& r : records)
        if (!r.isBlank())
            ++counts[static_cast<int>(r.fields.size())];
    int width = 1;
    int count = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > count || (it.value() == count && it.key() > width)) {
            width = it.key();
            count = it.value();
        }
    }
    return {width, count};
}

// The delimiter that splits most records into the same number (more than one) of fields.
QChar guessDelimiter(const QByteArray& sample, const CsvFormat& base)
{
    QChar best = QLatin1Char(',');
    double bestScore = 0;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        CsvFormat format = base;
        format.delimiter = candidate;
        const QVector<CsvRecord> records = readRecords(sample, format);
        const auto [width, count] = modalWidth(records);
        if (width < 2 || records.isEmpty())
            continue;
        const double score = count * (1.0 + 0.01 * width);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

// The filled cells of the first record after `index` that has any; 0 when none does.
int nextFilled(const QVector<CsvRecord>& records, int index)
{
    for (int i = index + 1; i < records.size(); ++i) {
        if (const int filled = nonEmptyCount(records[i]); filled > 0)
            return filled;
    }
    return 0;
}

bool fullerBelow(const QVector<CsvRecord>& records, int index, int filled)
{
    return std::any_of(records.cbegin() + index + 1, records.cend(),
                       [filled](const CsvRecord& r) { return nonEmptyCount(r) > filled; });
}

// A caption above a table: "Table 1 …", "Exhibit 3", "Source: …", "表1 …", "单位：万元".
bool isCaption(const QString& cell)
{
    static const QRegularExpression caption(
        QStringLiteral("^\\s*(?:(?:table|tab\\.|figure|fig\\.|exhibit|chart|schedule)\\s*[0-9ivx]+\\b|"
                       "(?:sources?|notes?|units?)\\s*[:：]|[表图圖]\\s*[0-9一二三四五六七八九十]|"
                       "(?:资料来源|資料來源|数据来源|數據來源|来源|來源|单位|單位|注|註)\\s*[:：])"),
        QRegularExpression::CaseInsensitiveOption);
    return caption.match(cell).hasMatch();
}

// The first record is the header unless it is clearly a title: one filled cell, the first, above wider
// records, or a caption or a record at most half filled, from its first cell on, above a fuller record. Records
// further down never compete: a header may be shorter than its data rows (they end in an empty field).
int guessHeader(const QVector<CsvRecord>& records)
{
    const int width = modalWidth(records).first;
    for (int i = 0; i < records.size(); ++i) {
        const CsvRecord& record = records[i];
        const int filled = nonEmptyCount(record);
        if (filled == 0)
            continue;
        // A header's empty first cell is the corner of a wide table (",2022,2023"); titles start in it.
        if (record.fields.front().trimmed().isEmpty())
            return i;
        if (filled == 1 && width >= 2 && fullerBelow(records, i, filled))
            continue;
        if ((isCaption(record.fields.front()) || filled * 2 <= width) && nextFilled(records, i) > filled)
            continue;
        return i;
    }
    return 0;
}

// Decimal comma when numbers like 1.234,56 or 12,5 outnumber 1,234.56 and 12.5.
NumberFormat guessNumbers(const QVector<CsvRecord>& records, int headerRecord)
{
    static const QRegularExpression commaDecimal(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})*,\\d+\\s*%?$|^-?\\d+,\\d{1,2}\\s*%?$"));
    static const QRegularExpression pointDecimal(QStringLiteral("^-?\\d{1,3}(,\\d{3})*\\.\\d+\\s*%?$|^-?\\d{1,3}(,\\d{3})+\\s*%?$"));
    int comma = 0;
    int point = 0;
    for (int i = headerRecord + 1; i < records.size(); ++i) {
        for (const QString& cell : records[i].fields) {
            const QString text = ValueParser::normalizeWidth(cell).trimmed();
            if (commaDecimal.match(text).hasMatch())
                ++comma;
            else if (pointDecimal.match(text).hasMatch())
                ++point;
        }
    }
    if (comma > point)
        return NumberFormat{QLatin1Char(','), QLatin1Char('.')};
    return NumberFormat{};
}

// The guessed header, or the first filled record below known title records when the guess is among them.
int headerBelow(const QVector<CsvRecord>& records, int titleRecords)
{
    const int guessed = guessHeader(records);
    if (guessed >= titleRecords)
        return guessed;
    int header = titleRecords;
    while (header < records.size() && nonEmptyCount(records[header]) == 0)
        ++header;
    return header < records.size() ? header : guessed;
}

SniffResult describe(const QByteArray& sample, const CsvFormat& format, int headerRecord, const NumberFormat& numbers,
                     const QString& basis)
{
    SniffResult result;
    result.format = format;
    result.encodingBasis = basis;
    result.headerRecord = headerRecord;
    result.numbers = numbers;
    result.sampleRecords = readRecords(sample, format);
    if (headerRecord < result.sampleRecords.size())
        result.header = result.sampleRecords[headerRecord].fields;
    return result;
}

} // namespace

SniffResult sniffBytes(const QByteArray& sample, bool wholeFile, const std::optional<CsvFormat>& known,
                       int titleRecords)
{
    if (known) {
        const QVector<CsvRecord> records = readRecords(sample, *known);
        const int header = headerBelow(records, titleRecords);
        return describe(sample, *known, header, guessNumbers(records, header),
                        QCoreApplication::translate("CsvSniffer", "UTF-8 (made from the cells)"));
    }
    const DetectedEncoding encoding = EncodingDetector::detect(sample, wholeFile);
    CsvFormat format;
    format.encoding = encoding.name;
    format.delimiter = guessDelimiter(sample, format);
    const QVector<CsvRecord> records = readRecords(sample, format);
    const int header = headerBelow(records, titleRecords);
    SniffResult result = describe(sample, format, header, guessNumbers(records, header), encoding.basis);
    result.encodingCandidates = encoding.candidates;
    return result;
}

SniffResult resample(const QByteArray& sample, const CsvFormat& format, int headerRecord, const NumberFormat& numbers)
{
    return describe(sample, format, headerRecord, numbers, QCoreApplication::translate("CsvSniffer", "chosen by the user"));
}

SniffResult sniff(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("CsvSniffer", "%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray sample = file.read(sampleSize);
    return sniffBytes(sample, file.atEnd());
}

} // namespace mixshift::CsvSniffer
