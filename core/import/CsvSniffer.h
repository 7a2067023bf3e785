#pragma once

#include "ValueParser.h"
#include "io/EncodingDetector.h"
#include "io/CsvReader.h"
#include "io/EncodingDetector.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mixshift {

/// What a file looks like, guessed from its first bytes: each guess with the reason for it, so the wizard
/// and the command line can show them and the user can override any.
struct SniffResult
{
    CsvFormat format;
    QString encodingBasis;
    /// The encodings weighed, the guessed one first, then best first (for the user to pick another); filled by
    /// sniff() and sniffBytes(), empty after resample().
    QVector<EncodingCandidate> encodingCandidates;
    /// 0-based index of the header among the file's records; the records above it are title rows.
    int headerRecord = 0;
    NumberFormat numbers;
    /// The header's cells and the first data records, decoded with the guessed format.
    QStringList header;
    QVector<CsvRecord> sampleRecords;
};

/// Guesses encoding, delimiter, quote character, header row and number format from a file's first 64 KiB.
namespace CsvSniffer {

SniffResult sniff(const QString& path);
/// The same from bytes already read (`wholeFile`: the bytes are the whole file). `known`: the format, when the
/// text's maker knows it (only the header and numbers are guessed then); `titleRecords`: leading records known to
/// be titles (the header is not among them).
SniffResult sniffBytes(const QByteArray& sample, bool wholeFile, const std::optional<CsvFormat>& known = {},
                       int titleRecords = 0);

/// Re-reads the sample with settings the user chose (encoding, delimiter, quote), keeping the other guesses.
SniffResult resample(const QByteArray& sample, const CsvFormat& format, int headerRecord, const NumberFormat& numbers);

} // namespace CsvSniffer

} // namespace mixshift
