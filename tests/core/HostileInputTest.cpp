// Input crafted to break the parsers: deep range chains, absurd years, characters cut by the reader's chunk
// boundary, undecodable bytes, cells of megabytes. Each case was a crash or a silent corruption once.
#include "ImportFixture.h"

#include "domain/PeriodParser.h"
#include "import/ValueParser.h"
#include "io/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using namespace mixshift::test;

namespace {

// Must match CsvReader's chunk: the boundary the tests put characters across.
constexpr qsizetype readerChunk = 1 << 18;

QVector<CsvRecord> readAll(const QByteArray& bytes, const QByteArray& encoding = "UTF-8")
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.encoding = encoding;
    CsvReader reader(buffer, format);
    QVector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

QByteArray encode(const QString& text, const QByteArray& encoding)
{
    QStringEncoder encoder(encoding.constData());
    BOOST_REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    BOOST_REQUIRE_EQUAL(file.write(bytes), bytes.size());
}

} // namespace

BOOST_AUTO_TEST_SUITE(hostile_input)

BOOST_AUTO_TEST_CASE(a_long_chain_of_ranges_is_refused_without_recursion)
{
    QString chain = QStringLiteral("1");
    for (int i = 2; i <= 200000; ++i)
        chain += QLatin1Char('-') + QString::number(i % 10);
    const ParsedValue value = ValueParser().parse(chain);
    BOOST_TEST((value.status == ParsedValue::Status::Invalid));
    BOOST_TEST((ValueParser().parse(QStringLiteral("1-2-3")).status == ParsedValue::Status::Invalid));
    const ParsedValue range = ValueParser().parse(QStringLiteral("32-34%"));
    BOOST_TEST((range.status == ParsedValue::Status::Range));
    BOOST_TEST(range.high == 34);
}

BOOST_AUTO_TEST_CASE(years_outside_1800_to_2200_are_not_periods)
{
    for (const char* label : {"0000", "FY0001", "9999Q1", "1799", "2201", "0001-01-01", "FY0000 Q1", "0000年"})
        BOOST_TEST(!PeriodParser::parse(QString::fromUtf8(label), 3).has_value(), label);
    BOOST_TEST(PeriodParser::parse(QStringLiteral("1800"), 12).has_value());
    BOOST_TEST(PeriodParser::parse(QStringLiteral("2200Q4"), 12).has_value());
    BOOST_TEST(!PeriodParser::isPlausible(QDate(1, 1, 1)));
    BOOST_TEST(PeriodParser::isPlausible(QDate(2024, 3, 31)));
}

// Every byte position of a multi-byte character across the chunk boundary, in every encoding it has.
BOOST_AUTO_TEST_CASE(characters_across_the_chunk_boundary_decode_whole)
{
    const QString unit = QStringLiteral("億元");
    const QString rare = QString::fromUcs4(U"\U00020000"); // a surrogate pair in UTF-16, four bytes in GB18030
    const struct
    {
        QByteArray encoding;
        QString text;
    } cases[] = {
        {"UTF-8", unit},  {"GB18030", unit},  {"Big5", unit},  {"UTF-16LE", unit},
        {"UTF-8", rare},  {"GB18030", rare},  {"UTF-16LE", rare}, {"UTF-16BE", rare},
    };
    for (const auto& c : cases) {
        const QByteArray tail = encode(QStringLiteral("276.48,") + c.text + QStringLiteral("\n"), c.encoding);
        const qsizetype unitOffset = encode(QStringLiteral("276.48,"), c.encoding).size();
        const qsizetype charBytes = encode(c.text.left(c.text.front().isHighSurrogate() ? 2 : 1), c.encoding).size();
        const qsizetype asciiBytes = encode(QStringLiteral("x"), c.encoding).size();
        for (qsizetype cut = asciiBytes; cut < charBytes; cut += asciiBytes) {
            // Padding then the record, so that the boundary falls `cut` bytes into the character.
            const qsizetype padBytes = readerChunk - unitOffset - cut;
            const qsizetype padChars = padBytes / asciiBytes - 1; // the rest is the padding line's break
            BOOST_REQUIRE(padChars * asciiBytes + asciiBytes == padBytes);
            const QByteArray bytes = encode(QString(padChars, QLatin1Char('x')) + QStringLiteral("\n"), c.encoding) + tail;
            const auto records = readAll(bytes, c.encoding);
            BOOST_TEST_INFO(c.encoding.constData() << " cut " << cut);
            BOOST_REQUIRE_EQUAL(records.size(), 2);
            BOOST_TEST(!records[1].problem.has_value());
            BOOST_TEST(records[1].fields.value(1) == c.text);
            BOOST_TEST(records[1].line == 2);
        }
    }
}

