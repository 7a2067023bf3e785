// The reader against third-party suites: csv-spectrum's inputs must parse to exactly their expected JSON, and
// every CSV/TSV input of the W3C CSVW test suite must parse, the metadata-free ones to their expected rows.

#include "QtPrinting.h"
#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

const QString testData = QStringLiteral(MIXSHIFT_SHARED_DIR "/testdata");

QVector<CsvRecord> readFile(const QString& path, QChar delimiter = QLatin1Char(','))
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), path.toStdString());
    CsvFormat format;
    format.delimiter = delimiter;
    CsvReader reader(file, format);
    QVector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

QJsonDocument readJson(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), path.toStdString());
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

BOOST_AUTO_TEST_SUITE(csv_suites)

BOOST_AUTO_TEST_CASE(csv_spectrum_parses_to_its_expected_json)
{
    const QDir csvs(testData + QStringLiteral("/csv-spectrum/csvs"));
    const QStringList files = csvs.entryList({QStringLiteral("*.csv")}, QDir::Files);
    BOOST_REQUIRE_EQUAL(files.size(), 12);
    for (const QString& name : files) {
        BOOST_TEST_CONTEXT(name.toStdString())
        {
            const QVector<CsvRecord> records = readFile(csvs.filePath(name));
            const QJsonDocument expected =
                readJson(testData + QStringLiteral("/csv-spectrum/json/") + QFileInfo(name).baseName() +
                         QStringLiteral(".json"));
            // location_coordinates.json is a lone object, not an array: it cannot equal any parse (see the
            // suite's LICENSE-NOTE.md); its header and row count are still checked.
            const QJsonArray rows = expected.isArray() ? expected.array() : QJsonArray{expected.object()};
            BOOST_REQUIRE_EQUAL(records.size(), rows.size() + 1);
            const QStringList header = records.front().fields;
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonObject row = rows[r].toObject();
                BOOST_TEST(records[r + 1].fields.size() == header.size());
                BOOST_TEST(row.keys().size() == header.size());
                if (name == QLatin1String("location_coordinates.csv"))
                    continue;
                for (int c = 0; c < header.size(); ++c)
                    BOOST_TEST(records[r + 1].fields.value(c) == row.value(header[c]).toString(),
                               "row " << r + 1 << ", column " << header[c].toStdString());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(every_csvw_input_parses)
{
    const QString root = testData + QStringLiteral("/csvw/tests");
    int files = 0;
    const QStringList patterns{QStringLiteral("*.csv"), QStringLiteral("*.tsv")};
    for (const QString& relative : QDir(root).entryList(patterns, QDir::Files)) {
        const bool tsv = relative.endsWith(QLatin1String(".tsv"));
        BOOST_TEST_CONTEXT(relative.toStdString())
        {
            BOOST_CHECK_NO_THROW(readFile(root + QLatin1Char('/') + relative, tsv ? QLatin1Char('\t') : QLatin1Char(',')));
        }
        ++files;
    }
    BOOST_TEST(files > 100);
}

BOOST_AUTO_TEST_CASE(csvw_tables_without_metadata_give_their_expected_rows)
{
    const QString root = testData + QStringLiteral("/csvw/tests");
    const QJsonArray entries = readJson(root + QStringLiteral("/manifest-json.jsonld")).object().value(QStringLiteral("entries")).toArray();
    int checked = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QString action = entry.value(QStringLiteral("action")).toString();
        if (entry.value(QStringLiteral("type")).toString() != QLatin1String("csvt:ToJsonTest") ||
            !action.endsWith(QLatin1String(".csv")) || entry.contains(QStringLiteral("implicit")) ||
            entry.value(QStringLiteral("option")).toObject().contains(QStringLiteral("metadata")))
            continue;
        BOOST_TEST_CONTEXT(action.toStdString())
        {
            const QVector<CsvRecord> records = readFile(root + QLatin1Char('/') + action);
            // Standard mode nests rows in tables with their line; minimal mode is a plain array of row objects.
            const QJsonDocument result = readJson(root + QLatin1Char('/') + entry.value(QStringLiteral("result")).toString());
            const bool minimal = result.isArray();
            const QJsonArray rows = minimal ? result.array()
                                            : result.object()
                                                  .value(QStringLiteral("tables"))
                                                  .toArray()
                                                  .first()
                                                  .toObject()
                                                  .value(QStringLiteral("row"))
                                                  .toArray();
            BOOST_REQUIRE_EQUAL(records.size(), rows.size() + 1);
            const QStringList header = records.front().fields;
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonObject row = rows[r].toObject();
                if (!minimal) {
                    const QString url = row.value(QStringLiteral("url")).toString();
                    BOOST_TEST(url.endsWith(QStringLiteral("#row=%1").arg(records[r + 1].line)), "record line");
                }
                const QJsonObject described =
                    minimal ? row : row.value(QStringLiteral("describes")).toArray().first().toObject();
                for (int c = 0; c < header.size(); ++c) {
                    const QString cell = records[r + 1].fields.value(c);
                    // CSVW leaves empty cells out of the JSON.
                    if (cell.isEmpty())
                        BOOST_TEST(!described.contains(header[c]));
                    else if (described.value(header[c]).isString())
                        BOOST_TEST(described.value(header[c]).toString() == cell);
                }
            }
            ++checked;
        }
    }
    BOOST_TEST(checked == 9);
}

BOOST_AUTO_TEST_SUITE_END()
