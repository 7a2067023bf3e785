#define BOOST_TEST_MODULE app
#include <boost/test/unit_test.hpp>

#include "AppRun.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

BOOST_AUTO_TEST_CASE(version)
{
    const Run run = mixshift({QStringLiteral("--version")});
    BOOST_TEST(run.exitCode == 0);
    BOOST_TEST(run.out.startsWith(QStringLiteral("mixshift 0.")));
}

BOOST_AUTO_TEST_CASE(init_sample_then_info_and_query)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("s.mixshift"));
    const Run init = mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")});
    BOOST_TEST_INFO(init.err.toStdString());
    BOOST_REQUIRE_EQUAL(init.exitCode, 0);

    const Run info = mixshift({QStringLiteral("info"), QStringLiteral("--db"), project});
    BOOST_REQUIRE_EQUAL(info.exitCode, 0);
    BOOST_TEST(infoValue(info.out, QStringLiteral("schema_version")).toStdString() == "7");
    BOOST_TEST(infoValue(info.out, QStringLiteral("providers")).toInt() >= 7);
    BOOST_TEST(infoValue(info.out, QStringLiteral("series")).toInt() > 20);
    BOOST_TEST(infoValue(info.out, QStringLiteral("observations")).toInt() > 200);

    const Run query = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--provider"),
                                QStringLiteral("Alibaba Cloud"), QStringLiteral("--format"), QStringLiteral("csv")});
    BOOST_REQUIRE_EQUAL(query.exitCode, 0);
    const QStringList lines = query.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(lines.front().toStdString() ==
               "provider,metric,market,category,period,start,end,value,unit,stated_unit,qualifier,original_text,"
               "source,status");
    bool revenue = false;
    for (const QString& line : lines.mid(1)) {
        BOOST_TEST(line.startsWith(QStringLiteral("Alibaba Cloud,")));
        revenue = revenue || (line.contains(QStringLiteral(",revenue,,,FY2024 Q2,2023-07-01,2023-09-30,27648000000,CNY,億元,")) &&
                              line.contains(QStringLiteral("阿里雲重新定調")));
    }
    BOOST_TEST(revenue, "the article's FY2024 Q2 revenue is missing from:\n" << query.out.toStdString());

    const Run table = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--provider"),
                                QStringLiteral("亞馬遜"), QStringLiteral("--metric"), QStringLiteral("market_share")});
    BOOST_REQUIRE_EQUAL(table.exitCode, 0);
    BOOST_TEST(table.out.contains(QStringLiteral("0.3999")));
    BOOST_TEST(table.out.contains(QStringLiteral("revision")));
}

