#pragma once

#include "NumberFormatCode.h"

#include <QByteArray>
#include <QVector>

namespace mixshift {

/// What liborcus 0.17 leaves out of an .ods workbook, read here instead. A cell it leaves out of what it reports: it reads float, string and date
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

/// A cell spanning several columns (liborcus 0.17 does not report an .ods's merged cells either).
struct OdsMerge
{
    int sheet = 0;
    int row = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

struct OdsMissed
{
    QVector<OdsValueCell> cells;
    QVector<OdsMerge> merges;
};

/// Those cells and merges, from the workbook's content.xml (taken from the ZIP with liborcus's own archive reader; the XML
/// read with QXmlStreamReader): only what the filter misses, so nothing is read twice. Empty for a file that is
/// not a readable .ods; at most `limit` cells.
OdsMissed odsMissedCells(const QByteArray& ods, qsizetype limit);

} // namespace mixshift
