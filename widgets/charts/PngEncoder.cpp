#include "PngEncoder.h"

#include <QImage>

#include <png.h>
#include <zlib.h>

#include <csetjmp>

namespace mixshift::PngEncoder {

namespace {

void append(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), qsizetype(length));
}

void flush(png_structp) {}

// libpng reports a failure by longjmp: this frame holds no object with a destructor, so none is skipped.
bool write(png_structp png, png_infop info, const QImage& image, bool alpha, QByteArray* out)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, out, append, flush);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_strategy(png, Z_RLE);
    png_set_compression_level(png, 4);
    png_write_info(png, info);
    if (!alpha) {
        // RGB32 is 0xffRRGGBB in native order: the padding byte is dropped, the order made R, G, B.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        png_set_filler(png, 0, PNG_FILLER_AFTER);
        png_set_bgr(png);
#else
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    }
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    return true;
}

} // namespace

QByteArray encode(const QImage& source)
{
    // A transparent image goes as straight (not premultiplied) RGBA bytes, as PNG stores them.
    const bool alpha = source.hasAlphaChannel();
    const QImage image = alpha ? source.convertToFormat(QImage::Format_RGBA8888) : source.convertToFormat(QImage::Format_RGB32);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return {};
    png_infop info = png_create_info_struct(png);
    QByteArray bytes;
    const bool written = info && write(png, info, image, alpha, &bytes);
    png_destroy_write_struct(&png, info ? &info : nullptr);
    return written ? bytes : QByteArray();
}

} // namespace mixshift::PngEncoder
