#include "ReportWriter.h"

#include "scenario/MixQuarterTable.h"
#include "scenario/StatusQuoForecast.h"

#include "ReportPages.h"
#include "charts/ChartExport.h"
#include "charts/ChartView.h"
#include "scenario/ScenarioPlots.h"

#include "Error.h"
#include "i18n/Language.h"
#include "io/OutputFile.h"
#include "io/PdfToUnicode.h"
#include "scenario/MixLevers.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace mixshift {

namespace {

constexpr double chartHeight = 430;
constexpr double scenarioPlotHeight = 330;
const QColor muted(90, 90, 90);

// In the report's language: 2 December 2026, 2026年12月2日.
QString longDate(const QDate& date)
{
    //: A QDate format for the date on the title page
    const QString format = QCoreApplication::translate("ReportWriter", "d MMMM yyyy");
    return QLocale(Language::installed()).toString(date, format);
}

// Source numbers in order, once each, without the 0 of a source not cited.
QList<int> distinct(QList<int> numbers)
{
    numbers.removeAll(0);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

// "[3]", "[3,4]": the footnote marks of `numbers`.
QString marksOf(const QList<int>& numbers)
{
    QStringList parts;
    for (const int n : distinct(numbers))
        parts << QString::number(n);
    return parts.isEmpty() ? QString() : QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// A drawing painted as vector graphics, laid out at the size of `rect` (a page's block).
void paintInto(ReportPages& pages, const QRectF& rect, const ChartExport::Drawing& drawing)
{
    ExportSize size;
    size.width = rect.width();
    size.height = rect.height();
    ChartExport::paintVector(drawing, *pages.painter(), rect.topLeft(), size);
}

// A plot drawn by `draw`, painted into a block of `height` (only when the pages are drawn, not measured).
void plotBlock(ReportPages& pages, double height, const std::function<void(QCustomPlot*)>& draw)
{
    pages.block(height, [&](const QRectF& rect) {
        QCustomPlot plot;
        plot.resize(int(rect.width()), int(rect.height()));
        draw(&plot);
        paintInto(pages, rect, ChartExport::drawing(&plot));
    });
}

QFont tableFont()
{
    return ReportPages::font(8);
}

QFont marksFont()
{
    return ReportPages::font(6);
}

// A heading within a section, kept on the page of the table that follows it.
void tableWithHeading(ReportPages& pages, const QString& heading, const ReportTable& table)
{
    const QFont font = ReportPages::font(10.5, true);
    const double gap = 4;
    pages.keepTogether(pages.paragraphHeight(heading, font) + gap + pages.tableHeight(table, tableFont(), marksFont()));
    pages.paragraph(heading, font);
    pages.skip(gap);
    pages.table(table, tableFont(), marksFont());
}

} // namespace

ReportWriter::ReportWriter(const ReportContent& content)
    : m_content(content)
{
}

void ReportWriter::setUp(QPagedPaintDevice& device)
{
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);
}

bool ReportWriter::paint(QPagedPaintDevice& device, const Progress& progress)
{
    const QString footer = QStringLiteral("%1 · %2 · %3").arg(m_content.title(), m_content.project, longDate(m_content.request.date));
    // Measured first: where each section starts and how many pages there are, for the contents and the footers.
    m_sections.clear();
    {
        ReportPages measured(device, nullptr, footer, 0);
        layOut(measured, {});
        m_pageCount = measured.page();
    }
    QCPPainter painter;
    if (!painter.begin(&device))
        throw Error(tr("the report's pages could not be drawn"));
    ReportPages pages(device, &painter, footer, m_pageCount);
    const bool done = layOut(pages, progress);
    pages.finish();
    painter.end();
    return done;
}

QByteArray ReportWriter::pdf(const Progress& progress)
{
    // Drawn in memory; save() writes the file whole or not at all (OutputFile, through QSaveFile).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool done = false;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(ReportPages::dotsPerInch));
        writer.setCreator(QStringLiteral("MixShift"));
        writer.setTitle(m_content.title());
        setUp(writer);
        done = paint(writer, progress);
    }
    return done ? withIdeographsForRadicals(bytes) : QByteArray();
}

bool ReportWriter::save(const QString& path, const Progress& progress)
{
    const QByteArray bytes = pdf(progress);
    if (bytes.isEmpty())
        return false;
    OutputFile::save(path, bytes);
    return true;
}

bool ReportWriter::layOut(ReportPages& pages, const Progress& progress)
{
    m_sectionIndex = 0;
    const int total = int(m_content.charts.size() + m_content.scenarios.size()) + 2;
    int done = 0;
    const auto step = [&] { return !progress || progress(++done, total); };
    titlePage(pages);
    contentsPage(pages);
    for (const ChartDocument& chart : m_content.charts) {
        chartSection(pages, chart);
        if (!step())
            return false;
    }
    for (const ScenarioSection& scenario : m_content.scenarios) {
        scenarioSection(pages, scenario);
        if (!step())
            return false;
    }
    findingsSection(pages);
    sourcesSection(pages);
    return step();
}