BOOST_AUTO_TEST_CASE(bad_arguments_and_unreadable_projects_give_one_line_and_fail)
{
    QTemporaryDir dir;
    const QString notAProject = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notAProject);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();

    const QList<QStringList> cases{
        {QStringLiteral("info")},
        {QStringLiteral("info"), QStringLiteral("--db"), notAProject},
        {QStringLiteral("info"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.mixshift"))},
        {QStringLiteral("query"), QStringLiteral("--db"), notAProject},
        {QStringLiteral("query"), QStringLiteral("--bogus")},
        {QStringLiteral("init")},
        {QStringLiteral("init"), notAProject},
        {QStringLiteral("--frobnicate")},
    };
    for (const QStringList& arguments : cases) {
        const Run run = mixshift(arguments);
        BOOST_TEST_INFO(arguments.join(QLatin1Char(' ')).toStdString());
        BOOST_TEST(run.exitCode != 0);
        BOOST_TEST(run.err.count(QLatin1Char('\n')) == 1, run.err.toStdString());
        BOOST_TEST(run.err.startsWith(QStringLiteral("mixshift: ")));
        BOOST_TEST(run.out.isEmpty());
    }
}

BOOST_AUTO_TEST_CASE(query_with_unknown_provider_says_so)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("e.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project}).exitCode, 0);
    const Run run = mixshift({QStringLiteral("query"), QStringLiteral("--db"), project, QStringLiteral("--provider"),
                              QStringLiteral("Oracle")});
    BOOST_TEST(run.exitCode == 1);
    BOOST_TEST(run.err.contains(QStringLiteral("no provider or alias 'Oracle'")));
}

BOOST_AUTO_TEST_CASE(query_csv_round_trips_through_import)
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("s.mixshift"));
    const QString copy = dir.filePath(QStringLiteral("copy.mixshift"));
    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), sample, QStringLiteral("--sample")}).exitCode, 0);
    // Names a spreadsheet would run as formulas: written with a leading ', read back without it. `''=…` in a
    // file is a name that itself starts with an apostrophe before '='.
    const QString hostile = dir.filePath(QStringLiteral("hostile.csv"));
    {
        QFile file(hostile);
        BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("provider,metric,period,value,unit,source\n"
                   "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",revenue,2023Q1,5,million USD,@SUM(A1)\n"
                   "''=quoted,revenue,2023Q1,6,million USD,-2+3\n"
                   "+plus,revenue,2023Q1,-7,million USD,\"=1+1\"\n");
    }
    const Run seeded = mixshift({QStringLiteral("import"), hostile, QStringLiteral("--db"), sample});
    BOOST_TEST_INFO(seeded.out.toStdString() << seeded.err.toStdString());
    BOOST_REQUIRE_EQUAL(seeded.exitCode, 0);
    const Run first = mixshift({QStringLiteral("query"), QStringLiteral("--db"), sample, QStringLiteral("--format"),
                                QStringLiteral("csv")});
    BOOST_REQUIRE_EQUAL(first.exitCode, 0);
    BOOST_TEST(first.out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",revenue,")));
    BOOST_TEST(first.out.contains(QStringLiteral(",'@SUM(A1),current")));
    BOOST_TEST(first.out.contains(QStringLiteral("\n''=quoted,revenue,")));
    BOOST_TEST(first.out.contains(QStringLiteral(",'-2+3,current")));
    BOOST_TEST(first.out.contains(QStringLiteral("\n'+plus,revenue,,,2023 Q1,2023-01-01,2023-03-31,-7000000,USD,million USD,,'-7 million USD,'=1+1,current")),
               "numbers stay numbers (-7000000), text that starts like a formula is protected");
    for (const QString& armed : {QStringLiteral(",=H"), QStringLiteral("\"=H"), QStringLiteral(",@"), QStringLiteral("\n+"),
                                 QStringLiteral(",=1")})
        BOOST_TEST(!first.out.contains(armed), "a live formula: " << armed.toStdString());
    QFile file(exported);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(first.out.toUtf8());
    file.close();

    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), copy}).exitCode, 0);
    const Run imported = mixshift({QStringLiteral("import"), exported, QStringLiteral("--db"), copy});
    BOOST_TEST_INFO(imported.out.toStdString() << imported.err.toStdString());
    BOOST_REQUIRE_EQUAL(imported.exitCode, 0);
    BOOST_TEST(infoValue(imported.out, QStringLiteral("rows rejected")).toStdString() == "0");
    const Run second = mixshift({QStringLiteral("query"), QStringLiteral("--db"), copy, QStringLiteral("--format"),
                                 QStringLiteral("csv")});
    BOOST_TEST(second.out.count(QLatin1Char('\n')) > 300);
    BOOST_TEST((second.out == first.out), "the query output differs after the round trip");
}

