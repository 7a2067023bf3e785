#include "AppRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

namespace {

QString pageText(const QString& pdf, int page)
{
    return poppler(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
}

struct SampleReport
{
    QTemporaryDir dir;
    QString project = dir.filePath(QStringLiteral("sample.mixshift"));
    QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    Run run;
    int pages = 0;

    SampleReport()
    {
        BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
        run = mixshift({QStringLiteral("report"), QStringLiteral("--db"), project, QStringLiteral("--title"),
                        QStringLiteral("Cloud shares 雲端市場"), QStringLiteral("--author"), QStringLiteral("A. Analyst"),
                        QStringLiteral("--out"), pdf});
        BOOST_TEST_INFO(run.err.toStdString());
        BOOST_REQUIRE_EQUAL(run.exitCode, 0);
        const QRegularExpressionMatch count =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(poppler(QStringLiteral("pdfinfo"), {pdf}));
        BOOST_REQUIRE(count.hasMatch());
        pages = count.captured(1).toInt();
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(report_command)

BOOST_AUTO_TEST_CASE(the_sample_report_has_every_chart_and_scenario_with_contents_and_page_numbers)
{
    SampleReport r;
    BOOST_TEST(r.run.out.contains(QStringLiteral("charts 7, scenarios 2")), r.run.out.toStdString());
    BOOST_TEST(r.pages >= 12);
    const QString title = pageText(r.pdf, 1);
    BOOST_TEST(title.contains(QStringLiteral("Cloud shares 雲端市場")), "the title, Chinese text searchable");
    BOOST_TEST(title.contains(QStringLiteral("A. Analyst")));
    BOOST_TEST(title.contains(QStringLiteral("sample.mixshift")));
    const QString contents = pageText(r.pdf, 2);
    BOOST_TEST(contents.contains(QStringLiteral("Contents")));
    const QString all = poppler(QStringLiteral("pdftotext"), {r.pdf, QStringLiteral("-")}).simplified();
    for (const char* section : {"Worldwide IaaS shares (Gartner) — 100% bars", "Quarterly cloud revenue in USD",
                                "Alibaba Cloud adjusted EBITA margin", "AWS vs Azure FY2022", "Scenario: Faster wind-down",
                                "Scenario: Public cloud first (the article's strategy)", "Consistency findings", "Sources"}) {
        BOOST_TEST(contents.contains(QString::fromUtf8(section)), section);
        BOOST_TEST(all.count(QString::fromUtf8(section)) >= 2, section << ": in the contents and as a heading");
    }
    // A running footer on every page with its number.
    for (int page = 1; page <= r.pages; ++page)
        BOOST_TEST(pageText(r.pdf, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(r.pages)), page);
    // The scenario's levers in words, with values as people read them, and its results.
    BOOST_TEST(all.contains(QStringLiteral("Project-based share of revenue")));
    BOOST_TEST(all.contains(QStringLiteral("10% a quarter")), "the faster wind-down");
    BOOST_TEST(all.contains(QStringLiteral("(default 5% a quarter)")));
    BOOST_TEST(all.contains(QStringLiteral("Revenue P5 … P95")));
    // The article's Chinese source, as ideographs (里, not the radical ⾥), and no ligature for "fi".
    BOOST_TEST(all.contains(QStringLiteral("阿里雲重新定調")));
    BOOST_TEST(!all.contains(QChar(0x2FA5)));
    BOOST_TEST(!all.contains(QChar(0xFB01)));
}

BOOST_AUTO_TEST_CASE(the_sources_page_lists_each_source_once_numbered_as_the_footnotes)
{
    SampleReport r;
    // The sources section: from its heading to the end, as laid out (a long address ends its line).
    const QString all = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), r.pdf, QStringLiteral("-")});
    const qsizetype at = all.lastIndexOf(QStringLiteral("Every source behind a number shown"));
    BOOST_REQUIRE(at > 0);
    const QString sources = all.mid(at);
    const QString before = all.left(at);
    const QRegularExpression entry(QStringLiteral("^\\s*\\[(\\d+)\\] (.{6})"), QRegularExpression::MultilineOption);
    QSet<int> numbers;
    int count = 0;
    for (auto it = entry.globalMatch(sources); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ++count;
        const int n = m.captured(1).toInt();
        BOOST_TEST(!numbers.contains(n), "source " << n << " listed once");
        numbers.insert(n);
        // The footnote of that number, under a table, starts as the source's entry does.
        BOOST_TEST(before.contains(QStringLiteral("[%1] %2").arg(n).arg(m.captured(2))), n);
    }
    BOOST_TEST(count >= 20);
    for (int n = 1; n <= count; ++n)
        BOOST_TEST(numbers.contains(n), "numbered 1 to " << count << " without a gap: " << n);
    // Every number a table cites is on the sources page.
    for (auto it = QRegularExpression(QStringLiteral("\\[(\\d+)(?:,(\\d+))*\\]")).globalMatch(before); it.hasNext();)
        BOOST_TEST(numbers.contains(it.next().captured(1).toInt()));
}

BOOST_AUTO_TEST_CASE(fonts_are_embedded_and_charts_are_vector)
{
    SampleReport r;
    const QStringList fonts = poppler(QStringLiteral("pdffonts"), {r.pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    BOOST_TEST(fonts.size() >= 2);
    for (const QString& font : fonts)
        BOOST_TEST(font.contains(QStringLiteral(" yes ")), font.toStdString());
    const QStringList images = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), r.pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(images.size() == 2, "the header only: no raster image");
}

BOOST_AUTO_TEST_CASE(a_report_of_named_parts_and_what_is_refused)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("s.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
    const Run one = mixshift({QStringLiteral("report"), QStringLiteral("--db"), project, QStringLiteral("--chart"),
                              QStringLiteral("Alibaba Cloud adjusted EBITA margin"), QStringLiteral("--out"), pdf});
    BOOST_TEST_INFO(one.err.toStdString());
    BOOST_REQUIRE_EQUAL(one.exitCode, 0);
    BOOST_TEST(one.out.contains(QStringLiteral("charts 1, scenarios 0")), one.out.toStdString());
    const Run wrong = mixshift({QStringLiteral("report"), QStringLiteral("--db"), project, QStringLiteral("--scenario"),
                                QStringLiteral("Nope"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
    BOOST_TEST(wrong.exitCode == 1);
    BOOST_TEST(wrong.err.contains(QStringLiteral("no saved scenario 'Nope'")), wrong.err.toStdString());
    BOOST_TEST(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    const Run png = mixshift({QStringLiteral("report"), QStringLiteral("--db"), project, QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("x.png"))});
    BOOST_TEST(png.exitCode == 2);
    BOOST_TEST(png.err.contains(QStringLiteral("--out names a .pdf file")));
    const Run overProject = mixshift({QStringLiteral("report"), QStringLiteral("--db"), project, QStringLiteral("--out"), project});
    BOOST_TEST(overProject.exitCode != 0, "the project is never the output");
    BOOST_TEST(mixshift({QStringLiteral("info"), QStringLiteral("--db"), project}).exitCode == 0, "and stays a project");
}

BOOST_AUTO_TEST_SUITE_END()
