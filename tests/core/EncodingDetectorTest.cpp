// Encoding detection on files as they come: legacy Chinese, Japanese, Korean and European code pages, mostly-ASCII
// files with a few words of Chinese, byte-order marks. Every sample is made here from text, so what it should
// decode to is known.
#include "QtPrinting.h"
#include "import/CsvSniffer.h"
#include "io/EncodingDetector.h"

#include <QDate>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

QByteArray encode(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    BOOST_REQUIRE_MESSAGE(!encoder.hasError(), "the test text fits " << encoding);
    return bytes;
}

QString decode(const QByteArray& bytes, const QByteArray& encoding)
{
    QStringDecoder decoder(encoding.constData());
    return decoder.decode(bytes);
}

// A year of daily quotes as a Chinese broker exports them: Chinese only in the header and the name column.
QString dailyQuotes(int rows)
{
    QString text = QStringLiteral("日期,股票代码,名称,收盘价,最高价,最低价,开盘价,前收盘,涨跌额,涨跌幅,换手率,成交量,"
                                  "成交金额,总市值,流通市值\r\n");
    const QDate first(2017, 2, 24);
    for (int i = 0; i < rows; ++i) {
        const double close = 40 + (i % 97) * 0.37;
        text += QStringLiteral("%1,'002352,顺丰控股,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13\r\n")
                    .arg(first.addDays(i).toString(Qt::ISODate))
                    .arg(close, 0, 'f', 2)
                    .arg(close + 0.8, 0, 'f', 2)
                    .arg(close - 0.6, 0, 'f', 2)
                    .arg(close - 0.1, 0, 'f', 2)
                    .arg(close - 0.2, 0, 'f', 2)
                    .arg(0.2, 0, 'f', 2)
                    .arg(0.4975, 0, 'f', 4)
                    .arg(0.1519 + (i % 13) * 0.01, 0, 'f', 4)
                    .arg(6708163 + i * 17)
                    .arg(271587539.38 + i, 0, 'f', 2)
                    .arg(1.7922e11 + i * 1000.0, 0, 'f', 1)
                    .arg(1.3060e10 + i * 100.0, 0, 'f', 1);
    }
    return text;
}

QSet<QByteArray> candidateNames(const DetectedEncoding& detected)
{
    QSet<QByteArray> names;
    for (const EncodingCandidate& c : detected.candidates)
        names.insert(c.name);
    return names;
}

// The shape every answer has: the choice first among its candidates, the rest best first, each with evidence.
void checkCandidates(const DetectedEncoding& detected)
{
    BOOST_REQUIRE(!detected.candidates.isEmpty());
    BOOST_TEST(detected.candidates.front().name == detected.name);
    BOOST_TEST(candidateNames(detected).size() == detected.candidates.size(), "each encoding once");
    for (qsizetype i = 2; i < detected.candidates.size(); ++i)
        BOOST_TEST(detected.candidates[i - 1].score >= detected.candidates[i].score, "best first");
    for (const EncodingCandidate& c : detected.candidates)
        BOOST_TEST(!c.evidence.isEmpty(), c.name.toStdString());
    BOOST_TEST(detected.basis.startsWith(detected.candidates.front().evidence));
}

} // namespace

BOOST_AUTO_TEST_SUITE(encoding_detector)

BOOST_AUTO_TEST_CASE(gbk_file_of_digits_with_chinese_in_the_header_and_one_column)
{
    const QString text = dailyQuotes(2400);
    const QByteArray bytes = encode(text, "GB18030");
    BOOST_REQUIRE_GT(bytes.size(), 300 * 1000);

    // The whole file, and the first 64 KiB as the sniffer reads it (cut anywhere, even inside a character).
    for (const QByteArray& sample : {bytes, bytes.left(64 * 1024), bytes.left(64 * 1024 + 1)}) {
        const bool whole = sample.size() == bytes.size();
        const DetectedEncoding detected = EncodingDetector::detect(sample, whole);
        BOOST_TEST_INFO("sample of " << sample.size() << " bytes");
        BOOST_TEST(detected.name == QByteArray("GB18030"));
        checkCandidates(detected);
        BOOST_TEST(detected.basis.contains(QStringLiteral("CJK ideographs")), detected.basis.toStdString());
        BOOST_TEST(decode(sample.left(200), detected.name).startsWith(QStringLiteral("日期,股票代码,名称,收盘价")));
        const QSet<QByteArray> names = candidateNames(detected);
        for (const char* name : {"GB18030", "Big5", "Shift_JIS", "EUC-KR", "windows-1252", "windows-1251", "windows-1250"})
            BOOST_TEST(names.contains(name), name);
    }
}

BOOST_AUTO_TEST_CASE(the_sniffer_keeps_the_alternatives_for_the_wizard)
{
    const QByteArray bytes = encode(dailyQuotes(800), "GB18030");
    const SniffResult sniff = CsvSniffer::sniffBytes(bytes.left(64 * 1024), false);
    BOOST_TEST(sniff.format.encoding == QByteArray("GB18030"));
    BOOST_REQUIRE(sniff.encodingCandidates.size() > 1);
    BOOST_TEST(sniff.encodingCandidates.front().name == QByteArray("GB18030"));
    BOOST_TEST(sniff.encodingBasis.startsWith(sniff.encodingCandidates.front().evidence));
    BOOST_REQUIRE(sniff.header.size() == 15);
    BOOST_TEST(sniff.header[2] == QStringLiteral("名称"));
    BOOST_TEST(sniff.sampleRecords.value(1).fields.value(2) == QStringLiteral("顺丰控股"));
}