BOOST_AUTO_TEST_CASE(import_summary_exit_code_and_errors_file)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("i.mixshift"));
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));
    const QString bad = QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/bad-row-middle.csv");
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project}).exitCode, 0);

    const Run refused = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                  QStringLiteral("--errors"), errors});
    BOOST_TEST(refused.exitCode == 1);
    BOOST_TEST(infoValue(refused.out, QStringLiteral("rows read")).toStdString() == "9");
    BOOST_TEST(infoValue(refused.out, QStringLiteral("rows rejected")).toStdString() == "1");
    BOOST_TEST(infoValue(refused.out, QStringLiteral("result")).startsWith(QStringLiteral("nothing imported")));
    BOOST_TEST(refused.out.contains(QStringLiteral("rejected: line 6, column 4 (value), 'twenty-one'")));
    QFile file(errors);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_REQUIRE_EQUAL(lines.size(), 2);
    BOOST_TEST(lines[1].startsWith(QStringLiteral("bad-row-middle.csv,6,4,value,twenty-one,")));
    const Run info = mixshift({QStringLiteral("info"), QStringLiteral("--db"), project});
    BOOST_TEST(infoValue(info.out, QStringLiteral("observations")).toStdString() == "0");

    const Run dry = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project, QStringLiteral("--dry-run"),
                              QStringLiteral("--accept-valid")});
    BOOST_TEST(dry.exitCode == 0);
    BOOST_TEST(dry.out.contains(QStringLiteral("2,AWS,revenue,,,2022 Q1,2022-01-01,2022-03-31,18400000000,USD")));
    BOOST_TEST(infoValue(dry.out, QStringLiteral("result")).toStdString() == "dry run: nothing changed");

    const Run accepted = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                   QStringLiteral("--accept-valid"), QStringLiteral("--on-conflict"), QStringLiteral("skip")});
    BOOST_TEST(accepted.exitCode == 0);
    BOOST_TEST(infoValue(accepted.out, QStringLiteral("values imported")).toStdString() == "8");
    const Run again = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                QStringLiteral("--accept-valid")});
    BOOST_TEST(again.out.contains(QStringLiteral("same file imported before: bad-row-middle.csv")));
    BOOST_TEST(infoValue(again.out, QStringLiteral("values imported")).toStdString() == "0");

    const Run badPolicy = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                    QStringLiteral("--on-conflict"), QStringLiteral("merge")});
    BOOST_TEST(badPolicy.exitCode != 0);
    BOOST_TEST(badPolicy.err.contains(QStringLiteral("skip, overwrite or revision")));
}

BOOST_AUTO_TEST_CASE(import_defaults_and_saved_profiles)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("w.mixshift"));
    const QString wide = QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/wide-title-rows.csv");
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project}).exitCode, 0);
    const Run first = mixshift({QStringLiteral("import"), wide, QStringLiteral("--db"), project,
                                QStringLiteral("--default"), QStringLiteral("metric=gartner_iaas_share"),
                                QStringLiteral("--default"), QStringLiteral("unit=%"), QStringLiteral("--default"),
                                QStringLiteral("source=Gartner (July 2024)"), QStringLiteral("--accept-valid"),
                                QStringLiteral("--save-profile"), QStringLiteral("gartner shares")});
    BOOST_TEST_INFO(first.out.toStdString());
    BOOST_TEST(first.exitCode == 0);
    BOOST_TEST(infoValue(first.out, QStringLiteral("values imported")).toStdString() == "14");
    BOOST_TEST(infoValue(first.out, QStringLiteral("header")).isEmpty());
    BOOST_TEST(first.out.contains(QStringLiteral("header: record 4")));

    // The same header again: the saved profile is used without being named.
    const Run second = mixshift({QStringLiteral("import"), wide, QStringLiteral("--db"), project,
                                 QStringLiteral("--accept-valid")});
    BOOST_TEST(infoValue(second.out, QStringLiteral("mapping")).contains(QStringLiteral("gartner shares")));
    BOOST_TEST(infoValue(second.out, QStringLiteral("values imported")).toStdString() == "0");
}

BOOST_AUTO_TEST_CASE(a_profile_is_saved_only_by_an_import_that_commits)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.mixshift"));
    const QString bad = QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/bad-row-middle.csv");
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project}).exitCode, 0);
    const Run refused = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                  QStringLiteral("--save-profile"), QStringLiteral("amazon")});
    BOOST_TEST(refused.exitCode == 1);
    BOOST_TEST(infoValue(refused.out, QStringLiteral("result")).startsWith(QStringLiteral("nothing imported")));
    const Run reuse = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                QStringLiteral("--profile"), QStringLiteral("amazon"), QStringLiteral("--dry-run")});
    BOOST_TEST(reuse.exitCode != 0);
    BOOST_TEST(reuse.err.contains(QStringLiteral("no profile 'amazon'")), reuse.err.toStdString());

    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                  QStringLiteral("--save-profile"), QStringLiteral("amazon"),
                                  QStringLiteral("--accept-valid")})
                            .exitCode,
                        0);
    const Run saved = mixshift({QStringLiteral("import"), bad, QStringLiteral("--db"), project,
                                QStringLiteral("--profile"), QStringLiteral("amazon"), QStringLiteral("--dry-run")});
    BOOST_TEST(infoValue(saved.out, QStringLiteral("mapping")).toStdString() == "profile 'amazon'");
}

