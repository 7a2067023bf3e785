#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <memory>
#include <vector>

namespace mixshift {

/// The UTF-8 of a statement's bound texts, kept until the statement is reset so SQLite reads them in place
/// (SQLITE_STATIC) instead of copying them. Texts are written one after another into blocks that are kept
/// and reused: once warm, binding a text allocates nothing (a bulk import binds four texts a value).
class BoundTexts
{
public:
    /// The text as UTF-8, valid until clear().
    QByteArrayView add(QStringView text);
    QByteArrayView add(QByteArrayView utf8);
    /// Forgets every text; the blocks stay for the next ones.
    void clear();

private:
    char* space(qsizetype bytes);

    struct Block
    {
        std::unique_ptr<char[]> bytes;
        qsizetype size = 0;
    };
    std::vector<Block> m_blocks;
    /// The block being written, and how much of it is used.
    std::size_t m_current = 0;
    qsizetype m_used = 0;
};

} // namespace mixshift
