#pragma once

#include <QByteArray>

namespace mixshift {

/// The largest size a ZIP archive's entries declare, packed or unpacked, in its central directory or local
/// headers (ZIP64's "see the extra field" marker counts as unbounded). liborcus allocates an entry's declared
/// sizes at once before inflating it, so a workbook declaring gigabytes is refused before liborcus sees it; a
/// packed size larger than the archive itself is a lie. This reads only those size fields — the archive itself
/// is liborcus's to read. 0 for bytes that hold no archive.
qint64 zipDeclaredSize(const QByteArray& archive);

} // namespace mixshift
