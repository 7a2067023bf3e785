// `--lang` and the system locale put the command line's help, errors and human-readable output in Chinese;
// machine-readable output keeps its English keys.
#include "AppRun.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>

namespace {

bool hasHan(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

/// The keys of `info`'s `name: value` lines.
QStringList infoKeys(const QString& info)
{
    QStringList keys;
    for (const QString& line : info.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        keys << line.section(QStringLiteral(": "), 0, 0);
    return keys;
}

/// Runs mixshift as a user whose system speaks `locale`.
Run inLocale(const QString& locale, const QStringList& arguments)
{
    return mixshift(arguments, {}, [&](QProcess& process) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
        process.setProcessEnvironment(environment);
    });
}

} // namespace

BOOST_AUTO_TEST_SUITE(language_option)

BOOST_AUTO_TEST_CASE(lang_puts_help_in_either_chinese_and_back_in_english)
{
    const Run english = mixshift({QStringLiteral("help")});
    const Run traditional = mixshift({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("help")});
    const Run simplified = mixshift({QStringLiteral("help"), QStringLiteral("--lang=zh_CN")});
    BOOST_TEST(english.exitCode == 0);
    BOOST_TEST(traditional.exitCode == 0);
    BOOST_TEST(simplified.exitCode == 0);
    BOOST_TEST(hasHan(traditional.out), traditional.out.toStdString());
    BOOST_TEST(hasHan(simplified.out), simplified.out.toStdString());
    BOOST_TEST(traditional.out != simplified.out);
    BOOST_TEST(traditional.out.contains(QStringLiteral("匯入")), "Taiwan's word for import");
    BOOST_TEST(simplified.out.contains(QStringLiteral("导入")), "the mainland's word for import");
    // Command and option names stay as typed.
    BOOST_TEST(traditional.out.contains(QStringLiteral("export-chart")));
    const Run back = mixshift({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help")});
    BOOST_TEST(back.out.toStdString() == english.out.toStdString());
}

BOOST_AUTO_TEST_CASE(the_system_locale_chooses_when_lang_is_not_given)
{
    const Run taiwan = inLocale(QStringLiteral("zh_TW.UTF-8"), {QStringLiteral("help")});
    BOOST_TEST(taiwan.out.toStdString() ==
               mixshift({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("help")}).out.toStdString());
    const Run hongKong = inLocale(QStringLiteral("zh_HK.UTF-8"), {QStringLiteral("help")});
    BOOST_TEST(hongKong.out.toStdString() == taiwan.out.toStdString());
    const Run overruled = inLocale(QStringLiteral("zh_CN.UTF-8"), {QStringLiteral("--lang"), QStringLiteral("en"),
                                                                   QStringLiteral("help")});
    BOOST_TEST(!hasHan(overruled.out), overruled.out.toStdString());
}

BOOST_AUTO_TEST_CASE(errors_are_translated_and_still_name_the_file)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.mixshift"));
    const Run english = mixshift({QStringLiteral("info"), QStringLiteral("--db"), missing});
    const Run chinese = mixshift({QStringLiteral("info"), QStringLiteral("--db"), missing, QStringLiteral("--lang"),
                                  QStringLiteral("zh_CN")});
    BOOST_TEST(english.exitCode != 0);
    BOOST_TEST(chinese.exitCode == english.exitCode);
    BOOST_TEST(!hasHan(english.err), english.err.toStdString());
    BOOST_TEST(hasHan(chinese.err), chinese.err.toStdString());
    BOOST_TEST(chinese.err.contains(QStringLiteral("missing.mixshift")), chinese.err.toStdString());
}

BOOST_AUTO_TEST_CASE(a_mistyped_command_is_told_in_the_language_too)
{
    const Run english = mixshift({QStringLiteral("qurey")});
    const Run chinese = mixshift({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("qurey")});
    BOOST_TEST(english.exitCode == 2);
    BOOST_TEST(chinese.exitCode == 2);
    BOOST_TEST(hasHan(chinese.err), chinese.err.toStdString());
    BOOST_TEST(chinese.err.contains(QStringLiteral("query")), "the command meant is still named");
}

BOOST_AUTO_TEST_CASE(machine_readable_output_keeps_english_keys)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.mixshift"));
    BOOST_REQUIRE_EQUAL(mixshift({QStringLiteral("init"), path, QStringLiteral("--sample")}).exitCode, 0);
    const QStringList chinese{QStringLiteral("--lang"), QStringLiteral("zh_TW")};
    const Run info = mixshift(QStringList{QStringLiteral("info"), QStringLiteral("--db"), path} + chinese);
    BOOST_TEST(info.exitCode == 0);
    BOOST_TEST(infoKeys(info.out) == infoKeys(mixshift({QStringLiteral("info"), QStringLiteral("--db"), path}).out));
    const QStringList query{QStringLiteral("query"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                            QStringLiteral("csv")};
    BOOST_TEST(mixshift(query + chinese).out.toStdString() == mixshift(query).out.toStdString());

    // The data behind a chart: its header names the columns in English whatever the language.
    for (const char* plot : {"paths", "bridge", "tornado", "fan"}) {
        QStringList headers;
        for (const QStringList& language : {QStringList{}, chinese}) {
            const QString out = dir.filePath(QStringLiteral("%1%2.csv").arg(QLatin1String(plot)).arg(language.size()));
            const Run run = mixshift(QStringList{QStringLiteral("scenario"), QStringLiteral("run"), QStringLiteral("--model"),
                                                 QStringLiteral("mix"), QStringLiteral("--db"), path,
                                                 QStringLiteral("--monte-carlo"), QStringLiteral("100"),
                                                 QStringLiteral("--plot"), QString::fromLatin1(plot),
                                                 QStringLiteral("--out"), out} +
                                     language);
            BOOST_TEST_REQUIRE(run.exitCode == 0, run.err.toStdString());
            QFile file(out);
            BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
            headers << QString::fromUtf8(file.readLine()).trimmed();
        }
        BOOST_TEST(headers.front().toStdString() == headers.back().toStdString(), plot);
        BOOST_TEST(!hasHan(headers.back()), headers.back().toStdString());
    }
}

BOOST_AUTO_TEST_CASE(an_unknown_language_is_a_usage_error)
{
    const Run run = mixshift({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("help")});
    BOOST_TEST(run.exitCode == 2);
    BOOST_TEST(run.err.startsWith(QStringLiteral("mixshift: --lang: 'fr' is not a language of MixShift")),
               run.err.toStdString());
}

BOOST_AUTO_TEST_SUITE_END()
