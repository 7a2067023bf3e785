// Chart exports under hostile text and failing disks (issue 8, items 5, 8 and 11).
#include "charts/ChartExport.h"
#include "charts/ChartView.h"

#include "Error.h"
#include "analytics/ChartDefinition.h"
#include "analytics/ChartSeries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

const QString hostile = QStringLiteral("A&B <x> \"q\" </title><script>alert(1)</script>\x01");

// A chart whose title, series name, subject and sources are all hostile text.
struct HostileChart
{
    QTemporaryDir dir;
    ChartView view;

    HostileChart()
    {
        view.resize(800, 450);
        ChartSeries first;
        first.spec = QStringLiteral("x/revenue");
        first.label = hostile + QStringLiteral(" one");
        first.subject = hostile;
        first.provider = hostile;
        first.metricName = hostile;
        first.metricKind = QStringLiteral("money");
        first.currency = QStringLiteral("USD");
        first.flow = true;
        for (int q = 0; q < 4; ++q)
            first.points.append({QDate(2023, 1 + 3 * q, 1), QDate(2023, 1 + 3 * q, 1).addMonths(3).addDays(-1),
                                 1e9 * (q + 1), {hostile + QStringLiteral(" source")}});
        ChartSeries second = first;
        second.label = hostile + QStringLiteral(" two");
        ChartDefinition chart;
        chart.kind = ChartKind::Line;
        chart.title = hostile;
        view.showChart({chart, {first, second}, {}});
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

BOOST_AUTO_TEST_SUITE(chart_export)

BOOST_AUTO_TEST_CASE(svg_text_is_escaped_and_the_file_is_well_formed)
{
    HostileChart c;
    const QString svg = c.path("hostile.svg");
    ChartExport::save(ChartExport::drawing(c.view), svg, {800, 450});
    QFile file(svg);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString title;
    int texts = 0;
    QStringList elements;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        elements << xml.name().toString();
        if (xml.name() == QLatin1String("title") && title.isEmpty())
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("text") && xml.readElementText().contains(QStringLiteral("</title><script>")))
            ++texts;
    }
    BOOST_TEST(!xml.hasError(), xml.errorString().toStdString());
    BOOST_TEST(!elements.contains(QStringLiteral("script")), "no script element");
    BOOST_TEST(elements.contains(QStringLiteral("svg")));
    QString expected = hostile;
    expected.remove(QChar(1)); // XML cannot carry it at all
    BOOST_TEST(title.toStdString() == expected.toStdString(), "the title reads back as the chart's title");
    BOOST_TEST(texts >= 2, "the drawn title, legend and source line keep their text (as text)");
}

BOOST_AUTO_TEST_CASE(escaped_svg_replaces_the_markers_with_escaped_text)
{
    const QByteArray generated = QByteArray("<svg><title>") + ChartExport::titleMarker + "</title><desc>" +
                                 ChartExport::descriptionMarker + "</desc><text>a\x02</text></svg>";
    const QByteArray svg = ChartExport::escapedSvg(generated, QStringLiteral("x</title><script>&"), QStringLiteral("<d>"));
    BOOST_TEST(svg.toStdString() ==
               "<svg><title>x&lt;/title&gt;&lt;script&gt;&amp;</title><desc>&lt;d&gt;</desc><text>a</text></svg>");
}

BOOST_AUTO_TEST_CASE(every_format_fails_cleanly_on_a_full_device_or_a_missing_folder)
{
    HostileChart c;
    for (const char* suffix : {"png", "pdf", "svg", "csv"}) {
        BOOST_TEST_INFO(suffix);
        const QString link = c.path("full.") + QString::fromLatin1(suffix);
        BOOST_REQUIRE(QFile::link(QStringLiteral("/dev/full"), link));
        BOOST_CHECK_EXCEPTION(ChartExport::save(ChartExport::drawing(c.view), link, {400, 300, 1}), Error,
                              [&](const Error& e) { return e.message().startsWith(link + QStringLiteral(": cannot be written")); });
        const QString missing = c.path("missing/chart.") + QString::fromLatin1(suffix);
        BOOST_CHECK_EXCEPTION(ChartExport::save(ChartExport::drawing(c.view), missing, {400, 300, 1}), Error,
                              [&](const Error& e) { return e.message().startsWith(missing + QStringLiteral(": cannot be written")); });
    }
    BOOST_TEST(!QFileInfo::exists(c.path("missing")));
    BOOST_TEST(QDir(c.dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 4, "the four links only");
}

BOOST_AUTO_TEST_CASE(an_image_too_large_or_an_odd_scale_is_refused_before_drawing)
{
    HostileChart c;
    const QString png = c.path("big.png");
    BOOST_CHECK_EXCEPTION(ChartExport::save(ChartExport::drawing(c.view), png, {20000, 20000, 2}), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("the most is 40 million")); });
    for (const double scale : {0.0, -1.0, 1e-300, std::nan(""), HUGE_VAL, 9.0})
        BOOST_CHECK_THROW(ChartExport::save(ChartExport::drawing(c.view), png, {800, 450, scale}), Error);
    for (const auto& [width, height] : {std::pair{0.0, 450.0}, std::pair{800.0, -1.0}, std::pair{20001.0, 10.0}})
        BOOST_CHECK_THROW(ChartExport::save(ChartExport::drawing(c.view), png, {width, height, 1}), Error);
    BOOST_TEST(!QFileInfo::exists(png));
    BOOST_TEST(ChartExport::exportProblem(png, {7680, 4320, 1}).isEmpty(), "8K at 1× is within the cap");
    BOOST_TEST(!ChartExport::exportProblem(png, {7680, 4320, 2}).isEmpty());
    BOOST_TEST(ChartExport::exportProblem(c.path("big.pdf"), {20000, 20000, 2}).isEmpty(), "vector formats are not capped");
}

