// The CSV reader on any bytes, in the encodings and delimiters files come in. The first byte picks the
// format; the reader must end, never hold a field above its cap, and count lines forward.
#include "FuzzTargets.h"

#include "io/CsvReader.h"

#include <QBuffer>

namespace mixshift::fuzz {

int csvReader(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const char* const encodings[] = {"UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "windows-1252"};
    static const char delimiters[] = {',', ';', '\t', '|'};
    CsvFormat format;
    format.encoding = encodings[data[0] % 6];
    format.delimiter = QLatin1Char(delimiters[(data[0] >> 3) % 4]);
    format.quote = (data[0] & 0x80) ? QLatin1Char('\'') : QLatin1Char('"');

    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    buffer.open(QIODevice::ReadOnly);
    try {
        CsvReader reader(buffer, format);
        CsvRecord record;
        qint64 lastLine = 0;
        while (reader.next(record)) {
            check(record.line >= lastLine, "record lines go forward");
            check(!record.fields.isEmpty() && record.fields.size() <= CsvReader::maxFields, "field count in range");
            check(record.fieldLines.size() == record.fields.size(), "a line for every field");
            for (const QString& field : record.fields)
                check(field.size() <= CsvReader::maxFieldChars, "fields within the cap");
            lastLine = record.line;
        }
    } catch (const CsvError&) {
    }
    return 0;
}

} // namespace mixshift::fuzz

MIXSHIFT_FUZZ_TARGET(csvReader)
