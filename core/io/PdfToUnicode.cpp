#include "PdfToUnicode.h"

#include <QChar>
#include <QList>

#include <optional>

namespace mixshift {

namespace {

bool isRadical(uint codePoint)
{
    return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
}

// Four hex digits of a CMap target, or nothing when `at` does not start one.
std::optional<uint> fourHexDigits(const QByteArray& text, qsizetype at)
{
    if (at + 6 > text.size() || text[at] != '<' || text[at + 5] != '>')
        return std::nullopt;
    bool ok = false;
    const uint value = text.mid(at + 1, 4).toUInt(&ok, 16);
    return ok ? std::optional(value) : std::nullopt;
}

// Rewrites the targets of one CMap's bfrange and bfchar lines, `begin` to `end`.
void fixCMap(QByteArray& pdf, qsizetype begin, qsizetype end)
{
    enum class Section { None, Range, Char } section = Section::None;
    qsizetype line = begin;
    while (line < end) {
        qsizetype next = pdf.indexOf('\n', line);
        if (next < 0 || next > end)
            next = end;
        const QByteArray text = pdf.mid(line, next - line).trimmed();
        if (text.endsWith("beginbfrange"))
            section = Section::Range;
        else if (text.endsWith("beginbfchar"))
            section = Section::Char;
        else if (text == "endbfrange" || text == "endbfchar")
            section = Section::None;
        else if (section != Section::None) {
            // The leading source codes (two of a range, one of a char) are glyphs, not text: skip them.
            QList<qsizetype> tokens;
            for (qsizetype at = pdf.indexOf('<', line); at >= 0 && at < next; at = pdf.indexOf('<', at + 1))
                tokens << at;
            const int sources = section == Section::Range ? 2 : 1;
            // A range without an array names only its first target, which counts up: left alone unless one glyph.
            const bool array = pdf.mid(line, next - line).contains('[');
            const bool single = section == Section::Char || array ||
                                (tokens.size() == 3 && pdf.mid(tokens[0], 6) == pdf.mid(tokens[1], 6));
            for (int i = sources; single && i < tokens.size(); ++i) {
                const auto target = fourHexDigits(pdf, tokens[i]);
                if (!target || !isRadical(*target))
                    continue;
                const QString ideograph = QChar::decomposition(*target);
                if (ideograph.size() != 1)
                    continue;
                const QByteArray hex = QByteArray::number(ideograph.front().unicode(), 16).toUpper().rightJustified(4, '0');
                pdf.replace(tokens[i] + 1, 4, hex);
            }
        }
        line = next + 1;
    }
}

} // namespace

QByteArray withIdeographsForRadicals(QByteArray pdf)
{
    for (qsizetype at = pdf.indexOf("begincmap"); at >= 0; at = pdf.indexOf("begincmap", at + 1)) {
        const qsizetype end = pdf.indexOf("endcmap", at);
        if (end < 0)
            break;
        fixCMap(pdf, at, end);
    }
    return pdf;
}

} // namespace mixshift