void ReportWriter::heading(ReportPages& pages, const QString& title)
{
    if (!pages.atTop())
        pages.newPage();
    // The measuring pass learns the page; the drawing pass lays out the same way and finds the same.
    if (pages.measuring())
        m_sections.append({title, pages.page()});
    ++m_sectionIndex;
    pages.paragraph(QStringLiteral("%1  %2").arg(m_sectionIndex).arg(title), ReportPages::font(15, true));
    pages.skip(10);
}

QString ReportWriter::marks(const QStringList& sources) const
{
    return marksOf(m_content.sources.numbers(sources));
}

void ReportWriter::footnotes(ReportPages& pages, const QList<int>& cited)
{
    const QList<int> numbers = distinct(cited);
    if (numbers.isEmpty())
        return;
    pages.skip(6);
    for (const int n : numbers)
        pages.paragraph(QStringLiteral("[%1] %2").arg(n).arg(m_content.sources.cited().value(n - 1)), ReportPages::font(7.5),
                        muted);
}

void ReportWriter::titlePage(ReportPages& pages)
{
    pages.skip(220);
    pages.paragraph(m_content.title(), ReportPages::font(26, true));
    pages.skip(14);
    pages.paragraph(tr("A MixShift report on %1").arg(m_content.project), ReportPages::font(12), muted);
    pages.skip(40);
    if (!m_content.request.author.isEmpty())
        pages.paragraph(m_content.request.author, ReportPages::font(12, true));
    pages.paragraph(longDate(m_content.request.date), ReportPages::font(12));
    pages.skip(40);
    pages.paragraph(tr("What it covers"), ReportPages::font(11, true));
    pages.skip(4);
    QStringList covers;
    QStringList charts;
    for (const ChartDocument& chart : m_content.charts)
        charts << chart.definition.name;
    QStringList scenarios;
    for (const ScenarioSection& s : m_content.scenarios)
        scenarios << s.scenario.name;
    const auto count = [](qsizetype n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); };
    // Each line: "3 charts" (or "1 chart") within a sentence of its own.
    if (!charts.isEmpty())
        //: %1: "3 charts" (or "1 chart"); %2: their names.
        covers << tr("%1: %2").arg(count(charts.size(), tr("1 chart"), tr("%1 charts")),
                                   charts.join(QStringLiteral("; ")));
    if (!scenarios.isEmpty())
        //: %1: "2 scenarios" (or "1 scenario"); %2: their names.
        covers << tr("%1 of the revenue-mix model: %2")
                      .arg(count(scenarios.size(), tr("1 scenario"), tr("%1 scenarios")),
                           scenarios.join(QStringLiteral("; ")));
    //: %1: "2 consistency findings" (or "1 consistency finding").
    covers << tr("%1 about the figures shown")
                  .arg(count(m_content.findings.size(), tr("1 consistency finding"), tr("%1 consistency findings")));
    //: %1: "5 sources" (or "1 source").
    covers << tr("%1 behind the numbers shown, each listed with its publisher, date and address")
                  .arg(count(m_content.citedSources().size(), tr("1 source"), tr("%1 sources")));
    for (const QString& line : covers)
        pages.paragraph(QStringLiteral("•  ") + line, ReportPages::font(10), Qt::black, 8);
    pages.skip(30);
    pages.paragraph(tr("Every value shown is followed by the number of its source in brackets; the sources are listed "
                       "at the end. Values are the project's current ones, in the units the charts show."),
                    ReportPages::font(9), muted);
}

void ReportWriter::contentsPage(ReportPages& pages)
{
    pages.newPage();
    pages.paragraph(tr("Contents"), ReportPages::font(15, true));
    pages.skip(14);
    // While measuring, the sections are not known yet: the same number of lines, so the pages come out the same.
    const int count = int(m_content.charts.size() + m_content.scenarios.size()) + 2;
    const QFont font = ReportPages::font(10.5);
    for (int i = 0; i < count; ++i) {
        const Section section = m_sections.value(i);
        pages.block(22, [&](const QRectF& rect) {
            QCPPainter* painter = pages.painter();
            painter->setFont(font);
            painter->setPen(Qt::black);
            const QString page = QString::number(section.page);
            const QFontMetricsF metrics(font, painter->device());
            const double pageWidth = metrics.horizontalAdvance(page);
            const QString title = metrics.elidedText(QStringLiteral("%1  %2").arg(i + 1).arg(section.title), Qt::ElideRight,
                                                     rect.width() - pageWidth - 40);
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, page);
            // Dots from the title to its page number.
            const double from = rect.left() + metrics.horizontalAdvance(title) + 8;
            const double to = rect.right() - pageWidth - 8;
            painter->setPen(QPen(QColor(160, 160, 160), 0.8, Qt::DotLine));
            if (to > from)
                painter->drawLine(QPointF(from, rect.center().y() + 4), QPointF(to, rect.center().y() + 4));
        });
    }
}

