// Every input kept for the fuzz targets — their seeds and the inputs of past findings — run through the same
// target functions in the normal suite, so a finding once fixed stays fixed.
#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>

#include <boost/test/unit_test.hpp>

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

void runInputs(const char* folder, Target target)
{
    const QDir dir(QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/fuzz/") + QString::fromLatin1(folder));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    BOOST_REQUIRE(!names.isEmpty());
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        BOOST_TEST_INFO(folder << '/' << name.toStdString());
        BOOST_CHECK_NO_THROW(target(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())));
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(fuzz_inputs)

BOOST_AUTO_TEST_CASE(csv_reader) { runInputs("csv_reader", mixshift::fuzz::csvReader); }
BOOST_AUTO_TEST_CASE(value_parser) { runInputs("value_parser", mixshift::fuzz::valueParser); }
BOOST_AUTO_TEST_CASE(period_parser) { runInputs("period_parser", mixshift::fuzz::periodParser); }
BOOST_AUTO_TEST_CASE(import) { runInputs("import", mixshift::fuzz::import); }
BOOST_AUTO_TEST_CASE(workbook) { runInputs("workbook", mixshift::fuzz::workbook); }

BOOST_AUTO_TEST_SUITE_END()