BOOST_AUTO_TEST_CASE(the_chart_csv_protects_hostile_text_against_formulas)
{
    HostileChart c;
    ChartSeries formula;
    formula.label = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    formula.metricKind = QStringLiteral("money");
    formula.currency = QStringLiteral("USD");
    formula.points.append({QDate(2023, 1, 1), QDate(2023, 3, 31), -5e8, {QStringLiteral("@SUM(A1)")}});
    const QString csv = chartCsv({formula});
    BOOST_TEST(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",2023 Q1,2023-01-01,2023-03-31,-0.5,")),
               csv.toStdString());
    BOOST_TEST(csv.contains(QStringLiteral(",'@SUM(A1)\n")));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(chart_export_sizes)

BOOST_AUTO_TEST_CASE(millimetres_and_dpi_give_the_pixels_and_the_page_asked_for)
{
    HostileChart c;
    ExportSize size;
    size.width = *ExportSize::parseLength(QStringLiteral("160mm"));
    size.height = *ExportSize::parseLength(QStringLiteral("90mm"));
    size.setDpi(300);

    const QString png = c.path("print.png");
    ChartExport::save(ChartExport::drawing(c.view), png, size);
    const QImage image(png);
    BOOST_TEST(image.width() == 1890);
    BOOST_TEST(image.height() == 1063);
    BOOST_TEST(std::abs(image.dotsPerMeterX() * 0.0254 - 300) < 0.5, "the header says 300 dpi");

    const QString pdf = c.path("print.pdf");
    ChartExport::save(ChartExport::drawing(c.view), pdf, size);
    QFile file(pdf);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("/MediaBox [");
    BOOST_REQUIRE(at >= 0);
    const std::string box = bytes.mid(at, bytes.indexOf(']', at) - at + 1).toStdString();
    const QList<QByteArray> corners = bytes.mid(at + 11, bytes.indexOf(']', at) - at - 11).simplified().split(' ');
    BOOST_REQUIRE(corners.size() == 4);
    // 160 mm × 90 mm is 453.54 × 255.12 points.
    BOOST_TEST(std::abs(corners[2].toDouble() - corners[0].toDouble() - 453.54) < 0.01, box);
    BOOST_TEST(std::abs(corners[3].toDouble() - corners[1].toDouble() - 255.12) < 0.01, box);
}

BOOST_AUTO_TEST_CASE(a_transparent_export_has_no_background)
{
    HostileChart c;
    ExportSize size{400, 300, 1};
    size.transparent = true;
    const QString png = c.path("clear.png");
    ChartExport::save(ChartExport::drawing(c.view), png, size);
    const QImage clear(png);
    BOOST_TEST(clear.hasAlphaChannel());
    BOOST_TEST(qAlpha(clear.pixel(1, 1)) == 0, "the corner shows what is behind");

    size.transparent = false;
    const QString opaque = c.path("opaque.png");
    ChartExport::save(ChartExport::drawing(c.view), opaque, size);
    BOOST_TEST(qAlpha(QImage(opaque).pixel(1, 1)) == 255);
    BOOST_TEST(QImage(opaque).pixel(1, 1) == qRgb(255, 255, 255), "and the background is white again");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(chart_text_fitting)

BOOST_AUTO_TEST_CASE(a_narrow_chart_breaks_its_title_and_sources_into_lines_that_fit)
{
    HostileChart c;
    ChartDefinition chart;
    chart.title = QStringLiteral("Quarterly cloud revenue, USD (Alibaba converted at its releases' own rates), "
                                 "with every provider we follow");
    c.view.showChart({chart, c.view.series()});
    c.view.fitTextTo(600);
    const auto* title = qobject_cast<QCPTextElement*>(c.view.plot()->plotLayout()->element(0, 0));
    BOOST_REQUIRE(title);
    const QStringList lines = title->text().split(QLatin1Char('\n'));
    BOOST_TEST(lines.size() >= 2, "the title is broken into lines");
    for (const QString& line : lines)
        BOOST_TEST(QFontMetricsF(title->font()).horizontalAdvance(line) <= 600, line.toStdString());
    BOOST_TEST(lines.join(QLatin1Char(' ')) == chart.title, "no word lost");
    BOOST_TEST(c.view.title() == chart.title, "the title itself stays one line");

    // An export fits the texts to its own width, then to the view's again.
    c.view.fitTextTo(c.view.plot()->width());
    const QString onScreen = title->text();
    ExportSize size;
    size.width = *ExportSize::parseLength(QStringLiteral("160mm"));
    ChartExport::save(ChartExport::drawing(c.view), c.path("narrow.png"), size);
    BOOST_TEST(title->text() == onScreen);
}

BOOST_AUTO_TEST_SUITE_END()
