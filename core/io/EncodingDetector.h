#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace mixshift {

/// One encoding weighed for a sample: how much the decoded text looks like text written in it (about 1 at
/// best, negative for undecodable bytes or mojibake) and what was seen, for the user choosing another.
struct EncodingCandidate
{
    QByteArray name;
    double score = 0;
    /// e.g. "decodes cleanly; 412 CJK ideographs (388 common)" or "3 undecodable bytes; 0 accented letters, 206
    /// unlikely Latin sequences".
    QString evidence;
};

/// The text encoding of a file's first bytes, and how it was decided (shown to the user, who may override it).
struct DetectedEncoding
{
    QByteArray name;
    /// The choice and its evidence in one short phrase, e.g. "decodes cleanly; 412 CJK ideographs (388 common);
    /// uchardet said windows-1252".
    QString basis;
    /// The encodings weighed, the chosen one first, then best first.
    QVector<EncodingCandidate> candidates;
};

/// Decides a file's encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) first, then UTF-16 without one when the
/// high bytes of the ASCII characters are zero, then UTF-8 when the bytes are valid UTF-8. Otherwise every
/// candidate (GB18030, Big5, Shift_JIS, EUC-KR, windows-1252, windows-1251, windows-1250) decodes the whole
/// sample and is scored on what it gives: undecodable bytes, CJK ideographs (frequent ones count more, which
/// tells GBK from Big5), kana and hangul for Japanese and Korean, accented letters against runs of accented
/// letters and symbols that mean misread multi-byte text. uchardet's guess breaks near-ties.
namespace EncodingDetector {

/// `sample` is the start of the file; `wholeFile` says whether it is all of it (a cut-off multi-byte
/// character at the end of a partial sample is then not held against UTF-8).
DetectedEncoding detect(const QByteArray& sample, bool wholeFile);

} // namespace EncodingDetector

} // namespace mixshift