BOOST_AUTO_TEST_CASE(export_chart_check_and_chart_list)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("c.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);

    const Run list = mixshift({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("--db"), project});
    BOOST_TEST(list.exitCode == 0);
    BOOST_TEST(list.out.count(QLatin1Char('\n')) == 7);
    BOOST_TEST(list.out.contains(QStringLiteral("Alibaba Cloud adjusted EBITA margin\tline\tAlibaba Cloud/adjusted_ebita:margin")));

    const QString png = dir.filePath(QStringLiteral("margin.png"));
    const Run exported = mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), project, QStringLiteral("--series"),
                                   QStringLiteral("Alibaba Cloud/adjusted_ebita:margin"), QStringLiteral("--out"), png,
                                   QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"),
                                   QStringLiteral("360")});
    BOOST_TEST_INFO(exported.err.toStdString());
    BOOST_REQUIRE_EQUAL(exported.exitCode, 0);
    QFile file(png);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(24);
    BOOST_TEST(header.startsWith("\x89PNG"));
    // The IHDR chunk: width and height, 2× by default.
    const auto bigEndian = [&header](int offset) {
        return (quint8(header[offset]) << 24) | (quint8(header[offset + 1]) << 16) | (quint8(header[offset + 2]) << 8) |
               quint8(header[offset + 3]);
    };
    BOOST_TEST(bigEndian(16) == 1280u);
    BOOST_TEST(bigEndian(20) == 720u);

    const QString csv = dir.filePath(QStringLiteral("shares.csv"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), project, QStringLiteral("--chart"),
                                  QStringLiteral("Worldwide IaaS shares (Gartner) — 100% bars"), QStringLiteral("--out"), csv})
                            .exitCode,
                        0);
    QFile data(csv);
    BOOST_REQUIRE(data.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(data.readAll());
    BOOST_TEST(text.startsWith(QStringLiteral("series,period,start,end,value,unit,source\n")));
    BOOST_TEST(text.count(QLatin1Char('\n')) == 1 + 6 * 4);

    const Run bad = mixshift({QStringLiteral("export-chart"), QStringLiteral("--db"), project, QStringLiteral("--series"),
                              QStringLiteral("Oracle/revenue"), QStringLiteral("--out"), png});
    BOOST_TEST(bad.exitCode == 1);
    BOOST_TEST(bad.err.count(QLatin1Char('\n')) == 1, bad.err.toStdString());
    BOOST_TEST(bad.err.contains(QStringLiteral("no provider or alias 'Oracle'")));

    const Run check = mixshift({QStringLiteral("check"), QStringLiteral("--db"), project});
    BOOST_TEST(check.exitCode == 0);
    BOOST_TEST(infoValue(check.out, QStringLiteral("findings")).toInt() >= 1);
    BOOST_TEST(check.out.contains(QStringLiteral("but the levels give")));
}

