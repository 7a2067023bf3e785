#include "io/CsvFormulaGuard.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

BOOST_AUTO_TEST_SUITE(csv_formula_guard)

BOOST_AUTO_TEST_CASE(text_that_starts_like_a_formula_gets_an_apostrophe_numbers_do_not)
{
    const std::vector<std::pair<QString, QString>> cases{
        {QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"), QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")")},
        {QStringLiteral("+cmd"), QStringLiteral("'+cmd")},
        {QStringLiteral("-2+3"), QStringLiteral("'-2+3")},
        {QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)")},
        {QStringLiteral("\t=1"), QStringLiteral("'\t=1")},
        {QStringLiteral("\r=1"), QStringLiteral("'\r=1")},
        {QStringLiteral("-"), QStringLiteral("'-")},
        {QStringLiteral("-5 million USD"), QStringLiteral("'-5 million USD")},
        // Already an apostrophe before a formula character: one more, so reading back is exact.
        {QStringLiteral("'=x"), QStringLiteral("''=x")},
        // Plain numbers are numbers.
        {QStringLiteral("-0.5"), QStringLiteral("-0.5")},
        {QStringLiteral("+3"), QStringLiteral("+3")},
        {QStringLiteral("-2.5e-05"), QStringLiteral("-2.5e-05")},
        {QStringLiteral("-.5"), QStringLiteral("-.5")},
        // Nothing to protect.
        {QStringLiteral("AWS"), QStringLiteral("AWS")},
        {QStringLiteral("'quoted"), QStringLiteral("'quoted")},
        {QStringLiteral("a=b"), QStringLiteral("a=b")},
        {QString(), QString()},
    };
    for (const auto& [text, safe] : cases) {
        BOOST_TEST_INFO(text.toStdString());
        BOOST_TEST(CsvFormulaGuard::protect(text).toStdString() == safe.toStdString());
        BOOST_TEST(CsvFormulaGuard::unprotect(safe).toStdString() == text.toStdString(), "reads back as it was");
    }
    // A cell from elsewhere that merely starts with an apostrophe keeps it.
    BOOST_TEST(CsvFormulaGuard::unprotect(QStringLiteral("'tis")).toStdString() == "'tis");
}

BOOST_AUTO_TEST_CASE(the_writer_protects_every_field_and_quotes_as_before)
{
    const QString line = CsvWriter::record({QStringLiteral("=1+1"), QStringLiteral("-0.5"), QStringLiteral("@x,y"),
                                            QStringLiteral("plain")});
    BOOST_TEST(line.toStdString() == "'=1+1,-0.5,\"'@x,y\",plain\n");

    // Through the reader and back: the protected text, which unprotect() turns into the original.
    QBuffer buffer;
    buffer.setData(line.toUtf8());
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    BOOST_REQUIRE(reader.next(record));
    BOOST_TEST(CsvFormulaGuard::unprotect(record.fields[0]).toStdString() == "=1+1");
    BOOST_TEST(CsvFormulaGuard::unprotect(record.fields[2]).toStdString() == "@x,y");
}

BOOST_AUTO_TEST_SUITE_END()
