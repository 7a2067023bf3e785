#include "io/PdfToUnicode.h"

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

// A ToUnicode CMap as Qt 6.4 writes one, around the stream it sits in.
QByteArray cmap(const QByteArray& body)
{
    return "4 0 obj\n<< /Length 999 >>\nstream\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
           body + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n\nendstream\nendobj\n";
}

} // namespace

BOOST_AUTO_TEST_SUITE(pdf_to_unicode)

BOOST_AUTO_TEST_CASE(kangxi_radicals_become_the_ideographs_they_stand_for_in_place)
{
    // 阿 ⾥ 云 收 ⼊: Noto Sans CJK's 里 and 入 come out as the radicals U+2FA5 and U+2F0A.
    const QByteArray before = cmap("2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0005> [<963F> <2FA5> <4E91> <6536> <2F0A> ]\n"
                                   "endbfrange\n1 beginbfchar\n<0006> <2F08>\nendbfchar\n");
    const QByteArray after = withIdeographsForRadicals(before);
    BOOST_TEST(after.size() == before.size(), "same length: the file's offsets stand");
    BOOST_TEST(after.contains("[<963F> <91CC> <4E91> <6536> <5165> ]"), after.toStdString());
    BOOST_TEST(after.contains("<0006> <4EBA>"), "⼈ (U+2F08) is 人 (U+4EBA)");
}

BOOST_AUTO_TEST_CASE(glyph_numbers_and_other_text_are_left_alone)
{
    // Glyph 0x2FA5 (a source code, not text) keeps its number; a Latin target is not touched; a counting range
    // that starts at a radical is left as it is (its later targets are not radicals' ideographs).
    const QByteArray before = cmap("3 beginbfrange\n<2FA5> <2FA5> <0041>\n<2FA6> <2FA8> <2F00>\n<0010> <0011> [<0041> <0042> ]\n"
                                   "endbfrange\n");
    const QByteArray after = withIdeographsForRadicals(before);
    BOOST_TEST(after.toStdString() == before.toStdString());
    // Outside a CMap nothing changes, even text that looks like one's targets.
    const QByteArray page = "BT /F1 12 Tf (<2FA5>) Tj ET\n";
    BOOST_TEST(withIdeographsForRadicals(page).toStdString() == page.toStdString());
}

BOOST_AUTO_TEST_SUITE_END()
