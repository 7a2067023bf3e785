#include "charts/PngEncoder.h"

#include <QImage>
#include <QPainter>

#include <boost/test/unit_test.hpp>

#include <cstdlib>

using namespace mixshift;

BOOST_AUTO_TEST_SUITE(png_encoder)

BOOST_AUTO_TEST_CASE(an_opaque_chart_image_decodes_to_the_same_pixels_with_its_dpi)
{
    QImage image(301, 157, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 114, 178), 2.5));
    painter.drawLine(3, 150, 290, 7);
    painter.fillRect(40, 40, 30, 60, QColor(230, 159, 0));
    painter.end();
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    const QByteArray png = PngEncoder::encode(image);
    BOOST_REQUIRE(png.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage back = QImage::fromData(png, "PNG");
    BOOST_REQUIRE(!back.isNull());
    BOOST_TEST((back.size() == image.size()));
    BOOST_TEST(!back.hasAlphaChannel());
    BOOST_TEST(back.dotsPerMeterX() == 11811);
    int different = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            different += back.pixel(x, y) != image.pixel(x, y);
    BOOST_TEST(different == 0, "lossless: every pixel as drawn");
}

BOOST_AUTO_TEST_CASE(a_transparent_image_keeps_its_alpha_unpremultiplied)
{
    QImage image(64, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(0, 0, 32, 32, QColor(213, 94, 0, 128));
    painter.fillRect(32, 0, 32, 32, QColor(0, 158, 115));
    painter.end();
    const QImage back = QImage::fromData(PngEncoder::encode(image), "PNG");
    BOOST_REQUIRE(back.hasAlphaChannel());
    const QImage straight = image.convertToFormat(QImage::Format_ARGB32);
    const QImage decoded = back.convertToFormat(QImage::Format_ARGB32);
    for (const QPoint at : {QPoint(5, 5), QPoint(40, 20)}) {
        const QRgb a = straight.pixel(at), b = decoded.pixel(at);
        BOOST_TEST(qAlpha(a) == qAlpha(b));
        BOOST_TEST(std::abs(qRed(a) - qRed(b)) <= 1);
        BOOST_TEST(std::abs(qGreen(a) - qGreen(b)) <= 1);
        BOOST_TEST(std::abs(qBlue(a) - qBlue(b)) <= 1);
    }
    BOOST_TEST(qAlpha(decoded.pixel(5, 5)) == 128);
}

BOOST_AUTO_TEST_SUITE_END()
