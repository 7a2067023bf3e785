#include "ZipDeclaredSize.h"

#include <algorithm>
#include <limits>

namespace mixshift {

namespace {

quint32 le32(const QByteArray& bytes, qint64 at)
{
    if (at < 0 || at + 4 > bytes.size())
        return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 le16(const QByteArray& bytes, qint64 at)
{
    if (at < 0 || at + 2 > bytes.size())
        return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

constexpr quint32 endOfDirectory = 0x06054b50;
constexpr quint32 directoryEntry = 0x02014b50;
constexpr quint32 localHeader = 0x04034b50;

qint64 sizeOf(quint32 field)
{
    return field == 0xFFFFFFFFu ? std::numeric_limits<qint64>::max() : qint64(field);
}

} // namespace

qint64 zipDeclaredSize(const QByteArray& archive)
{
    // The end-of-directory record: within the last 22 + 65,535 (comment) bytes.
    const qint64 searchFrom = std::max<qint64>(0, archive.size() - 22 - 65535);
    qint64 end = -1;
    for (qint64 at = archive.size() - 22; at >= searchFrom; --at)
        if (le32(archive, at) == endOfDirectory) {
            end = at;
            break;
        }
    if (end < 0)
        return 0;
    const int entries = le16(archive, end + 10);
    qint64 at = le32(archive, end + 16);
    qint64 largest = 0;
    for (int i = 0; i < entries && le32(archive, at) == directoryEntry; ++i) {
        largest = std::max({largest, sizeOf(le32(archive, at + 20)), sizeOf(le32(archive, at + 24))});
        const qint64 local = le32(archive, at + 42);
        if (le32(archive, local) == localHeader)
            largest = std::max({largest, sizeOf(le32(archive, local + 18)), sizeOf(le32(archive, local + 22))});
        at += 46 + le16(archive, at + 28) + le16(archive, at + 30) + le16(archive, at + 32);
    }
    return largest;
}

} // namespace mixshift
