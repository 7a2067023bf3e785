// Arguments (issue 8, item 13): numbers are finite and in their domains, usage errors exit with 2 before any work,
// a typo of a command is answered instead of opening the GUI, and the GUI without a display says so in a line.
#include "AppRun.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

struct SampleProject
{
    QTemporaryDir dir;
    QString project = dir.filePath(QStringLiteral("a.mixshift"));

    SampleProject()
    {
        BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    }
};

// Runs each case and expects exit code 2 with one line on stderr holding `needle`, and nothing on stdout.
void expectUsageErrors(const QList<std::pair<QStringList, QString>>& cases)
{
    for (const auto& [arguments, needle] : cases) {
        BOOST_TEST_INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = mixshift(arguments);
        BOOST_TEST(run.exitCode == 2);
        BOOST_TEST(run.err.count(QLatin1Char('\n')) == 1, run.err.toStdString());
        BOOST_TEST(run.err.contains(needle), run.err.toStdString());
        BOOST_TEST(run.out.isEmpty(), run.out.toStdString());
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(arguments)

BOOST_AUTO_TEST_CASE(scenario_numbers_are_finite_and_in_their_domains)
{
    SampleProject s;
    const QStringList mix{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                          QStringLiteral("--model"), QStringLiteral("mix")};
    const QStringList share{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                            QStringLiteral("--model"), QStringLiteral("share")};
    const QStringList penetration{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.project,
                                  QStringLiteral("--model"), QStringLiteral("penetration"), QStringLiteral("--set"),
                                  QStringLiteral("compute_market=1000")};
    const auto with = [](const QStringList& base, const QStringList& more) { return base + more; };
    const QString mc = QStringLiteral("--monte-carlo");
    expectUsageErrors({
        {with(mix, {mc, QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("1.5")}), QStringLiteral("--seed must be a whole number")},
        {with(mix, {mc, QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("-1")}), QStringLiteral("--seed must be a whole number")},
        {with(mix, {mc, QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("99999999999")}), QStringLiteral("--seed must be a whole number")},
        {with(mix, {mc, QStringLiteral("1e3")}), QStringLiteral("--monte-carlo must be a whole number")},
        {with(mix, {mc, QStringLiteral("10"), QStringLiteral("--vary"), QStringLiteral("wind_down=normal(nan,0.1)")}), QStringLiteral("not a finite number")},
        {with(mix, {mc, QStringLiteral("10"), QStringLiteral("--vary"), QStringLiteral("wind_down=uniform(0,inf)")}), QStringLiteral("not a finite number")},
        {with(mix, {QStringLiteral("--vary"), QStringLiteral("wind_down=uniform(0.02,0.15)")}), QStringLiteral("go with --monte-carlo")},
        {with(mix, {QStringLiteral("--set"), QStringLiteral("wind_down=nan")}), QStringLiteral("not a finite number")},
        {with(mix, {QStringLiteral("--set"), QStringLiteral("base_ebita=nan")}), QStringLiteral("not a finite number")},
        {with(mix, {QStringLiteral("--set"), QStringLiteral("organic_growth=inf")}), QStringLiteral("not a finite number")},
        {with(mix, {QStringLiteral("--set"), QStringLiteral("wind_down=2")}), QStringLiteral("outside its bounds")},
        {with(mix, {QStringLiteral("--calibrate"), QStringLiteral("margin@20=0.1"), QStringLiteral("--solve"), QStringLiteral("wind_down")}),
         QStringLiteral("beyond the horizon of 12 quarters")},
        {with(mix, {QStringLiteral("--calibrate"), QStringLiteral("margin@4=1e999"), QStringLiteral("--solve"), QStringLiteral("wind_down")}),
         QStringLiteral("not a finite number")},
        {with(mix, {QStringLiteral("--tornado"), QStringLiteral("speed")}), QStringLiteral("--tornado must be one of")},
        {with(share, {QStringLiteral("--set"), QStringLiteral("market_growth=-1")}), QStringLiteral("above -1")},
        {with(share, {QStringLiteral("--set"), QStringLiteral("market_growth=nan")}), QStringLiteral("not a finite number")},
        {with(share, {QStringLiteral("--growth"), QStringLiteral("AWS=-1.5")}), QStringLiteral("above -1")},
        {with(share, {QStringLiteral("--set"), QStringLiteral("years=0")}), QStringLiteral("years must be a whole number from 1 to 50")},
        {with(share, {QStringLiteral("--set"), QStringLiteral("years=2.5")}), QStringLiteral("years must be a whole number")},
        {with(share, {QStringLiteral("--set"), QStringLiteral("years=1e9")}), QStringLiteral("years must be a whole number")},
        {with(share, {QStringLiteral("--year"), QStringLiteral("2022.5")}), QStringLiteral("--year must be a whole number")},
        {with(share, {QStringLiteral("--transfer"), QStringLiteral("2023,AWS,Alibaba Cloud,-0.1")}), QStringLiteral("points are a fraction from 0 to 1")},
        {with(share, {QStringLiteral("--transfer"), QStringLiteral("2023,AWS,Alibaba Cloud,nan")}), QStringLiteral("not a finite number")},
        {with(share, {QStringLiteral("--transfer"), QStringLiteral("2040,AWS,Alibaba Cloud,0.01")}), QStringLiteral("the year must be after the base year")},
        {with(penetration, {QStringLiteral("--set"), QStringLiteral("start_share=1.2"), QStringLiteral("--set"), QStringLiteral("target_share=0.5")}),
         QStringLiteral("start_share is a share from 0 to 1")},
        {with(penetration, {QStringLiteral("--set"), QStringLiteral("start_share=0.2"), QStringLiteral("--set"), QStringLiteral("target_share=-0.5")}),
         QStringLiteral("target_share is a share from 0 to 1")},
        {with(penetration, {QStringLiteral("--set"), QStringLiteral("start_share=0.2"), QStringLiteral("--set"), QStringLiteral("target_share=0.5"),
                            QStringLiteral("--set"), QStringLiteral("compute_growth=-1")}),
         QStringLiteral("compute_growth must be a growth rate above -1")},
        {with(penetration, {QStringLiteral("--set"), QStringLiteral("start_share=0.2"), QStringLiteral("--set"), QStringLiteral("target_share=0.5"),
                            QStringLiteral("--set"), QStringLiteral("years=100")}),
         QStringLiteral("years must be a whole number from 1 to 50")},
        {with(mix, {QStringLiteral("--model"), QStringLiteral("mixx")}), QStringLiteral("--model must be one of mix, share, penetration")},
    });
    // The same model with sane values runs.
    const Run fine = mixshift(with(share, {QStringLiteral("--transfer"), QStringLiteral("2023,AWS,Alibaba Cloud,0.01")}));
    BOOST_TEST(fine.exitCode == 0, fine.err.toStdString());
}

BOOST_AUTO_TEST_CASE(export_chart_sizes_are_pixels_or_lengths_and_capped)
{
    SampleProject s;
    const QStringList chart{QStringLiteral("export-chart"), QStringLiteral("--db"), s.project, QStringLiteral("--series"),
                            QStringLiteral("AWS/revenue"), QStringLiteral("--out"), s.dir.filePath(QStringLiteral("c.png"))};
    const auto with = [&chart](const QStringList& more) { return chart + more; };
    expectUsageErrors({
        {with({QStringLiteral("--width"), QStringLiteral("20000"), QStringLiteral("--height"), QStringLiteral("20000")}),
         QStringLiteral("the most is 40 million")},
        {with({QStringLiteral("--width"), QStringLiteral("7000"), QStringLiteral("--height"), QStringLiteral("7000"), QStringLiteral("--scale"), QStringLiteral("1")}),
         QStringLiteral("the most is 40 million")},
        {with({QStringLiteral("--scale"), QStringLiteral("nan")}), QStringLiteral("not a finite number")},
        {with({QStringLiteral("--scale"), QStringLiteral("inf")}), QStringLiteral("not a finite number")},
        {with({QStringLiteral("--scale"), QStringLiteral("0")}), QStringLiteral("the scale must be a number from 0.1 to 8")},
        {with({QStringLiteral("--scale"), QStringLiteral("-2")}), QStringLiteral("the scale must be a number from 0.1 to 8")},
        {with({QStringLiteral("--scale"), QStringLiteral("1e-300")}), QStringLiteral("the scale must be a number from 0.1 to 8")},
        {with({QStringLiteral("--width"), QStringLiteral("640.5")}), QStringLiteral("--width '640.5' is not a size: give whole pixels")},
        {with({QStringLiteral("--height"), QStringLiteral("0")}), QStringLiteral("--height '0' is not a size")},
        {with({QStringLiteral("--width"), QStringLiteral("-640")}), QStringLiteral("--width '-640' is not a size")},
        {with({QStringLiteral("--width"), QStringLiteral("12pt")}), QStringLiteral("or a length in mm, cm or in")},
        {with({QStringLiteral("--width"), QStringLiteral("20001")}), QStringLiteral("from 1 to 20000 pixels")},
        {with({QStringLiteral("--width"), QStringLiteral("6000mm")}), QStringLiteral("from 1 to 20000 pixels (5291 mm)")},
        {with({QStringLiteral("--dpi"), QStringLiteral("5")}), QStringLiteral("9.6 to 768 dpi")},
        {with({QStringLiteral("--dpi"), QStringLiteral("300"), QStringLiteral("--scale"), QStringLiteral("2")}),
         QStringLiteral("give --dpi or --scale, not both")},
        {{QStringLiteral("export-chart"), QStringLiteral("--db"), s.project, QStringLiteral("--series"), QStringLiteral("AWS/revenue"),
          QStringLiteral("--out"), s.dir.filePath(QStringLiteral("c.txt"))},
         QStringLiteral("export as .png, .pdf, .svg, .csv or .xlsx")},
    });
    BOOST_TEST(!QFileInfo::exists(s.dir.filePath(QStringLiteral("c.png"))));
    // A vector format is not held to the pixel cap, and a PNG within it is made.
    const Run pdf = mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), s.project, QStringLiteral("--series"),
                              QStringLiteral("AWS/revenue"), QStringLiteral("--out"), s.dir.filePath(QStringLiteral("c.pdf")),
                              QStringLiteral("--width"), QStringLiteral("8000"), QStringLiteral("--height"), QStringLiteral("8000")});
    BOOST_TEST(pdf.exitCode == 0, pdf.err.toStdString());
    const Run png = mixshift(with({QStringLiteral("--width"), QStringLiteral("400"), QStringLiteral("--height"),
                                   QStringLiteral("300"), QStringLiteral("--scale"), QStringLiteral("0.5")}));
    BOOST_TEST(png.exitCode == 0, png.err.toStdString());
    // A print size: 160 mm × 90 mm at 300 dpi.
    const Run print = mixshift(with({QStringLiteral("--width"), QStringLiteral("160mm"), QStringLiteral("--height"),
                                     QStringLiteral("90mm"), QStringLiteral("--dpi"), QStringLiteral("300")}));
    BOOST_TEST(print.exitCode == 0, print.err.toStdString());
    // The PNG's size, from its header (IHDR: width and height, big-endian, at bytes 16 and 20).
    QFile file(s.dir.filePath(QStringLiteral("c.png")));
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(24);
    BOOST_REQUIRE(head.size() == 24);
    BOOST_TEST(qFromBigEndian<quint32>(head.constData() + 16) == 1890u);
    BOOST_TEST(qFromBigEndian<quint32>(head.constData() + 20) == 1063u);
}