void ReportWriter::chartSection(ReportPages& pages, const ChartDocument& chart)
{
    heading(pages, chart.definition.name.isEmpty() ? chart.title() : chart.definition.name);
    pages.block(chartHeight, [&](const QRectF& rect) {
        ChartView view;
        view.resize(int(rect.width()), int(rect.height()));
        view.showChart(chart);
        paintInto(pages, rect, ChartExport::drawing(view));
    });
    pages.skip(12);

    const ValueTable values = chart.valueTable();
    ReportTable table;
    const int columns = int(values.columns.size());
    const double periodWidth = 0.14;
    table.widths << periodWidth;
    table.alignments << Qt::AlignLeft;
    table.header << ReportTable::Cell{tr("Period"), {}};
    for (int i = 0; i < columns; ++i) {
        table.widths << (1 - periodWidth) / columns;
        table.alignments << Qt::AlignRight;
        const QString unit = chart.series[i].displayUnit().label;
        table.header << ReportTable::Cell{unit.isEmpty() ? values.columns[i] : QStringLiteral("%1 (%2)").arg(values.columns[i], unit), {}};
    }
    QList<int> cited;
    for (const ValueTable::Row& row : values.rows) {
        QVector<ReportTable::Cell> cells{{row.period, {}}};
        for (int i = 0; i < columns; ++i) {
            const ValueTable::Cell& cell = row.cells[i];
            cells << (cell.present ? ReportTable::Cell{chart.series[i].displayUnit().format(cell.value), marks(cell.sources)}
                                   : ReportTable::Cell{QStringLiteral("—"), {}});
            cited << m_content.sources.numbers(cell.sources);
        }
        table.rows << cells;
    }
    tableWithHeading(pages, tr("Values plotted"), table);
    footnotes(pages, cited);
}

