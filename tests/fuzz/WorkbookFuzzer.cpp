// The workbook reader (liborcus and the .ods cells it leaves out) on any bytes, seeded with real .xlsx and .ods
// files: it must end with a workbook or an Error, every cell inside its sheet's rectangle, the rectangle within
// the cap, and the sheet made into CSV text for the importer.
#include "FuzzTargets.h"

#include "import/ImportSource.h"
#include "io/Workbook.h"
#include "io/ZipDeclaredSize.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace mixshift::fuzz {

int workbook(const std::uint8_t* data, std::size_t size)
{
    const QByteArray content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // An archive declaring a large part makes liborcus allocate that much at once (up to the 1 GiB the reader
    // allows): memory the fuzzer would count against its limit, not a finding. Smaller ones are fuzzed.
    if (zipDeclaredSize(content) > (qint64(16) << 20))
        return 0;
    try {
        const auto book = std::make_shared<const Workbook>(Workbook::read(QStringLiteral("fuzz.xlsx"), content));
        check(!book->sheets().isEmpty(), "a workbook read has a sheet");
        for (const WorkbookSheet& sheet : book->sheets()) {
            check(static_cast<qint64>(sheet.rowCount) * sheet.columnCount <= Workbook::maxGridCells,
                  "the sheet within the cap");
            for (const WorkbookCell& cell : sheet.cells)
                check(cell.row >= 0 && cell.row < sheet.rowCount && cell.column >= 0 &&
                          cell.column < sheet.columnCount,
                      "cells inside the sheet");
        }
        const ImportSource source = ImportSource::sheet(book, book->sheets().front().name);
        check(source.open()->size() > 0, "the sheet as CSV text");
    } catch (const Error&) {
    }
    return 0;
}

} // namespace mixshift::fuzz

MIXSHIFT_FUZZ_TARGET(workbook)
