#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

QVector<CsvRecord> readAll(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QVector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

QStringList fields(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(quotes_delimiters_and_line_breaks_inside_fields)
{
    const auto records = readAll("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n");
    BOOST_REQUIRE_EQUAL(records.size(), 2);
    BOOST_TEST((records[0].fields == fields({"a", "b,c", "say \"hi\""})));
    BOOST_TEST((records[1].fields == fields({"two\nlines", "", "x"})));
    BOOST_TEST(records[0].line == 1);
    BOOST_TEST(records[1].line == 2);
    BOOST_TEST(records[1].fieldLines[2] == 3);
}

BOOST_AUTO_TEST_CASE(line_endings_bom_and_missing_final_newline)
{
    const auto records = readAll("\xEF\xBB\xBFh1,h2\rv1,v2\r\nv3,值");
    BOOST_REQUIRE_EQUAL(records.size(), 3);
    BOOST_TEST((records[0].fields == fields({"h1", "h2"})));
    BOOST_TEST((records[1].fields == fields({"v1", "v2"})));
    BOOST_TEST((records[2].fields == fields({"v3", "值"})));
    BOOST_TEST(records[2].line == 3);
}

BOOST_AUTO_TEST_CASE(ragged_rows_are_returned_as_they_are)
{
    const auto records = readAll("a,b,c\n1,2\n");
    BOOST_REQUIRE_EQUAL(records.size(), 2);
    BOOST_TEST(records[1].fields.size() == 2);
}

BOOST_AUTO_TEST_CASE(unterminated_quote_names_its_line)
{
    BOOST_CHECK_EXCEPTION(readAll("a,b\n1,\"open\n2,3\n"), CsvError,
                          [](const CsvError& e) { return e.line() == 2 && e.column() == 2; });
    BOOST_CHECK_EXCEPTION(readAll("a,\"b\"x\n"), CsvError, [](const CsvError& e) { return e.line() == 1; });
}

BOOST_AUTO_TEST_CASE(writer_output_reads_back_identically)
{
    const QStringList original = fields({"plain", "with,comma", "with \"quote\"", "two\nlines", "", "阿里雲"});
    const auto records = readAll(CsvWriter::record(original).toUtf8());
    BOOST_REQUIRE_EQUAL(records.size(), 1);
    BOOST_TEST((records[0].fields == original));
}

BOOST_AUTO_TEST_SUITE_END()
