#include "OdsValueCells.h"

#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>

#include <QXmlStreamReader>

#include <algorithm>
#include <exception>
#include <vector>

namespace mixshift {

namespace {

constexpr auto tableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr auto officeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
// Positions beyond the largest sheet are not cells (an .ods pads its last row and column with repeats that run
// to them); counting stops there, so no position can overflow.
constexpr qint64 rowLimit = 1 << 20;
constexpr qint64 columnLimit = 1 << 14;

int repeated(const QXmlStreamAttributes& attributes, const char* name)
{
    bool ok = false;
    const int count = attributes.value(QLatin1String(tableNs), QLatin1String(name)).toInt(&ok);
    return ok && count > 0 ? count : 1;
}

} // namespace

OdsMissed odsMissedCells(const QByteArray& ods, qsizetype limit)
{
    std::vector<unsigned char> content;
    try {
        orcus::zip_archive_stream_blob stream(reinterpret_cast<const uint8_t*>(ods.constData()),
                                              static_cast<std::size_t>(ods.size()));
        orcus::zip_archive archive(&stream);
        archive.load();
        if (!archive.read_file_entry("content.xml", content))
            return {};
    } catch (const std::exception&) {
        return {};
    }

    OdsMissed missed;
    QVector<OdsValueCell>& cells = missed.cells;
    QXmlStreamReader xml(QByteArray::fromRawData(reinterpret_cast<const char*>(content.data()),
                                                 static_cast<qsizetype>(content.size())));
    int sheet = -1;
    qint64 row = 0;
    qint64 column = 0;
    int rowRepeat = 1;
    while (!xml.atEnd() && cells.size() < limit) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (xml.namespaceUri() != QLatin1String(tableNs))
            continue;
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (name == QLatin1String("table")) {
                ++sheet;
                row = 0;
            } else if (name == QLatin1String("table-row")) {
                column = 0;
                rowRepeat = repeated(attributes, "number-rows-repeated");
            } else if (name == QLatin1String("table-cell") || name == QLatin1String("covered-table-cell")) {
                const int columnRepeat = repeated(attributes, "number-columns-repeated");
                if (const int span = repeated(attributes, "number-columns-spanned");
                    span > 1 && row < rowLimit && column < columnLimit && missed.merges.size() < limit)
                    missed.merges.append({sheet, static_cast<int>(row), static_cast<int>(column),
                                          static_cast<int>(std::min<qint64>(column + span - 1, columnLimit - 1))});
                const QStringView type = attributes.value(QLatin1String(officeNs), QLatin1String("value-type"));
                const bool percentage = type == QLatin1String("percentage");
                const bool currency = type == QLatin1String("currency");
                const bool boolean = type == QLatin1String("boolean");
                if (percentage || currency || boolean) {
                    OdsValueCell cell;
                    cell.sheet = sheet;
                    cell.shownAs = percentage ? ShownAs::Percent : ShownAs::Number;
                    cell.isBool = boolean;
                    if (boolean)
                        cell.value = attributes.value(QLatin1String(officeNs), QLatin1String("boolean-value")) ==
                                             QLatin1String("true")
                                         ? 1
                                         : 0;
                    else
                        cell.value = attributes.value(QLatin1String(officeNs), QLatin1String("value")).toDouble();
                    for (qint64 r = 0; r < rowRepeat && row + r < rowLimit && cells.size() < limit; ++r)
                        for (qint64 c = 0; c < columnRepeat && column + c < columnLimit && cells.size() < limit; ++c) {
                            cell.row = static_cast<int>(row + r);
                            cell.column = static_cast<int>(column + c);
                            cells.append(cell);
                        }
                }
                column = std::min(column + columnRepeat, columnLimit);
            }
        } else if (token == QXmlStreamReader::EndElement && name == QLatin1String("table-row")) {
            row = std::min(row + rowRepeat, rowLimit);
        }
    }
    return missed;
}

} // namespace mixshift
