#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

class QCPPainter;
class QPagedPaintDevice;

namespace mixshift {

/// A table as a report page shows it: a header row repeated on every page the table runs onto, columns as
/// fractions of the text width, each cell a text with, after it in small type, its footnote marks ("[3,4]").
struct ReportTable
{
    struct Cell
    {
        QString text;
        QString marks;
    };
    QVector<double> widths;
    /// Per column; columns without one are left-aligned.
    QVector<Qt::Alignment> alignments;
    QVector<Cell> header;
    QVector<QVector<Cell>> rows;
};

/// The pages of a report as it is laid out top to bottom: a cursor that moves down the text area of an A4 page
/// and onto a new page when what comes next does not fit, with a running footer ("title · date", "page N of
/// M") on each. A report is laid out twice: first only measured (no painter: nothing is drawn, every height is
/// known), to learn on which page each section starts and how many pages there are; then drawn. The device
/// is at 96 dpi, so a unit is a layout pixel, as the charts are laid out.
class ReportPages
{
public:
    static constexpr double dotsPerInch = 96;

    /// `painter`: null while measuring. `pageCount`: what the measuring pass counted (0 during it).
    ReportPages(QPagedPaintDevice& device, QCPPainter* painter, QString footer, int pageCount);

    bool measuring() const { return m_painter == nullptr; }
    QCPPainter* painter() const { return m_painter; }
    int page() const { return m_page; }
    double width() const { return m_body.width(); }
    QPointF cursor() const { return {m_body.left(), m_y}; }
    /// How far down the page the cursor may still go.
    double room() const { return m_body.bottom() - m_y; }
    /// Whether the cursor is at the top of a page's text area.
    bool atTop() const { return m_y <= m_body.top() + 0.5; }

    void newPage();
    /// Moves to a new page unless `height` fits below the cursor (or the page is still empty).
    void keepTogether(double height);
    void skip(double height);
    /// Draws the footer of the last page.
    void finish();

    /// A paragraph broken to the text width (less `indent`); returns its height.
    double paragraph(const QString& text, const QFont& font, const QColor& colour = Qt::black, double indent = 0);
    /// The height paragraph() would take.
    double paragraphHeight(const QString& text, const QFont& font, double indent = 0) const;
    /// A table, kept on one page when it fits one, else broken between rows across pages, its header on each.
    void table(const ReportTable& table, const QFont& font, const QFont& marksFont);
    /// The height table() takes on one page, or a page's when it is longer.
    double tableHeight(const ReportTable& table, const QFont& font, const QFont& marksFont) const;
    /// Reserves `height` at the cursor and, when drawing, hands `draw` the rectangle.
    void block(double height, const std::function<void(const QRectF&)>& draw);

    /// Fonts of a report, by role.
    static QFont font(double points, bool bold = false);

private:
    double rowHeight(const ReportTable& table, const QVector<ReportTable::Cell>& cells, const QFont& font,
                     const QFont& marksFont) const;
    void drawRow(const ReportTable& table, const QVector<ReportTable::Cell>& cells, const QFont& font,
                 const QFont& marksFont, double height, bool header);
    void drawFooter();

    QPagedPaintDevice& m_device;
    QCPPainter* m_painter;
    QString m_footer;
    int m_pageCount;
    int m_page = 1;
    QRectF m_body;
    double m_y = 0;
};

} // namespace mixshift
