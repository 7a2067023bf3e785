#pragma once

#include <QByteArray>

namespace mixshift {

/// Makes Chinese text in a PDF that Qt wrote searchable and copyable as the ideographs it shows.
///
/// Qt's PDF engine maps each embedded glyph back to text (the font's ToUnicode CMap) by the lowest code point the
/// font gives that glyph. CJK fonts such as Noto Sans CJK give the glyph of 里 (U+91CC) also to the Kangxi radical
/// ⾥ (U+2FA5), which is lower: "阿里雲" copied from the PDF reads "阿⾥雲", and a search for 里 misses it. This
/// replaces every ToUnicode target in the Kangxi Radicals and CJK Radicals Supplement blocks by the ideograph its
/// Unicode decomposition names. Each replacement has the length of what it replaces, so the file's offsets stand.
QByteArray withIdeographsForRadicals(QByteArray pdf);

} // namespace mixshift
