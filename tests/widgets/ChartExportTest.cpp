// Chart exports under hostile text and failing disks (issue 8, items 5, 8 and 11).
#include "charts/ChartExport.h"
#include "charts/ChartView.h"

#include "Error.h"
#include "analytics/ChartDefinition.h"
#include "analytics/ChartSeries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        view.showChart(chart, {first, second}, {});
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

BOOST_AUTO_TEST_SUITE(chart_export)

BOOST_AUTO_TEST_CASE(svg_text_is_escaped_and_the_file_is_well_formed)
{
    HostileChart c;
    const QString svg = c.path("hostile.svg");
    ChartExport::save(c.view, svg, 800, 450);
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
        BOOST_CHECK_EXCEPTION(ChartExport::save(c.view, link, 400, 300, 1), Error,
                              [&](const Error& e) { return e.message().startsWith(link + QStringLiteral(": cannot be written")); });
        const QString missing = c.path("missing/chart.") + QString::fromLatin1(suffix);
        BOOST_CHECK_EXCEPTION(ChartExport::save(c.view, missing, 400, 300, 1), Error,
                              [&](const Error& e) { return e.message().startsWith(missing + QStringLiteral(": cannot be written")); });
    }
    BOOST_TEST(!QFileInfo::exists(c.path("missing")));
    BOOST_TEST(QDir(c.dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 4, "the four links only");
}

BOOST_AUTO_TEST_CASE(an_image_too_large_or_an_odd_scale_is_refused_before_drawing)
{
    HostileChart c;
    const QString png = c.path("big.png");
    BOOST_CHECK_EXCEPTION(ChartExport::save(c.view, png, 20000, 20000, 2), Error,
                          [](const Error& e) { return e.message().contains(QStringLiteral("the most is 40 million")); });
    for (const double scale : {0.0, -1.0, 1e-300, std::nan(""), HUGE_VAL, 9.0})
        BOOST_CHECK_THROW(ChartExport::save(c.view, png, 800, 450, scale), Error);
    for (const auto& [width, height] : {std::pair{0, 450}, std::pair{800, -1}, std::pair{20001, 10}})
        BOOST_CHECK_THROW(ChartExport::save(c.view, png, width, height, 1), Error);
    BOOST_TEST(!QFileInfo::exists(png));
    BOOST_TEST(ChartExport::exportProblem(png, 7680, 4320, 1).isEmpty(), "8K at 1× is within the cap");
    BOOST_TEST(!ChartExport::exportProblem(png, 7680, 4320, 2).isEmpty());
    BOOST_TEST(ChartExport::exportProblem(c.path("big.pdf"), 20000, 20000, 2).isEmpty(), "vector formats are not capped");
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