BOOST_AUTO_TEST_CASE(undecodable_bytes_are_a_problem_of_their_cell)
{
    const auto records = readAll("provider,value,unit\nAlibaba Cloud,276.48,\xff\xfe\xe5\x85\x83\nAWS,1,USD\n");
    BOOST_REQUIRE_EQUAL(records.size(), 3);
    BOOST_REQUIRE(records[1].problem.has_value());
    BOOST_TEST(records[1].problem->column == 3);
    BOOST_TEST(records[1].problem->reason.contains(QStringLiteral("UTF-8")));
    BOOST_TEST(!records[2].problem.has_value());

    // A replacement character the file really holds (valid UTF-8) is text like any other.
    const auto valid = readAll("a,\xef\xbf\xbd\n");
    BOOST_REQUIRE_EQUAL(valid.size(), 1);
    BOOST_TEST(!valid[0].problem.has_value());
}

BOOST_AUTO_TEST_CASE(a_huge_field_is_refused_and_reading_goes_on)
{
    const QByteArray big(20 * 1024 * 1024, 'x');
    const auto records = readAll("a,b\n1,\"" + big + "\"\n2,\"" + big.left(1000) + "\"\n3," + big + "\n4,z\n");
    BOOST_REQUIRE_EQUAL(records.size(), 5);
    BOOST_REQUIRE(records[1].problem.has_value());
    BOOST_TEST(records[1].problem->column == 2);
    BOOST_TEST(records[1].problem->reason.contains(QString::number(CsvReader::maxFieldChars)));
    BOOST_TEST(records[1].fields.value(1).isEmpty());
    BOOST_TEST(!records[2].problem.has_value());
    BOOST_TEST(records[2].fields.value(1).size() == 1000);
    BOOST_TEST(records[3].problem.has_value());
    BOOST_TEST(records[4].fields.join(QLatin1Char('|')) == QStringLiteral("4|z"));
    BOOST_TEST(records[4].line == 5);
}

BOOST_AUTO_TEST_CASE(a_refused_huge_cell_is_quoted_short)
{
    ImportFixture f;
    const QString path = f.dir.filePath(QStringLiteral("huge.csv"));
    writeFile(path, "provider,metric,period,value,unit\nAWS,revenue,2023Q1,\"" + QByteArray(3 * 1024 * 1024, '7') +
                        "\",USD\nAWS,revenue,2023Q2,1,USD\nAWS,revenue,2023Q3," + QByteArray(5000, '9') + "x,USD\n");
    const ImportSummary s = f.import(path, {}, [] {
        ImportOptions o;
        o.acceptValid = true;
        return o;
    }());
    BOOST_TEST(s.rowsRejected == 2);
    BOOST_TEST(s.valuesImported == 1);
    BOOST_REQUIRE_EQUAL(s.rejections.size(), 2);
    BOOST_TEST(s.rejections[0].line == 2);
    BOOST_TEST(s.rejections[0].column == 4);
    for (const Rejection& r : s.rejections)
        BOOST_TEST(r.text.size() < 120);
    BOOST_TEST(s.rejections[1].text.contains(QStringLiteral("5001 characters")));
}

BOOST_AUTO_TEST_CASE(undecodable_cells_are_refused_not_stored)
{
    ImportFixture f;
    const QString path = f.dir.filePath(QStringLiteral("bad-bytes.csv"));
    writeFile(path, "provider,metric,period,value,unit\nAlibaba Cloud,revenue,2023Q3,276.48,\xe5\x84\x84\xff\nAWS,revenue,"
                    "2023Q3,1,USD\n");
    ImportOptions options;
    options.acceptValid = true;
    const ImportSummary s = f.import(path, [](ImportMapping& m) { m.format.encoding = "UTF-8"; }, options);
    BOOST_TEST(s.rowsRejected == 1);
    BOOST_REQUIRE_EQUAL(s.rejections.size(), 1);
    BOOST_TEST(s.rejections[0].line == 2);
    BOOST_TEST(s.rejections[0].column == 5);
    BOOST_TEST(f.currentValues().size() == 1);
}

// More distinct periods than a hash's first span: dates were once bound from freed memory.
BOOST_AUTO_TEST_CASE(hundreds_of_periods_store_their_own_dates)
{
    ImportFixture f;
    const QString path = f.dir.filePath(QStringLiteral("quarters.csv"));
    QByteArray csv = "provider,metric,period,value,unit\n";
    for (int q = 0; q < 400; ++q)
        csv += "AWS,revenue," + QByteArray::number(1901 + q / 4) + "Q" + QByteArray::number(q % 4 + 1) + "," +
               QByteArray::number(q + 1) + ",USD\n";
    writeFile(path, csv);
    const ImportSummary s = f.import(path);
    BOOST_REQUIRE(s.committed);
    BOOST_TEST(s.valuesImported == 400);
    const auto values = f.currentValues();
    BOOST_REQUIRE_EQUAL(values.size(), 400);
    for (int q = 0; q < 400; ++q) {
        const int year = 1901 + q / 4;
        const QDate start(year, (q % 4) * 3 + 1, 1);
        const QDate end = start.addMonths(3).addDays(-1);
        const QString key = QStringLiteral("AWS|revenue|%1..%2").arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate));
        BOOST_TEST_INFO(key.toStdString());
        BOOST_REQUIRE(values.contains(key));
        BOOST_TEST(values.value(key) == q + 1);
    }
}

BOOST_AUTO_TEST_SUITE_END()
