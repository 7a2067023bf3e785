// `mixshift forecast` (issue 13, item 1): a stored series through import, the model's choice and the CSV, against
// R's forecast::ets on the same figures.
#include "AppRun.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

namespace {

QStringList csvLines(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A project holding UK gas consumption 1960–1986 (R's UKgas) as a quarterly series, or its first `count` quarters.
struct GasProject
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("gas.mixshift"));

    explicit GasProject(int count = 108)
    {
        QString csv = QStringLiteral("provider,metric,period,value,unit\n");
        int i = 0;
        for (const QString& line : csvLines(QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/forecast/series.csv"))) {
            const QStringList f = line.split(QLatin1Char(','));
            if (f[0] != QLatin1String("ukgas") || i >= count)
                continue;
            csv += QStringLiteral("North Sea Gas,revenue,%1 Q%2,%3,m GBP\n").arg(1960 + i / 4).arg(i % 4 + 1).arg(f[3]);
            ++i;
        }
        const QString path = dir.filePath(QStringLiteral("gas.csv"));
        QFile file(path);
        BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
        file.close();
        BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), db}).exitCode, 0);
        BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("import"), path, QStringLiteral("--db"), db}).exitCode, 0);
    }

    Run forecast(const QStringList& more) const
    {
        return mixshift(QStringList{QStringLiteral("forecast"), QStringLiteral("--db"), db, QStringLiteral("--series"),
                                    QStringLiteral("North Sea Gas/revenue")}
                        + more);
    }
};

// R's ets(UKgas) point forecasts (ETS(M,A,M)), from tests/data/forecast/r-ets.csv.
std::vector<double> rMeans()
{
    std::vector<double> means;
    for (const QString& line : csvLines(QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/forecast/r-ets.csv")))
        if (line.startsWith(QLatin1String("ukgas,auto:MAM,mean,")))
            means.push_back(line.section(QLatin1Char(','), 4).toDouble());
    return means;
}

} // namespace

BOOST_AUTO_TEST_SUITE(forecast_command)

BOOST_AUTO_TEST_CASE(a_stored_series_forecasts_as_r_does_and_writes_the_csv)
{
    GasProject gas;
    const QString path = gas.dir.filePath(QStringLiteral("f.csv"));
    const Run run = gas.forecast({QStringLiteral("--horizon"), QStringLiteral("8"), QStringLiteral("--csv"), path});
    BOOST_REQUIRE_MESSAGE(run.exitCode == 0, run.err.toStdString());
    BOOST_TEST(run.out.contains(QStringLiteral("model: ETS(M,A,M) (the least AICc of those that suit)")));
    BOOST_TEST(run.out.contains(QStringLiteral("history: 108 periods, 1960-01-01 to 1986-12-31, 0 without a value")));
    BOOST_TEST(run.out.contains(QStringLiteral("MAPE ")));
    BOOST_TEST(run.out.contains(QStringLiteral("1987 Q1")));
    const QStringList lines = csvLines(path);
    BOOST_REQUIRE_EQUAL(lines.size(), 9);
    BOOST_TEST(lines[0].toStdString() == "period,start,end,forecast,lo80,hi80,lo95,hi95");
    BOOST_TEST(lines[1].startsWith(QLatin1String("1987 Q1,1987-01-01,1987-03-31,")));
    const std::vector<double> r = rMeans();
    BOOST_REQUIRE_EQUAL(r.size(), 8u);
    for (int h = 0; h < 8; ++h) {
        const QStringList f = lines[h + 1].split(QLatin1Char(','));
        // The CSV is in base units (GBP); R's figures are the stored millions. Both fits reach the same optimum
        // (log-likelihoods −618.05 and −618.36 in millions): the means agree to 0.1%.
        const double forecast = f[3].toDouble() / 1e6;
        BOOST_TEST(std::abs(forecast - r[std::size_t(h)]) / r[std::size_t(h)] < 1e-3, "h=" << h + 1);
        BOOST_TEST(f[4].toDouble() < f[3].toDouble());
        BOOST_TEST(f[6].toDouble() < f[4].toDouble());
        BOOST_TEST(f[7].toDouble() > f[5].toDouble());
    }
}

BOOST_AUTO_TEST_CASE(a_model_and_levels_as_asked)
{
    GasProject gas;
    const Run run = gas.forecast({QStringLiteral("--horizon"), QStringLiteral("4"), QStringLiteral("--model"),
                                  QStringLiteral("AAdA"), QStringLiteral("--level"), QStringLiteral("50,99"),
                                  QStringLiteral("--csv"), gas.dir.filePath(QStringLiteral("f.csv"))});
    BOOST_REQUIRE_MESSAGE(run.exitCode == 0, run.err.toStdString());
    BOOST_TEST(run.out.contains(QStringLiteral("model: ETS(A,Ad,A) (as asked)")));
    BOOST_TEST(run.out.contains(QStringLiteral("phi 0.")));
    BOOST_TEST(csvLines(gas.dir.filePath(QStringLiteral("f.csv"))).front().toStdString()
               == "period,start,end,forecast,lo50,hi50,lo99,hi99");
}

BOOST_AUTO_TEST_CASE(wrong_arguments_and_short_histories_are_refused)
{
    GasProject gas(9);
    const auto exitOf = [&](const QStringList& more) { return gas.forecast(more).exitCode; };
    BOOST_TEST(exitOf({QStringLiteral("--horizon"), QStringLiteral("0")}) == 2);
    BOOST_TEST(exitOf({QStringLiteral("--horizon"), QStringLiteral("4"), QStringLiteral("--level"),
                       QStringLiteral("100")})
               == 2);
    BOOST_TEST(exitOf({QStringLiteral("--horizon"), QStringLiteral("4"), QStringLiteral("--model"),
                       QStringLiteral("ANM")})
               == 2);
    BOOST_TEST(exitOf({}) == 2);
    const Run seasonal = gas.forecast({QStringLiteral("--horizon"), QStringLiteral("4"), QStringLiteral("--model"),
                                       QStringLiteral("MAM")});
    BOOST_TEST(seasonal.exitCode == 1);
    BOOST_TEST(seasonal.err.contains(QStringLiteral("ETS(M,A,M) needs at least 10 values; the series has 9")),
               seasonal.err.toStdString());
    // Nine quarters are enough for the automatic choice among the models they suit; it takes no season here.
    const Run automatic = gas.forecast({QStringLiteral("--horizon"), QStringLiteral("4")});
    BOOST_TEST(automatic.exitCode == 0, automatic.err.toStdString());
    BOOST_TEST(automatic.out.contains(QStringLiteral(",N)")));
}

BOOST_AUTO_TEST_SUITE_END()
