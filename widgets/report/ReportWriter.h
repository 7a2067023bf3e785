#pragma once

#include "report/ReportContent.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;

namespace mixshift {

class ReportPages;

/// A report as pages: a title page (title, author, date, project, what it covers); a contents page; per chart
/// the chart as vector graphics, a table of the values it plots with a footnote number per source, and those
/// footnotes; per scenario its levers (in words, with units and the reason behind each default), its results,
/// and its paths, bridge, tornado and fan; the consistency findings about what is shown; a sources page numbered
/// as the footnotes. A running footer with page numbers on every page. The same pages go to a PDF file and to the
/// app's preview.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /// Told after each section (done, total); returning false stops the report.
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportWriter(const ReportContent& content);

    /// A4 portrait at 96 dpi without margins (the pages keep their own): what paint() expects of its device.
    static void setUp(QPagedPaintDevice& device);
    /// Lays the report out, then paints it on `device` (set up as setUp() does). False when `progress` stopped it.
    bool paint(QPagedPaintDevice& device, const Progress& progress = {});
    /// The report as a PDF, its Chinese text searchable; empty when `progress` stopped it. Throws Error when the
    /// PDF cannot be drawn.
    QByteArray pdf(const Progress& progress = {});
    /// Writes the PDF to `path` whole or not at all; false when `progress` stopped it (and nothing was written).
    bool save(const QString& path, const Progress& progress = {});

    /// Pages of the last paint().
    int pageCount() const { return m_pageCount; }

private:
    struct Section
    {
        QString title;
        int page = 0;
    };

    bool layOut(ReportPages& pages, const Progress& progress);
    void titlePage(ReportPages& pages);
    void contentsPage(ReportPages& pages);
    void chartSection(ReportPages& pages, const ChartDocument& chart);
    void scenarioSection(ReportPages& pages, const ScenarioSection& section);
    void findingsSection(ReportPages& pages);
    void sourcesSection(ReportPages& pages);
    /// Starts a section on a new page, numbered in the contents.
    void heading(ReportPages& pages, const QString& title);
    /// The footnotes under a table: the sources `numbers` name, in number order.
    void footnotes(ReportPages& pages, const QList<int>& cited);
    QString marks(const QStringList& sources) const;

    const ReportContent& m_content;
    QVector<Section> m_sections;
    int m_sectionIndex = 0;
    int m_pageCount = 0;
};

} // namespace mixshift