void ReportWriter::scenarioSection(ReportPages& pages, const ScenarioSection& section)
{
    const SavedScenario& scenario = section.scenario;
    const BaseQuarter& base = section.base;
    const MixLevers& levers = scenario.levers;
    const DisplayUnit& unit = section.unit;
    heading(pages, tr("Scenario: %1").arg(scenario.name));
    const QString figures = tr("revenue %1, adjusted EBITA %2")
                                .arg(unit.formatWithUnit(base.revenue),
                                     base.ebita ? unit.formatWithUnit(*base.ebita) : tr("not given"));
    pages.paragraph(base.figuresGiven ? tr("%1, from base figures set in the scenario (%2); quarters are counted from them.")
                                            .arg(base.provider, figures)
                                      : tr("%1, from %2: %3 %4.").arg(base.provider, base.label(0), figures, marks(base.sources)),
                    ReportPages::font(9.5));
    if (!scenario.notes.isEmpty()) {
        pages.skip(4);
        QFont notes = ReportPages::font(9.5);
        notes.setItalic(true);
        pages.paragraph(scenario.notes, notes, muted);
    }
    pages.skip(10);

    ReportTable leverTable;
    leverTable.widths = {0.31, 0.19, 0.50};
    leverTable.header = {{tr("Lever"), {}}, {tr("Value"), {}}, {tr("Why this value"), {}}};
    for (const LeverInfo& info : mixLeverInfo()) {
        const double value = info.get(levers);
        QString shown = info.format(value, base.currency);
        const bool implied = qstrcmp(info.name, "public_margin") == 0 && levers.baseEbita;
        if (implied)
            shown = tr("%1, implied by the base quarter").arg(findLever(QStringLiteral("public_margin"))->format(levers.effectivePublicMargin()));
        else if (std::abs(value - info.defaultValue) > 1e-12 * std::max(1.0, std::abs(value)) &&
                 qstrcmp(info.name, "base_revenue") != 0 && qstrcmp(info.name, "base_ebita") != 0)
            shown += QLatin1Char('\n') + tr("(default %1)").arg(info.format(info.defaultValue, base.currency));
        leverTable.rows << QVector<ReportTable::Cell>{{info.titleText() + QStringLiteral("\n") + QLatin1String(info.name), {}},
                                                      {shown, {}},
                                                      {info.reasonText(), {}}};
    }
    tableWithHeading(pages, tr("Levers"), leverTable);
    pages.skip(12);

    ReportTable results;
    const MixQuarterTable::Shown quarters = MixQuarterTable::shown(base, section.result, unit, &section.bands);
    // t and the period narrow, the band wide, the rest alike.
    for (int c = 0; c < quarters.headings.size(); ++c) {
        const bool last = c + 1 == quarters.headings.size();
        results.widths << (c == 0 ? 0.04 : c == 1 ? 0.11 : last ? 0.17 : 0.68 / (quarters.headings.size() - 3));
        results.alignments << (quarters.numeric[c] ? Qt::AlignRight : Qt::AlignLeft);
        results.header << ReportTable::Cell{quarters.headings[c], {}};
    }
    for (const QStringList& row : quarters.rows) {
        QVector<ReportTable::Cell> cells;
        for (const QString& text : row)
            cells << ReportTable::Cell{text, {}};
        results.rows << cells;
    }
    tableWithHeading(pages, tr("Results, quarter by quarter (%1)").arg(unit.label), results);
    pages.skip(8);
    const MixResult& r = section.result;
    const QString recovery = r.recoveryQuarter ? tr("quarter %1 (%2)").arg(*r.recoveryQuarter).arg(base.label(*r.recoveryQuarter))
                                               : tr("not within the horizon");
    pages.paragraph(tr("The status quo is %1. Revenue foregone against it, all quarters together: %2. EBITA gained: %3. "
                       "Revenue is lowest in quarter %4 (%5); it is back at the status quo in %6. Of %7 draws varying "
                       "%8, %9 end with revenue at or above the base quarter's.")
                        .arg(StatusQuoForecast::describe(r), unit.formatWithUnit(r.revenueForegone),
                             unit.formatWithUnit(r.ebitaGained))
                        .arg(r.troughQuarter)
                        .arg(base.label(r.troughQuarter), recovery)
                        .arg(section.bands.draws)
                        .arg(MonteCarlo::defaultVaryText(), formatPercent(section.bands.probabilityRevenueAtLeastBase)),
                    ReportPages::font(9.5));
    pages.skip(12);

    plotBlock(pages, scenarioPlotHeight, [&](QCustomPlot* plot) { ScenarioPlots::drawPaths(plot, base, r, unit, &section.bands); });
    pages.skip(10);
    plotBlock(pages, scenarioPlotHeight, [&](QCustomPlot* plot) { ScenarioPlots::drawBridge(plot, base, r, unit); });
    pages.skip(10);
    plotBlock(pages, scenarioPlotHeight, [&](QCustomPlot* plot) {
        ScenarioPlots::drawTornado(plot, base, levers, SensitivityOutput::EbitaAtHorizon, unit);
    });
    pages.skip(10);
    plotBlock(pages, scenarioPlotHeight, [&](QCustomPlot* plot) { ScenarioPlots::drawFan(plot, base, section.bands, unit); });
}

void ReportWriter::findingsSection(ReportPages& pages)
{
    heading(pages, tr("Consistency findings"));
    if (m_content.findings.isEmpty()) {
        pages.paragraph(tr("No stated figure behind what this report shows disagrees with what other stated figures imply."),
                        ReportPages::font(9.5));
        return;
    }
    pages.paragraph(tr("Stated figures behind what this report shows that disagree with what other stated figures imply "
                       "(as mixshift check finds them), with every figure involved, so that the reader can see which one "
                       "to doubt."),
                    ReportPages::font(9.5), muted);
    pages.skip(10);
    for (const Finding& finding : m_content.findings) {
        pages.keepTogether(60);
        pages.paragraph(finding.description, ReportPages::font(9.5, true));
        for (int i = 0; i < finding.figures.size(); ++i)
            pages.paragraph(finding.figures[i] + QLatin1Char(' ') + marks({finding.sources.value(i)}), ReportPages::font(8.5),
                            Qt::black, 14);
        pages.skip(8);
    }
}

void ReportWriter::sourcesSection(ReportPages& pages)
{
    heading(pages, tr("Sources"));
    pages.paragraph(tr("Every source behind a number shown, numbered as in the footnotes."), ReportPages::font(9.5), muted);
    pages.skip(10);
    for (const CitedSource& cited : m_content.citedSources()) {
        QString text;
        if (cited.source) {
            const SourceRow& s = *cited.source;
            QStringList details;
            if (!s.publisher.isEmpty())
                details << s.publisher;
            if (!s.published.isEmpty())
                details << s.published;
            text = QStringLiteral("[%1] %2").arg(cited.number).arg(s.title);
            if (!details.isEmpty())
                text += QStringLiteral(". ") + details.join(QStringLiteral(", "));
            if (!s.url.isEmpty())
                text += QStringLiteral(". ") + s.url;
        } else {
            text = tr("[%1] %2 (how a derived figure was computed)").arg(cited.number).arg(cited.description);
        }
        pages.paragraph(text, ReportPages::font(8.5), Qt::black);
        pages.skip(3);
    }
}

} // namespace mixshift