BOOST_AUTO_TEST_CASE(big5_is_told_from_gbk)
{
    const QString statement = QStringLiteral("廠商,指標,期間,數值,單位,來源\n"
                                             "阿里雲,營收,2024財年第二財季,276.48,億元,阿里雲重新定調\n"
                                             "阿里雲,經調整EBITA,2024財年第二財季,14.09,億元,阿里雲重新定調\n"
                                             "亞馬遜,市場份額,2022年,39.99%,,Gartner\n");
    const QString quotes = QStringLiteral("日期,股票代碼,名稱,收盤價\n2024-01-02,2330,台積電,593.00\n"
                                          "2024-01-02,2317,鴻海,104.50\n2024-01-02,2454,聯發科,960.00\n");
    for (const QString& text : {statement, quotes}) {
        const DetectedEncoding detected = EncodingDetector::detect(encode(text, "Big5"), true);
        BOOST_TEST(detected.name == QByteArray("Big5"), text.toStdString());
        checkCandidates(detected);
    }
    // The same words in simplified Chinese and GBK stay GB18030.
    const DetectedEncoding simplified = EncodingDetector::detect(
        encode(QStringLiteral("厂商,指标,期间,数值,单位,来源\n阿里云,营收,2024财年第二财季,276.48,亿元,阿里云重新定调\n"),
               "GB18030"),
        true);
    BOOST_TEST(simplified.name == QByteArray("GB18030"));
}

BOOST_AUTO_TEST_CASE(japanese_and_korean)
{
    const QString japanese = QStringLiteral("会社名,売上高,営業利益,決算期\nトヨタ自動車,45095325,5352934,2024年3月期\n"
                                            "ソニーグループ,13020768,1208831,2024年3月期\n");
    const DetectedEncoding sjis = EncodingDetector::detect(encode(japanese, "Shift_JIS"), true);
    BOOST_TEST(sjis.name == QByteArray("Shift_JIS"));
    checkCandidates(sjis);
    BOOST_TEST(decode(encode(japanese, "Shift_JIS"), sjis.name) == japanese);

    const QString korean = QStringLiteral("회사명,매출액,영업이익,기간\n삼성전자,258935494,6566976,2023년\n"
                                          "네이버,9670624,1488841,2023년\n");
    const DetectedEncoding euckr = EncodingDetector::detect(encode(korean, "EUC-KR"), true);
    BOOST_TEST(euckr.name == QByteArray("EUC-KR"));
    checkCandidates(euckr);
}

BOOST_AUTO_TEST_CASE(european_code_pages)
{
    const QString french = QStringLiteral("Société;Umsatz;Straße;Ort\nCafé Müller;1.234;Königstraße;Zürich\n"
                                          "Bäckerei Groß;567;Hauptstraße;München\nCrème brûlée;89;Rue de la Paix;Besançon\n");
    const DetectedEncoding latin = EncodingDetector::detect(encode(french, "windows-1252"), true);
    BOOST_TEST(latin.name == QByteArray("windows-1252"));
    checkCandidates(latin);
    BOOST_TEST(latin.basis.contains(QStringLiteral("accented letters")), latin.basis.toStdString());

    const QString russian = QStringLiteral("Компания,Выручка,Прибыль\nЯндекс,800,70\nСбербанк,3000,1500\n");
    const DetectedEncoding cyrillic = EncodingDetector::detect(encode(russian, "windows-1251"), true);
    BOOST_TEST(cyrillic.name == QByteArray("windows-1251"));
    checkCandidates(cyrillic);
}

BOOST_AUTO_TEST_CASE(ascii_and_utf8)
{
    const DetectedEncoding ascii = EncodingDetector::detect("provider,metric,period,value\nAWS,revenue,2023Q3,23.06\n", true);
    BOOST_TEST(ascii.name == QByteArray("UTF-8"));
    checkCandidates(ascii);

    const QByteArray utf8 = QStringLiteral("厂商,数值\n阿里云,276.48\nCafé Müller,1\n").toUtf8();
    for (const QByteArray& bytes : {utf8, QByteArray("\xEF\xBB\xBF") + utf8}) {
        const DetectedEncoding detected = EncodingDetector::detect(bytes, true);
        BOOST_TEST(detected.name == QByteArray("UTF-8"));
        checkCandidates(detected);
    }
    BOOST_TEST(EncodingDetector::detect(QByteArray("\xEF\xBB\xBF") + utf8, true).basis.contains(QStringLiteral("byte-order mark")));
    // A sample cut inside a character is still UTF-8.
    BOOST_TEST(EncodingDetector::detect(utf8.left(utf8.indexOf(',') - 1), false).name == QByteArray("UTF-8"));
}

BOOST_AUTO_TEST_CASE(utf16_with_and_without_byte_order_mark)
{
    const QString text = QStringLiteral("provider\tmetric\tvalue\r\n阿里雲\t營收\t276.48\r\nAWS\trevenue\t23.06\r\n");
    const QByteArray le = encode(text, "UTF-16LE");
    const QByteArray be = encode(text, "UTF-16BE");
    BOOST_TEST(EncodingDetector::detect(QByteArray("\xFF\xFE") + le, true).name == QByteArray("UTF-16LE"));
    BOOST_TEST(EncodingDetector::detect(QByteArray("\xFE\xFF") + be, true).name == QByteArray("UTF-16BE"));
    // Without a mark the zero high bytes of the ASCII characters tell the order.
    const DetectedEncoding bareLe = EncodingDetector::detect(le, true);
    BOOST_TEST(bareLe.name == QByteArray("UTF-16LE"));
    checkCandidates(bareLe);
    BOOST_TEST(EncodingDetector::detect(be, true).name == QByteArray("UTF-16BE"));
    BOOST_TEST(decode(le, bareLe.name) == text);
}

BOOST_AUTO_TEST_SUITE_END()
