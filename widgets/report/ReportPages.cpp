#include "ReportPages.h"

#include <qcustomplot.h>

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>

#include <algorithm>

namespace mixshift {

namespace {

// A4 in layout pixels (1/96 inch): 210 × 297 mm.
constexpr double pageWidth = 210 / 25.4 * ReportPages::dotsPerInch;
constexpr double pageHeight = 297 / 25.4 * ReportPages::dotsPerInch;
constexpr double sideMargin = 68;
constexpr double topMargin = 64;
// Below the text area: the footer's line and text.
constexpr double bottomMargin = 92;
constexpr double cellPadding = 4;
constexpr double ruleGrey = 190;

} // namespace

ReportPages::ReportPages(QPagedPaintDevice& device, QCPPainter* painter, QString footer, int pageCount)
    : m_device(device), m_painter(painter), m_footer(std::move(footer)), m_pageCount(pageCount),
      m_body(sideMargin, topMargin, pageWidth - 2 * sideMargin, pageHeight - topMargin - bottomMargin),
      m_y(topMargin)
{
}

QFont ReportPages::font(double points, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures where a script does not need them: "fi" stays two letters that a search for "fixes" finds.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void ReportPages::newPage()
{
    if (m_painter) {
        drawFooter();
        m_device.newPage();
    }
    ++m_page;
    m_y = m_body.top();
}

void ReportPages::keepTogether(double height)
{
    if (height > room() && !atTop())
        newPage();
}

void ReportPages::skip(double height)
{
    m_y = std::min(m_y + height, m_body.bottom());
}

void ReportPages::finish()
{
    if (m_painter)
        drawFooter();
}

void ReportPages::drawFooter()
{
    const double y = m_body.bottom() + 40;
    m_painter->save();
    m_painter->setPen(QPen(QColor(ruleGrey, ruleGrey, ruleGrey), 0.8));
    m_painter->drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
    m_painter->setFont(font(7.5));
    m_painter->setPen(QColor(90, 90, 90));
    const QRectF line(m_body.left(), y + 4, m_body.width(), 20);
    const QString number = QCoreApplication::translate("ReportPages", "Page %1 of %2").arg(m_page).arg(m_pageCount);
    const double numberWidth = QFontMetricsF(font(7.5), &m_device).horizontalAdvance(number) + 12;
    m_painter->drawText(line.adjusted(0, 0, -numberWidth, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                        QFontMetricsF(font(7.5), &m_device).elidedText(m_footer, Qt::ElideRight, line.width() - numberWidth));
    m_painter->drawText(line, Qt::AlignRight | Qt::AlignTop, number);
    m_painter->restore();
}

double ReportPages::paragraphHeight(const QString& text, const QFont& font, double indent) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width() - indent, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text).height();
}

double ReportPages::paragraph(const QString& text, const QFont& font, const QColor& colour, double indent)
{
    const double height = paragraphHeight(text, font, indent);
    const QFontMetricsF metrics(font, &m_device);
    // A paragraph taller than a page is broken at page ends by the lines that fit.
    if (height > m_body.height()) {
        for (const QString& line : text.split(QLatin1Char('\n')))
            paragraph(line, font, colour, indent);
        return height;
    }
    keepTogether(height);
    if (m_painter) {
        m_painter->save();
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(QRectF(m_body.left() + indent, m_y, width() - indent, height),
                            Qt::TextWordWrap | Qt::AlignLeft, text);
        m_painter->restore();
    }
    m_y += height;
    return height;
}

void ReportPages::block(double height, const std::function<void(const QRectF&)>& draw)
{
    keepTogether(height);
    if (m_painter)
        draw(QRectF(m_body.left(), m_y, width(), height));
    m_y += height;
}

double ReportPages::rowHeight(const ReportTable& table, const QVector<ReportTable::Cell>& cells, const QFont& font,
                              const QFont& marksFont) const
{
    const QFontMetricsF metrics(font, &m_device);
    const QFontMetricsF marks(marksFont, &m_device);
    double height = metrics.height();
    for (int i = 0; i < cells.size() && i < table.widths.size(); ++i) {
        const double cellWidth = table.widths[i] * width() - 2 * cellPadding -
                                 (cells[i].marks.isEmpty() ? 0 : marks.horizontalAdvance(cells[i].marks) + 2);
        height = std::max(height, metrics.boundingRect(QRectF(0, 0, std::max(cellWidth, 8.0), 1e6),
                                                       Qt::TextWordWrap | Qt::AlignLeft, cells[i].text)
                                      .height());
    }
    return height + 2 * cellPadding;
}

void ReportPages::drawRow(const ReportTable& table, const QVector<ReportTable::Cell>& cells, const QFont& font,
                          const QFont& marksFont, double height, bool header)
{
    if (!m_painter)
        return;
    const QFontMetricsF marks(marksFont, &m_device);
    m_painter->save();
    if (header)
        m_painter->fillRect(QRectF(m_body.left(), m_y, width(), height), QColor(238, 240, 243));
    double x = m_body.left();
    for (int i = 0; i < cells.size() && i < table.widths.size(); ++i) {
        const double cellWidth = table.widths[i] * width();
        const Qt::Alignment align = i < table.alignments.size() ? table.alignments[i] : Qt::AlignLeft;
        const double marksWidth = cells[i].marks.isEmpty() ? 0 : marks.horizontalAdvance(cells[i].marks) + 2;
        QRectF text(x + cellPadding, m_y + cellPadding, cellWidth - 2 * cellPadding - marksWidth, height - 2 * cellPadding);
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        QRectF drawn;
        m_painter->drawText(text, Qt::TextWordWrap | align | Qt::AlignTop, cells[i].text, &drawn);
        if (!cells[i].marks.isEmpty()) {
            // The marks follow the text's last line, raised a little, as footnote marks are.
            m_painter->setFont(marksFont);
            m_painter->setPen(QColor(40, 80, 150));
            const double left = (align & Qt::AlignRight) ? text.right() + 2 : drawn.right() + 2;
            m_painter->drawText(QPointF(left, drawn.bottom() - QFontMetricsF(font, &m_device).descent() - 3), cells[i].marks);
        }
        x += cellWidth;
    }
    m_painter->setPen(QPen(QColor(ruleGrey, ruleGrey, ruleGrey), header ? 0.9 : 0.4));
    m_painter->drawLine(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
    m_painter->restore();
}

double ReportPages::tableHeight(const ReportTable& table, const QFont& font, const QFont& marksFont) const
{
    QFont headerFont = font;
    headerFont.setBold(true);
    double height = rowHeight(table, table.header, headerFont, marksFont);
    for (const auto& row : table.rows)
        height += rowHeight(table, row, font, marksFont);
    return std::min(height, m_body.height());
}

void ReportPages::table(const ReportTable& table, const QFont& font, const QFont& marksFont)
{
    QFont headerFont = font;
    headerFont.setBold(true);
    const double headerHeight = rowHeight(table, table.header, headerFont, marksFont);
    const auto header = [&] {
        drawRow(table, table.header, headerFont, marksFont, headerHeight, true);
        m_y += headerHeight;
    };
    // A table that fits on a page is kept on one; a longer one at least never leaves its header alone at a
    // page's end.
    const double whole = tableHeight(table, font, marksFont);
    keepTogether(whole < m_body.height() ? whole
                                         : headerHeight + (table.rows.isEmpty() ? 0 : rowHeight(table, table.rows.front(), font, marksFont)));
    header();
    for (const auto& row : table.rows) {
        const double height = rowHeight(table, row, font, marksFont);
        if (height > room()) {
            newPage();
            header();
        }
        drawRow(table, row, font, marksFont, height, false);
        m_y += height;
    }
}

} // namespace mixshift
