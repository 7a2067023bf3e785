#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

QVector<CsvRecord> readAll(const QByteArray& bytes, const CsvFormat& format = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, format);
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

// The reader writes each record's fields over the previous record's (their memory is reused): what a caller
// kept of an earlier record must stay as it was read.
BOOST_AUTO_TEST_CASE(fields_kept_from_a_record_are_not_overwritten_by_the_next)
{
    QBuffer buffer;
    buffer.setData("alpha,beta,gamma\nd,e\n\"quoted, long field\",f,g,h\nlast,,x\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    BOOST_REQUIRE(reader.next(record));
    const QStringList firstRecord = record.fields;
    const QString firstField = record.fields[0];
    BOOST_REQUIRE(reader.next(record));
    BOOST_TEST(record.fields == fields({"d", "e"}));
    const QString shorterField = record.fields[1];
    BOOST_REQUIRE(reader.next(record));
    BOOST_TEST(record.fields == fields({"quoted, long field", "f", "g", "h"}));
    BOOST_REQUIRE(reader.next(record));
    BOOST_TEST(record.fields == fields({"last", "", "x"}));
    BOOST_TEST(!reader.next(record));
    BOOST_TEST(firstRecord == fields({"alpha", "beta", "gamma"}));
    BOOST_TEST(firstField == QStringLiteral("alpha"));
    BOOST_TEST(shorterField == QStringLiteral("e"));
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

BOOST_AUTO_TEST_CASE(a_quote_inside_an_unquoted_field_is_a_cell_problem)
{
    const auto records = readAll("name,value\nabc\"def,1\nok,2\nx,5\"\" \"and\"\n");
    BOOST_REQUIRE_EQUAL(records.size(), 4);
    BOOST_TEST(!records[0].problem);
    // The record comes back whole, the quote kept, with the line and column of the cell.
    BOOST_TEST((records[1].fields == fields({"abc\"def", "1"})));
    BOOST_REQUIRE(records[1].problem.has_value());
    BOOST_TEST(records[1].line == 2);
    BOOST_TEST(records[1].problem->column == 1);
    BOOST_TEST(records[1].problem->reason.contains(QStringLiteral("a quote inside an unquoted field")));
    BOOST_TEST(records[1].problem->reason.contains(QStringLiteral("lenient quotes")));
    BOOST_TEST(!records[2].problem, "the next record is not affected");
    // Several quotes in a later cell: one problem, naming that cell.
    BOOST_TEST((records[3].fields == fields({"x", "5\"\" \"and\""})));
    BOOST_REQUIRE(records[3].problem.has_value());
    BOOST_TEST(records[3].problem->column == 2);
}

BOOST_AUTO_TEST_CASE(lenient_quotes_take_a_stray_quote_as_text)
{
    CsvFormat lenient;
    lenient.lenientQuotes = true;
    const auto records = readAll("abc\"def,1\n12\" screen,\"quoted, as usual\"\n", lenient);
    BOOST_REQUIRE_EQUAL(records.size(), 2);
    BOOST_TEST((records[0].fields == fields({"abc\"def", "1"})));
    BOOST_TEST((records[1].fields == fields({"12\" screen", "quoted, as usual"})));
    BOOST_TEST(!records[0].problem);
    BOOST_TEST(!records[1].problem);
    // With single quotes as the quote character, a double quote is plain text and an apostrophe is not.
    CsvFormat single;
    single.quote = QLatin1Char('\'');
    const auto apostrophes = readAll("5\" disk,it's\n", single);
    BOOST_REQUIRE_EQUAL(apostrophes.size(), 1);
    BOOST_REQUIRE(apostrophes[0].problem.has_value());
    BOOST_TEST(apostrophes[0].problem->column == 2);
    // No quote character at all: nothing is a stray quote.
    CsvFormat none;
    none.quote = QChar();
    BOOST_TEST(!readAll("abc\"def,1\n", none).front().problem);
}

BOOST_AUTO_TEST_CASE(a_stray_quote_across_a_chunk_boundary)
{
    // The reader decodes 256 KiB at a time; the quote sits in the second chunk of a field begun in the first.
    QByteArray bytes(256 * 1024 - 3, 'a');
    bytes += "bc\"d,1\n";
    const auto records = readAll(bytes);
    BOOST_REQUIRE_EQUAL(records.size(), 1);
    BOOST_REQUIRE(records[0].problem.has_value());
    BOOST_TEST(records[0].problem->column == 1);
    BOOST_TEST(records[0].fields[0].endsWith(QStringLiteral("abc\"d")));
}

BOOST_AUTO_TEST_CASE(writer_output_reads_back_identically)
{
    const QStringList original = fields({"plain", "with,comma", "with \"quote\"", "two\nlines", "", "阿里雲"});
    const auto records = readAll(CsvWriter::record(original).toUtf8());
    BOOST_REQUIRE_EQUAL(records.size(), 1);
    BOOST_TEST((records[0].fields == original));
}

BOOST_AUTO_TEST_SUITE_END()