BOOST_AUTO_TEST_CASE(scenario_run_calibrate_monte_carlo_save_and_list)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("m.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QStringList db{QStringLiteral("--db"), project};

    const Run base = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                          QStringLiteral("mix")} + db);
    BOOST_TEST_INFO(base.err.toStdString());
    BOOST_REQUIRE_EQUAL(base.exitCode, 0);
    BOOST_TEST(base.out.contains(QStringLiteral("base quarter: FY2024 Q2 (revenue 276.48 億元, EBITA 14.09 億元)")));
    BOOST_TEST(base.out.contains(QStringLiteral("\n0   FY2024 Q2  276.48   14.09   5.10%")), base.out.toStdString());
    BOOST_TEST(base.out.contains(QStringLiteral("status quo: the path without wind-down")));
    const Run forecast = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                              QStringLiteral("mix"), QStringLiteral("--status-quo"),
                                              QStringLiteral("forecast")} + db);
    BOOST_REQUIRE_EQUAL(forecast.exitCode, 0);
    BOOST_TEST(forecast.out.contains(QStringLiteral("status quo: ETS(")), forecast.out.toStdString());
    BOOST_TEST(forecast.out.contains(QStringLiteral("quarters to FY2024 Q2")));
    // The path is the same; only what it is measured against differs.
    BOOST_TEST(forecast.out.contains(QStringLiteral("\n0   FY2024 Q2  276.48   14.09   5.10%")));
    BOOST_TEST(!forecast.out.contains(QStringLiteral("revenue foregone vs status quo (cumulative): 202 億元")));
    BOOST_TEST(base.out.contains(QStringLiteral("revenue foregone vs status quo (cumulative): 202 億元")));

    // The worked example of product.md §6.1.
    const QString csv = dir.filePath(QStringLiteral("calibrated.csv"));
    const Run calibrated = mixshift(
        QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("mix"),
                    QStringLiteral("--set"), QStringLiteral("base_revenue=271.06e8"), QStringLiteral("--set"),
                    QStringLiteral("base_ebita=9.78e8"), QStringLiteral("--set"), QStringLiteral("conversion=0"),
                    QStringLiteral("--set"), QStringLiteral("ai_uplift=0"), QStringLiteral("--set"), QStringLiteral("leverage=0"),
                    QStringLiteral("--calibrate"), QStringLiteral("revenue_growth@4=0.02,ebita_growth@4=0.44"),
                    QStringLiteral("--solve"), QStringLiteral("wind_down,organic_growth"), QStringLiteral("--csv"), csv} + db);
    BOOST_TEST_INFO(calibrated.out.toStdString() << calibrated.err.toStdString());
    BOOST_REQUIRE_EQUAL(calibrated.exitCode, 0);
    BOOST_TEST(calibrated.out.contains(QStringLiteral("public-cloud margin: 7.30%")));
    BOOST_TEST(calibrated.out.contains(QStringLiteral("base quarter: Q0, figures set here (revenue 271.06 億元, EBITA 9.78 億元), "
                                                      "not the project's FY2024 Q2 (revenue 276.48 億元, EBITA 14.09 億元)")),
               calibrated.out.toStdString());
    BOOST_TEST(calibrated.out.contains(QStringLiteral("\n4   Q+4 ")), "quarters counted, not named as the project's");
    BOOST_TEST(calibrated.out.contains(QStringLiteral("solved Quarterly wind-down of project revenue (wind_down): 11.6")),
               calibrated.out.toStdString());
    BOOST_TEST(calibrated.out.contains(QStringLiteral("solved Organic public-cloud growth (organic_growth): 19")));
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(lines.front().toStdString() == "quarter,period,project_revenue,public_revenue,revenue,ebita,margin,revenue_yoy,"
                                              "ebita_yoy,status_quo_revenue,status_quo_ebita");
    const QStringList q4 = lines[5].split(QLatin1Char(','));
    BOOST_TEST(std::abs(q4[7].toDouble() - 0.02) < 0.0005);
    BOOST_TEST(std::abs(q4[8].toDouble() - 0.44) < 0.0005);

    const QStringList monteCarlo{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("mix"),
                                 QStringLiteral("--monte-carlo"), QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7"),
                                 QStringLiteral("--vary"), QStringLiteral("wind_down=uniform(0.02,0.15)"), QStringLiteral("--vary"),
                                 QStringLiteral("organic_growth=triangular(0.05,0.15,0.3)")};
    const Run first = mixshift(monteCarlo + db);
    const Run second = mixshift(monteCarlo + db);
    BOOST_REQUIRE_EQUAL(first.exitCode, 0);
    BOOST_TEST((first.out == second.out), "the same seed gives the same result");
    BOOST_TEST(first.out.contains(QStringLiteral("P(revenue at H >= base)")));

    const Run bad = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                         QStringLiteral("mix"), QStringLiteral("--set"), QStringLiteral("windown=0.1")} + db);
    BOOST_TEST(bad.exitCode != 0);
    BOOST_TEST(bad.err.contains(QStringLiteral("levers: base_revenue base_ebita project_share")));
    const Run outOfBounds = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                                 QStringLiteral("mix"), QStringLiteral("--set"), QStringLiteral("wind_down=2")} + db);
    BOOST_TEST(outOfBounds.err.contains(QStringLiteral("outside its bounds")));

    BOOST_REQUIRE_EQUAL(mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                             QStringLiteral("mix"), QStringLiteral("--set"), QStringLiteral("wind_down=0.1"),
                                             QStringLiteral("--save"), QStringLiteral("faster wind-down")} + db)
                            .exitCode,
                        0);
    const Run list = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("list")} + db);
    BOOST_TEST(list.out.split(QLatin1Char('\n')).contains(QStringLiteral("faster wind-down\tmix\tAlibaba Cloud")),
               list.out.toStdString());
    const Run saved = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--name"),
                                           QStringLiteral("faster wind-down")} + db);
    BOOST_TEST(saved.out.contains(QStringLiteral("  Quarterly wind-down of project revenue (wind_down): 10% a quarter\n")),
               saved.out.toStdString());
}

