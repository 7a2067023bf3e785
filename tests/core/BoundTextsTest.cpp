#include "store/BoundTexts.h"
#include "store/SqliteDatabase.h"

#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace mixshift;

namespace {

std::string bytes(QByteArrayView view)
{
    return std::string(view.data(), static_cast<std::size_t>(view.size()));
}

} // namespace

BOOST_AUTO_TEST_SUITE(bound_texts)

BOOST_AUTO_TEST_CASE(texts_are_utf8_and_stay_in_place_until_cleared)
{
    BoundTexts texts;
    const QByteArrayView ascii = texts.add(QStringView(u"30141.56 million"));
    const QByteArrayView chinese = texts.add(QStringView(u"276.48億元"));
    const QByteArrayView empty = texts.add(QStringView());
    BOOST_TEST(bytes(ascii) == "30141.56 million");
    BOOST_TEST(bytes(chinese) == "276.48\xE5\x84\x84\xE5\x85\x83");
    BOOST_TEST(empty.size() == 0);
    BOOST_TEST(empty.data() != nullptr); // an empty text, not SQL NULL

    // Far more than one block's worth, and one text longer than a block: the first texts are untouched.
    std::vector<QByteArrayView> many;
    const QString line = QStringLiteral("阿里云 Alibaba Cloud %1");
    for (int i = 0; i < 20000; ++i)
        many.push_back(texts.add(QStringView(line.arg(i))));
    const QString huge(200000, QLatin1Char('x'));
    const QByteArrayView big = texts.add(QStringView(huge));
    BOOST_TEST(big.size() == 200000);
    BOOST_TEST(bytes(ascii) == "30141.56 million");
    BOOST_TEST(bytes(chinese) == "276.48\xE5\x84\x84\xE5\x85\x83");
    for (int i : {0, 1, 4999, 19999})
        BOOST_TEST(bytes(many[static_cast<std::size_t>(i)]) == line.arg(i).toStdString());

    // Cleared, the blocks are written again from the start.
    texts.clear();
    const QByteArrayView again = texts.add(QByteArrayView("revenue"));
    BOOST_TEST(bytes(again) == "revenue");
    BOOST_TEST(again.data() == ascii.data());
}

BOOST_AUTO_TEST_CASE(a_statement_reads_its_bound_texts_back)
{
    QTemporaryDir dir;
    SqliteDatabase db(dir.filePath(QStringLiteral("t.db")), SqliteDatabase::Access::ReadWriteCreate);
    db.exec("CREATE TABLE t (a TEXT, b TEXT)");
    Statement insert = db.prepare("INSERT INTO t VALUES (?, ?)");
    for (int i = 0; i < 5000; ++i) {
        insert.reset();
        insert.bindAll(QStringLiteral("營業收入 %1").arg(i), QByteArray("plain"));
        insert.run();
    }
    Statement read = db.prepare("SELECT a, b, length(a) FROM t WHERE rowid IN (1, 5000) ORDER BY rowid");
    BOOST_REQUIRE(read.step());
    BOOST_TEST(read.text(0).toStdString() == "營業收入 0");
    BOOST_TEST(read.text(1).toStdString() == "plain");
    BOOST_TEST(read.int64(2) == 6);
    BOOST_REQUIRE(read.step());
    BOOST_TEST(read.text(0).toStdString() == "營業收入 4999");
}

BOOST_AUTO_TEST_SUITE_END()
