#pragma once

#include "NumberFormatCode.h"

#include <QByteArray>
#include <QVector>

namespace mixshift {

/// A cell of an .ods workbook that liborcus 0.17 leaves out of what it reports: it reads float, string and date
/// cells, and drops percentage, currency and boolean ones (LibreOffice writes every cell formatted as a percentage
/// or a currency so). Positions are 0-based, counted as the filter counts them.
struct OdsValueCell
{
    int sheet = 0;
    int row = 0;
    int column = 0;
    double value = 0;
    ShownAs shownAs = ShownAs::Number;
    bool isBool = false;
};

/// Those cells, from the workbook's content.xml (taken from the ZIP with liborcus's own archive reader; the XML
/// read with QXmlStreamReader): only what the filter misses, so nothing is read twice. Empty for a file that is
/// not a readable .ods; at most `limit` cells.
QVector<OdsValueCell> odsValueCells(const QByteArray& ods, qsizetype limit);

} // namespace mixshift