BOOST_AUTO_TEST_CASE(scenario_run_share_and_penetration)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("s.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QStringList db{QStringLiteral("--db"), project};
    const QString csv = dir.filePath(QStringLiteral("shares.csv"));

    // Everyone grows with the market, so only the transfer moves shares: Azure overtakes AWS in 2023.
    const Run shares = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                            QStringLiteral("share"), QStringLiteral("--set"), QStringLiteral("years=2"),
                                            QStringLiteral("--transfer"), QStringLiteral("2023,AWS,Microsoft Azure,0.2"),
                                            QStringLiteral("--csv"), csv} + db);
    BOOST_TEST_INFO(shares.out.toStdString() << shares.err.toStdString());
    BOOST_REQUIRE_EQUAL(shares.exitCode, 0);
    BOOST_TEST(shares.out.contains(QStringLiteral("2022  39.99%  21.00%           7.71%          31.30%  2100")));
    BOOST_TEST(shares.out.contains(QStringLiteral("AWS #2 (-1) Microsoft Azure #1 (+1) Alibaba Cloud #3 (0)")));
    QFile file(csv);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_REQUIRE_EQUAL(lines.size(), 1 + 3 * 4);
    BOOST_TEST(lines[0].toStdString() == "year,provider,share,hhi,cr3");
    BOOST_TEST(lines[1].toStdString() == "2022,AWS,0.3999,2099.6442,0.687");
    BOOST_TEST(lines[6].startsWith(QStringLiteral("2023,Microsoft Azure,0.41,")));

    const Run unknown = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                             QStringLiteral("share"), QStringLiteral("--growth"), QStringLiteral("Nobody=0.1")} + db);
    BOOST_TEST(unknown.exitCode == 1);
    BOOST_TEST(unknown.err.contains(QStringLiteral("no provider 'Nobody'")));

    const Run penetration = mixshift(
        QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("penetration"),
                    QStringLiteral("--set"), QStringLiteral("start_share=0.28"), QStringLiteral("--set"),
                    QStringLiteral("target_share=0.6"), QStringLiteral("--set"), QStringLiteral("years=4"),
                    QStringLiteral("--set"), QStringLiteral("compute_market=1000")} + db);
    BOOST_TEST_INFO(penetration.err.toStdString());
    BOOST_REQUIRE_EQUAL(penetration.exitCode, 0);
    BOOST_TEST(penetration.out.contains(QStringLiteral("2027  60.00%        1000.0          600.0")));
}

