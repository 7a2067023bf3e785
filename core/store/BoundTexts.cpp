#include "BoundTexts.h"

#include <QStringEncoder>

#include <algorithm>
#include <cstring>

namespace mixshift {

namespace {

constexpr qsizetype blockBytes = 64 * 1024;

} // namespace

char* BoundTexts::space(qsizetype bytes)
{
    while (m_current < m_blocks.size() && m_used + bytes > m_blocks[m_current].size) {
        ++m_current;
        m_used = 0;
    }
    if (m_current == m_blocks.size()) {
        const qsizetype size = std::max(blockBytes, bytes);
        m_blocks.push_back({std::make_unique<char[]>(static_cast<std::size_t>(size)), size});
        m_used = 0;
    }
    return m_blocks[m_current].bytes.get() + m_used;
}

QByteArrayView BoundTexts::add(QStringView text)
{
    if (text.isEmpty())
        return QByteArrayView("", 0);
    // Most bound texts are ASCII: copied char by char; anything else through Qt's UTF-8 encoder.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        char* start = space(text.size());
        std::transform(text.begin(), text.end(), start, [](QChar c) { return static_cast<char>(c.unicode()); });
        m_used += text.size();
        return QByteArrayView(start, text.size());
    }
    QStringEncoder encoder(QStringEncoder::Utf8);
    char* start = space(encoder.requiredSpace(text.size()));
    const char* end = encoder.appendToBuffer(start, text);
    m_used += end - start;
    return QByteArrayView(start, end - start);
}

QByteArrayView BoundTexts::add(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return QByteArrayView("", 0);
    char* start = space(utf8.size());
    std::memcpy(start, utf8.data(), static_cast<std::size_t>(utf8.size()));
    m_used += utf8.size();
    return QByteArrayView(start, utf8.size());
}

void BoundTexts::clear()
{
    m_current = 0;
    m_used = 0;
}

} // namespace mixshift
