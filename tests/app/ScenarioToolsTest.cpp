// `scenario grid` and `scenario goal` (issue 13, items 2 and 3): a grid's cells are plain runs; break-even
// gives the lever value or says the target is out of reach.
#include "AppRun.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

struct Sample
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("s.mixshift"));
    Sample() { BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), db, QStringLiteral("--sample")}).exitCode, 0); }
};

QStringList csvLines(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

BOOST_AUTO_TEST_SUITE(scenario_tools)

BOOST_AUTO_TEST_CASE(grid_cells_equal_plain_runs_with_the_same_levers)
{
    Sample s;
    const QString grid = s.dir.filePath(QStringLiteral("grid.csv"));
    const Run run = mixshift({QStringLiteral("scenario"), QStringLiteral("grid"), QStringLiteral("--db"), s.db,
                              QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--x"),
                              QStringLiteral("wind_down=0:0.3:4"), QStringLiteral("--y"),
                              QStringLiteral("organic_growth=0:0.4:3"), QStringLiteral("--output"),
                              QStringLiteral("margin"), QStringLiteral("--csv"), grid});
    BOOST_REQUIRE_MESSAGE(run.exitCode == 0, run.err.toStdString());
    BOOST_TEST(run.out.contains(QStringLiteral("margin by wind_down (across) and organic_growth (down)")));
    const QStringList lines = csvLines(grid);
    BOOST_REQUIRE_EQUAL(lines.size(), 13);
    BOOST_TEST(lines.front().toStdString() == "wind_down,organic_growth,margin");
    // The cell wind_down 0.1, organic_growth 0.2 against `scenario run` with those two levers set.
    double cell = -1;
    for (const QString& line : lines)
        if (line.startsWith(QStringLiteral("0.1,0.2,")))
            cell = line.section(QLatin1Char(','), 2).toDouble();
    BOOST_REQUIRE(cell > 0);
    const QString path = s.dir.filePath(QStringLiteral("run.csv"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--db"), s.db,
                                  QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--set"),
                                  QStringLiteral("wind_down=0.1"), QStringLiteral("--set"),
                                  QStringLiteral("organic_growth=0.2"), QStringLiteral("--csv"), path})
                            .exitCode,
                        0);
    const QStringList quarters = csvLines(path);
    const int marginColumn = static_cast<int>(quarters.front().split(QLatin1Char(',')).indexOf(QStringLiteral("margin")));
    const double plain = quarters.back().split(QLatin1Char(',')).value(marginColumn).toDouble();
    BOOST_TEST(cell == plain, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(break_even_gives_the_lever_or_says_it_is_out_of_reach)
{
    Sample s;
    const QStringList common{QStringLiteral("scenario"), QStringLiteral("goal"), QStringLiteral("--db"), s.db,
                             QStringLiteral("--model"), QStringLiteral("mix"), QStringLiteral("--lever"),
                             QStringLiteral("wind_down"), QStringLiteral("--output"), QStringLiteral("margin")};
    const Run found = mixshift(common + QStringList{QStringLiteral("--target"), QStringLiteral("0.1")});
    BOOST_REQUIRE_MESSAGE(found.exitCode == 0, found.err.toStdString());
    BOOST_TEST(found.out.contains(QStringLiteral("wind_down = 8.5% a quarter brings margin to 10.00% (12 quarters)")),
               found.out.toStdString());
    const Run out = mixshift(common + QStringList{QStringLiteral("--target"), QStringLiteral("0.9")});
    BOOST_TEST(out.exitCode == 1);
    BOOST_TEST(out.out.contains(QStringLiteral("not reachable within wind_down")));
    const Run wrong = mixshift(common + QStringList{QStringLiteral("--target"), QStringLiteral("0.1"),
                                                    QStringLiteral("--to"), QStringLiteral("0.9")});
    BOOST_TEST(wrong.exitCode == 2);
    BOOST_TEST(wrong.err.contains(QStringLiteral("outside its bounds")));
}

BOOST_AUTO_TEST_SUITE_END()
