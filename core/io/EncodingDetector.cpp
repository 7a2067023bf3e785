#include "EncodingDetector.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace mixshift::EncodingDetector {

namespace {

// Length of a valid UTF-8 prefix, leaving out at most one sequence cut off by the end of the sample.
bool isUtf8(const QByteArray& bytes, bool wholeFile)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int continuation = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            continuation = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            continuation = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            continuation = 3;
        else
            return false;
        if (i + continuation >= size)
            return !wholeFile;
        for (int k = 1; k <= continuation; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += continuation + 1;
    }
    return true;
}

// uchardet names some encodings differently from ICU, or by a narrower sibling; map them to what decodes best.
QByteArray decoderName(const QByteArray& detected)
{
    const QByteArray upper = detected.toUpper();
    if (upper == "GB2312" || upper == "GBK" || upper == "HZ-GB-2312" || upper == "GB18030")
        return QByteArrayLiteral("GB18030");
    if (upper == "BIG5" || upper == "BIG5-HKSCS" || upper == "EUC-TW")
        return QByteArrayLiteral("Big5");
    if (upper == "ASCII" || upper == "ISO-8859-1")
        return QByteArrayLiteral("windows-1252");
    return detected;
}

} // namespace

DetectedEncoding detect(const QByteArray& sample, bool wholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {QByteArrayLiteral("UTF-8"), QStringLiteral("UTF-8 byte-order mark")};
    if (sample.startsWith("\xFF\xFE"))
        return {QByteArrayLiteral("UTF-16LE"), QStringLiteral("UTF-16 little-endian byte-order mark")};
    if (sample.startsWith("\xFE\xFF"))
        return {QByteArrayLiteral("UTF-16BE"), QStringLiteral("UTF-16 big-endian byte-order mark")};
    if (isUtf8(sample, wholeFile))
        return {QByteArrayLiteral("UTF-8"), QStringLiteral("the bytes are valid UTF-8")};

    const std::unique_ptr<uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    uchardet_handle_data(detector.get(), sample.constData(), static_cast<size_t>(sample.size()));
    uchardet_data_end(detector.get());
    const QByteArray guess = decoderName(QByteArray(uchardet_get_charset(detector.get())));
    if (!guess.isEmpty() && QStringDecoder(guess.constData()).isValid())
        return {guess, QStringLiteral("detected by uchardet (not UTF-8)")};
    return {QByteArrayLiteral("windows-1252"),
            QStringLiteral("not UTF-8 and no legacy encoding recognised; Windows-1252 assumed")};
}

} // namespace mixshift::EncodingDetector