BOOST_AUTO_TEST_CASE(extra_positionals_empty_names_and_unknown_commands_are_bad_usage)
{
    SampleProject s;
    const QStringList db{QStringLiteral("--db"), s.project};
    expectUsageErrors({
        {QStringList{QStringLiteral("info")} + db + QStringList{QStringLiteral("extra")}, QStringLiteral("unexpected argument 'extra'")},
        {QStringList{QStringLiteral("query")} + db + QStringList{QStringLiteral("AWS")}, QStringLiteral("unexpected argument 'AWS'")},
        {QStringList{QStringLiteral("check")} + db + QStringList{QStringLiteral("x")}, QStringLiteral("unexpected argument")},
        {QStringList{QStringLiteral("chart"), QStringLiteral("list")} + db + QStringList{QStringLiteral("x")}, QStringLiteral("unexpected argument")},
        {QStringList{QStringLiteral("scenario"), QStringLiteral("list")} + db + QStringList{QStringLiteral("x")}, QStringLiteral("unexpected argument")},
        {QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("x")} + db,
         QStringLiteral("unexpected argument")},
        {QStringList{QStringLiteral("export-chart"), QStringLiteral("--series"), QStringLiteral("AWS/revenue"), QStringLiteral("--out"),
                     s.dir.filePath(QStringLiteral("x.csv")), QStringLiteral("x")} + db,
         QStringLiteral("unexpected argument")},
        {QStringList{QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("b.csv")} + db, QStringLiteral("unexpected argument 'b.csv'")},
        {{QStringLiteral("init"), s.dir.filePath(QStringLiteral("n.mixshift")), QStringLiteral("extra")}, QStringLiteral("unexpected argument")},
        {{QStringLiteral("init"), QString()}, QStringLiteral("the project file name is empty")},
        {{QStringLiteral("init"), QStringLiteral("  ")}, QStringLiteral("the project file name is empty")},
        {QStringList{QStringLiteral("query"), QStringLiteral("--format"), QStringLiteral("xml")} + db, QStringLiteral("--format must be one of csv, table, xlsx")},
        {QStringList{QStringLiteral("qurey")} + db, QStringLiteral("unknown command 'qurey' — did you mean 'query'?")},
        {{QStringLiteral("inf")}, QStringLiteral("did you mean 'info'?")},
        {{QStringLiteral("expor-chart")}, QStringLiteral("did you mean 'export-chart'?")},
        {{QStringLiteral("frobnicate")}, QStringLiteral("unknown command 'frobnicate'")},
    });
    BOOST_TEST(!QFileInfo::exists(s.dir.filePath(QStringLiteral("n.mixshift"))));
}

BOOST_AUTO_TEST_CASE(a_typo_never_starts_the_gui)
{
    // With a display at hand (offscreen), a typo that opened the window would not return at all.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QTemporaryDir dir;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(MIXSHIFT_EXECUTABLE), {QStringLiteral("qurey")});
    const bool finished = process.waitForFinished(10000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    BOOST_TEST(finished, "mixshift qurey opened the GUI");
    BOOST_TEST(process.exitCode() == 2);
}

BOOST_AUTO_TEST_CASE(the_gui_without_a_display_exits_with_one_line)
{
    const Run run = mixshift({}, {}, [](QProcess& process) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
    });
    BOOST_TEST(run.exitCode == 2);
    BOOST_TEST(run.err.count(QLatin1Char('\n')) == 1, run.err.toStdString());
    BOOST_TEST(run.err.contains(QStringLiteral("no display")));
}

BOOST_AUTO_TEST_SUITE_END()