BOOST_AUTO_TEST_CASE(export_chart_takes_a_subtitle_notes_a_byline_and_annotations)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QString svg = dir.filePath(QStringLiteral("margin.svg"));
    const QStringList chart{QStringLiteral("export-chart"), QStringLiteral("--db"), project, QStringLiteral("--chart"),
                            QStringLiteral("Alibaba Cloud adjusted EBITA margin"), QStringLiteral("--out"), svg};
    const Run r = mixshift(chart + QStringList{QStringLiteral("--subtitle"), QStringLiteral("Quarterly, non-GAAP"),
                                               QStringLiteral("--note"), QStringLiteral("First note"),
                                               QStringLiteral("--note"), QStringLiteral("Second note"),
                                               QStringLiteral("--byline"), QStringLiteral("Chart: an analyst"),
                                               QStringLiteral("--reference-line"), QStringLiteral("10,10% margin target"),
                                               QStringLiteral("--shade"), QStringLiteral("FY2024 Q1,,since the plan"),
                                               QStringLiteral("--label"), QStringLiteral("FY2024 Q2,5.1,this quarter")});
    BOOST_TEST_INFO(r.err.toStdString());
    BOOST_REQUIRE_EQUAL(r.exitCode, 0);
    QFile file(svg);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // In a PDF too, as text a reader finds, on a page of the size asked.
    const QString pdf = dir.filePath(QStringLiteral("margin.pdf"));
    QStringList toPdf = chart;
    toPdf.last() = pdf;
    BOOST_REQUIRE_EQUAL(mixshift(toPdf + QStringList{QStringLiteral("--subtitle"), QStringLiteral("Quarterly, non-GAAP"),
                                                     QStringLiteral("--note"), QStringLiteral("First note"),
                                                     QStringLiteral("--note"), QStringLiteral("Second note"),
                                                     QStringLiteral("--byline"), QStringLiteral("Chart: an analyst"),
                                                     QStringLiteral("--reference-line"), QStringLiteral("10,10% margin target"),
                                                     QStringLiteral("--shade"), QStringLiteral("FY2024 Q1,,since the plan"),
                                                     QStringLiteral("--label"), QStringLiteral("FY2024 Q2,5.1,this quarter"),
                                                     QStringLiteral("--width"), QStringLiteral("160mm"),
                                                     QStringLiteral("--height"), QStringLiteral("100mm")})
                            .exitCode,
                        0);
    const QString pdfText = poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    for (const char* shown : {"Quarterly, non-GAAP", "Note: First note", "Note: Second note", "Chart: an analyst",
                              "10% margin target", "since the plan", "this quarter"}) {
        BOOST_TEST(text.contains(QString::fromUtf8(shown)), shown);
        BOOST_TEST(pdfText.contains(QString::fromUtf8(shown)), shown << " in the PDF: " << pdfText.toStdString());
    }
    BOOST_TEST(poppler(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("453.543 x 283.465 pts")),
               "160 mm x 100 mm");
    const Run bad = mixshift(chart + QStringList{QStringLiteral("--label"), QStringLiteral("FY2024 Q2,high,x")});
    BOOST_TEST(bad.exitCode == 2);
    BOOST_TEST(bad.err.contains(QStringLiteral("--label 'FY2024 Q2,high,x': 'high' is not a finite number")),
               bad.err.toStdString());
}

