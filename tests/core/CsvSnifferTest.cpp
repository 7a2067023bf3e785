// The sniffer's header guess: the first record is the header unless it is clearly a title, however the rows
// below it are shaped.
#include "QtPrinting.h"
#include "import/CsvSniffer.h"

#include <QStringEncoder>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

SniffResult sniffText(const QString& text, const char* encoding = "UTF-8")
{
    QStringEncoder encoder(encoding);
    return CsvSniffer::sniffBytes(encoder.encode(text), true);
}

QStringList cells(const char* csvLine)
{
    return QString::fromUtf8(csvLine).split(QLatin1Char(','));
}

} // namespace

BOOST_AUTO_TEST_SUITE(csv_sniffer)

BOOST_AUTO_TEST_CASE(a_header_shorter_than_its_data_rows_stays_the_header)
{
    // Data rows end in a delimiter, so they are one field wider than the header.
    const SniffResult sniff = sniffText(QStringLiteral("date,code,name,close\n"
                                                       "2024-01-02,002352,SF Holding,40.12,\n"
                                                       "2024-01-03,002352,SF Holding,40.50,\n"
                                                       "2024-01-04,002352,SF Holding,39.98,\n"
                                                       "2024-01-05,002352,SF Holding,40.01,\n"));
    BOOST_TEST(sniff.headerRecord == 0);
    BOOST_TEST(sniff.header == cells("date,code,name,close"));
}

BOOST_AUTO_TEST_CASE(a_transposed_statement_with_trailing_commas)
{
    const QString statement = QStringLiteral("报告日期,2019-09-30,2019-06-30,2019-03-31,2018-12-31,\r\n"
                                             "营业总收入(万元),7899683,4820159,2166290,9094269,\r\n"
                                             "营业收入(万元),7899683,4820159,2166290,9094269,\r\n"
                                             "利息收入(万元),--,--,--,--,\r\n"
                                             "营业总成本(万元),7312346,4452106,2002394,8485127,\r\n"
                                             "营业成本(万元),6478211,3945317,1776843,7490131,\r\n"
                                             "净利润(万元),439302,278614,119302,482593,\r\n");
    const SniffResult sniff = sniffText(statement, "GB18030");
    BOOST_TEST(sniff.format.encoding == QByteArray("GB18030"));
    BOOST_TEST(sniff.format.delimiter == QLatin1Char(','));
    BOOST_TEST(sniff.headerRecord == 0);
    BOOST_REQUIRE(sniff.header.size() == 6);
    BOOST_TEST(sniff.header[0] == QStringLiteral("报告日期"));
    BOOST_TEST(sniff.header[1] == QStringLiteral("2019-09-30"));
    BOOST_TEST(sniff.sampleRecords.value(1).fields.value(0) == QStringLiteral("营业总收入(万元)"));
}

BOOST_AUTO_TEST_CASE(title_rows_above_the_header_are_skipped)
{
    const char* header = "provider,2022,2023,2024\n";
    const char* data = "AWS,39.9,39.0,38.1\nMicrosoft,21.5,23.0,24.0\nGoogle,7.5,8.2,8.9\n";
    const struct
    {
        const char* titles;
        int header;
    } cases[] = {
        {"", 0},
        {"Worldwide IaaS Public Cloud Services Market Share (%)\n\n", 2},
        {"Market share (%),,,\n,,,\n", 2},
        // Excel pads a title row with commas; one with a comma of its own has two filled cells.
        {"Market share (%), Gartner,,\n", 1},
        {"Table 1: Revenue by provider, USD million\n", 1},
        // A caption is a title even when most of its cells are filled.
        {"Table 3, revenue by provider, USD million\n", 1},
        {"单位：万元\n", 1},
        {"Table 2\nSource: Gartner (July 2024)\n", 2},
    };
    for (const auto& c : cases) {
        const SniffResult sniff = sniffText(QString::fromUtf8(c.titles) + QString::fromUtf8(header) + QString::fromUtf8(data));
        BOOST_TEST_INFO("titles: " << c.titles);
        BOOST_TEST(sniff.headerRecord == c.header);
        BOOST_TEST(sniff.header == cells("provider,2022,2023,2024"));
    }
}

BOOST_AUTO_TEST_CASE(headers_that_look_sparse_are_still_headers)
{
    // The empty corner of a wide table.
    BOOST_TEST(sniffText(QStringLiteral(",2022,2023\nAWS,39.9,39.0\nAzure,21.5,23.0\n")).headerRecord == 0);
    // One column, its values written with a trailing delimiter.
    BOOST_TEST(sniffText(QStringLiteral("value\n1,\n2,\n3,\n")).headerRecord == 0);
    // A data row further down that is longer than everything above it does not win.
    BOOST_TEST(sniffText(QStringLiteral("a,b,c\n1,2,3\n4,5,6\n7,8,9,10,11,12\n")).headerRecord == 0);
}

BOOST_AUTO_TEST_SUITE_END()
