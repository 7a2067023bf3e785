#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace mixshift {

/// One encoding considered for a file, with how well the sample reads in it.
struct EncodingCandidate
{
    QByteArray name;
    double score = 0;
    QString evidence;
};

/// The text encoding of a file's first bytes, and how it was decided (shown to the user, who may override it).
struct DetectedEncoding
{
    QByteArray name;
    QString basis;
};

/// Decides a file's encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) first, then UTF-8 when the bytes are
/// valid UTF-8, else uchardet's guess among legacy encodings (GB18030, Big5, Shift_JIS, Windows-1252 …).
namespace EncodingDetector {

/// `sample` is the start of the file; `wholeFile` says whether it is all of it (a cut-off multi-byte
/// character at the end of a partial sample is then not held against UTF-8).
DetectedEncoding detect(const QByteArray& sample, bool wholeFile);

} // namespace EncodingDetector

} // namespace mixshift