BOOST_AUTO_TEST_CASE(scenario_run_plots_paths_bridge_tornado_fan_and_shares)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QStringList run{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("mix"),
                          QStringLiteral("--db"), project, QStringLiteral("--monte-carlo"), QStringLiteral("200"),
                          QStringLiteral("--vary"), QStringLiteral("wind_down=uniform(0.01,0.05)")};
    for (const char* plot : {"paths", "bridge", "tornado", "fan"})
        for (const char* suffix : {"png", "pdf", "svg", "csv"}) {
            const QString out = dir.filePath(QStringLiteral("%1.%2").arg(QLatin1String(plot), QLatin1String(suffix)));
            const Run r = mixshift(run + QStringList{QStringLiteral("--plot"), QString::fromLatin1(plot),
                                                    QStringLiteral("--out"), out, QStringLiteral("--width"),
                                                    QStringLiteral("160mm"), QStringLiteral("--height"),
                                                    QStringLiteral("90mm")});
            BOOST_TEST_INFO(plot << " " << suffix << ": " << r.err.toStdString());
            BOOST_TEST(r.exitCode == 0);
            BOOST_TEST(QFileInfo(out).size() > 100);
        }
    // The paths' values start at the article's base quarter: 276.48 億元 of revenue, 14.09 of EBITA.
    QFile csv(dir.filePath(QStringLiteral("paths.csv")));
    BOOST_REQUIRE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    // With the Monte Carlo run, the bands of both projections come first.
    BOOST_TEST(rows[0].toStdString() ==
               "key,Revenue P5,Revenue P95,EBITA P5,EBITA P95,Revenue,\"Revenue, status quo\",EBITA,\"EBITA, status quo\"");
    BOOST_TEST(rows[1].startsWith("FY2024 Q2,276.48,276.48,14.09,14.09,276.48,276.48,14.09,14.09"), rows[1].toStdString());
    QFile svg(dir.filePath(QStringLiteral("bridge.svg")));
    BOOST_REQUIRE(svg.open(QIODevice::ReadOnly));
    BOOST_TEST(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("revenue bridge over 12 quarters")),
               "the plot carries its title");

    // The share model's plot: the article's 2022 shares first, by the market's name.
    const QString shares = dir.filePath(QStringLiteral("shares.csv"));
    const Run share = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                QStringLiteral("share"), QStringLiteral("--db"), project, QStringLiteral("--plot"),
                                QStringLiteral("shares"), QStringLiteral("--out"), shares});
    BOOST_TEST(share.exitCode == 0, share.err.toStdString());
    QFile sharesFile(shares);
    BOOST_REQUIRE(sharesFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> shareRows = sharesFile.readAll().split('\n');
    BOOST_TEST(shareRows[0].toStdString() == "key,AWS,Microsoft Azure,Alibaba Cloud,Others");
    BOOST_TEST(shareRows[1].toStdString() == "2022,39.99,21,7.71,31.3");
    const QString sharesSvg = dir.filePath(QStringLiteral("shares.svg"));
    BOOST_TEST(mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("share"),
                         QStringLiteral("--db"), project, QStringLiteral("--plot"), QStringLiteral("shares"),
                         QStringLiteral("--out"), sharesSvg})
                   .exitCode == 0);
    QFile sharesSvgFile(sharesSvg);
    BOOST_REQUIRE(sharesSvgFile.open(QIODevice::ReadOnly));
    BOOST_TEST(QString::fromUtf8(sharesSvgFile.readAll())
                   .contains(QStringLiteral("Projected shares of Worldwide IaaS public cloud services, 2022–2027")));
    const Run wrongModel = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                     QStringLiteral("mix"), QStringLiteral("--db"), project, QStringLiteral("--plot"),
                                     QStringLiteral("shares"), QStringLiteral("--out"), shares});
    BOOST_TEST(wrongModel.exitCode == 2);
    BOOST_TEST(wrongModel.err.contains(QStringLiteral("--plot shares is the share model's")));
    const Run penetration = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                      QStringLiteral("penetration"), QStringLiteral("--db"), project,
                                      QStringLiteral("--set"), QStringLiteral("start_share=0.28"), QStringLiteral("--set"),
                                      QStringLiteral("target_share=0.5"), QStringLiteral("--set"),
                                      QStringLiteral("compute_market=100"), QStringLiteral("--plot"),
                                      QStringLiteral("paths"), QStringLiteral("--out"), shares});
    BOOST_TEST(penetration.exitCode == 2, "a plot the model cannot draw is refused, not left out");
    BOOST_TEST(penetration.err.contains(QStringLiteral("the penetration model has no --plot")));

    const Run fanAlone = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                   QStringLiteral("mix"), QStringLiteral("--db"), project, QStringLiteral("--plot"),
                                   QStringLiteral("fan"), QStringLiteral("--out"), dir.filePath(QStringLiteral("f.png"))});
    BOOST_TEST(fanAlone.exitCode == 2);
    BOOST_TEST(fanAlone.err.contains(QStringLiteral("--plot fan draws the bands of --monte-carlo N")));
    const Run noOut = mixshift({QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                QStringLiteral("mix"), QStringLiteral("--db"), project, QStringLiteral("--plot"),
                                QStringLiteral("paths")});
    BOOST_TEST(noOut.exitCode == 2);
    BOOST_TEST(noOut.err.contains(QStringLiteral("--plot PLOT and --out FILE go together")));
}

BOOST_AUTO_TEST_CASE(scenario_run_prints_a_tornado)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("t.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), project, QStringLiteral("--sample")}).exitCode, 0);
    const QStringList run{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"), QStringLiteral("mix"),
                          QStringLiteral("--db"), project, QStringLiteral("--tornado")};
    const Run margin = mixshift(run + QStringList{QStringLiteral("margin")});
    BOOST_TEST_INFO(margin.err.toStdString());
    BOOST_REQUIRE_EQUAL(margin.exitCode, 0);
    const int at = static_cast<int>(margin.out.indexOf(QStringLiteral("sensitivity of margin (base ")));
    BOOST_REQUIRE(at >= 0);
    // One line per continuous lever (public_margin follows from the base EBITA here), the widest swing first.
    const QStringList lines = margin.out.mid(at).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(lines.size() == 1 + 9);
    BOOST_TEST(lines[1].trimmed().startsWith(QStringLiteral("Project-based share of revenue (project_share)")),
               lines[1].toStdString());
    const Run bad = mixshift(run + QStringList{QStringLiteral("speed")});
    BOOST_TEST(bad.exitCode == 2, "an unknown --tornado output is bad usage");
    BOOST_TEST(bad.err.contains(QStringLiteral("--tornado must be one of ebita, margin, recovery, revenue, not 'speed'")));
}
