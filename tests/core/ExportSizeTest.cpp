#include "io/ExportSize.h"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace mixshift;

namespace {

ExportSize sized(double width, double height, double scale)
{
    return {width, height, scale};
}

} // namespace

BOOST_AUTO_TEST_SUITE(export_size)

BOOST_AUTO_TEST_CASE(lengths_in_pixels_millimetres_centimetres_and_inches)
{
    BOOST_TEST(*ExportSize::parseLength(QStringLiteral("1600")) == 1600);
    BOOST_TEST(*ExportSize::parseLength(QStringLiteral("1600px")) == 1600);
    BOOST_TEST(*ExportSize::parseLength(QStringLiteral(" 800 PX ")) == 800);
    // 25.4 mm is an inch, 96 layout pixels.
    BOOST_TEST(*ExportSize::parseLength(QStringLiteral("25.4mm")) == 96, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*ExportSize::parseLength(QStringLiteral("2.54cm")) == 96, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*ExportSize::parseLength(QStringLiteral("1in")) == 96);
    BOOST_TEST(*ExportSize::parseLength(QStringLiteral("160mm")) == 160 / 25.4 * 96, boost::test_tools::tolerance(1e-12));
    for (const char* bad : {"", "0", "-5", "640.5", "12pt", "mm", "1e3", "nan", "inf", "5 mm x", "0mm"})
        BOOST_TEST(!ExportSize::parseLength(QString::fromLatin1(bad)), bad);
}

BOOST_AUTO_TEST_CASE(a_print_size_at_a_dpi_gives_its_pixels_and_points)
{
    ExportSize size;
    size.width = *ExportSize::parseLength(QStringLiteral("160mm"));
    size.height = *ExportSize::parseLength(QStringLiteral("90mm"));
    size.setDpi(300);
    // 160 mm = 6.299 in; at 300 dpi, 1889.8 pixels.
    BOOST_TEST(size.pngPixels().width() == 1890);
    BOOST_TEST(size.pngPixels().height() == 1063);
    // The page: 160 mm = 453.54 points, 90 mm = 255.12 points.
    BOOST_TEST(size.pagePoints().width() == 160 / 25.4 * 72, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(size.pagePoints().height() == 90 / 25.4 * 72, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(size.dpi() == 300, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(size.problem(true).isEmpty());

    const ExportSize defaults;
    BOOST_TEST(defaults.pngPixels().width() == 3200, "1600 layout pixels at twice the screen's 96 dpi");
    BOOST_TEST(defaults.pagePoints().width() == 1200, "1600 pixels of 1/96 inch are 1200 points");
}

BOOST_AUTO_TEST_CASE(sizes_out_of_range_are_named)
{
    BOOST_TEST(sized(0, 10, 1).problem(false).contains(QStringLiteral("from 1 to 20000 pixels")));
    BOOST_TEST(sized(10, 20001, 1).problem(false).contains(QStringLiteral("from 1 to 20000 pixels")));
    BOOST_TEST(sized(10, 10, std::nan("")).problem(false).contains(QStringLiteral("9.6 to 768 dpi")));
    BOOST_TEST(sized(10, 10, 9).problem(false).contains(QStringLiteral("scale")));
    BOOST_TEST(sized(7680, 4320, 1).problem(true).isEmpty());
    BOOST_TEST(sized(7680, 4320, 2).problem(true).contains(QStringLiteral("the most is 40 million")));
    BOOST_TEST(sized(7680, 4320, 2).problem(false).isEmpty(), "only a PNG has pixels to count");
}

BOOST_AUTO_TEST_SUITE_END()
