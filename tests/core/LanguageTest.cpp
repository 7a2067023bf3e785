#include "Error.h"
#include "i18n/Language.h"

#include <boost/test/unit_test.hpp>

using mixshift::Language::forLocale;
using mixshift::Language::takeOption;

BOOST_AUTO_TEST_SUITE(language)

BOOST_AUTO_TEST_CASE(the_system_locale_picks_the_script)
{
    BOOST_TEST(forLocale(QLocale(QStringLiteral("zh_TW"))).toStdString() == "zh_TW");
    BOOST_TEST(forLocale(QLocale(QStringLiteral("zh_HK"))).toStdString() == "zh_TW");
    BOOST_TEST(forLocale(QLocale(QStringLiteral("zh_MO"))).toStdString() == "zh_TW");
    BOOST_TEST(forLocale(QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Singapore)).toStdString() ==
               "zh_TW");
    BOOST_TEST(forLocale(QLocale(QStringLiteral("zh_CN"))).toStdString() == "zh_CN");
    BOOST_TEST(forLocale(QLocale(QStringLiteral("zh_SG"))).toStdString() == "zh_CN");
    BOOST_TEST(forLocale(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::HongKong)).toStdString() ==
               "zh_CN");
    BOOST_TEST(forLocale(QLocale(QStringLiteral("en_GB"))).toStdString() == "en");
    BOOST_TEST(forLocale(QLocale(QStringLiteral("de_DE"))).toStdString() == "en");
    BOOST_TEST(forLocale(QLocale::c()).toStdString() == "en");
}

BOOST_AUTO_TEST_CASE(the_option_is_taken_out_of_the_arguments)
{
    QStringList arguments{QStringLiteral("mixshift"), QStringLiteral("query"), QStringLiteral("--lang"),
                          QStringLiteral("zh_TW"), QStringLiteral("--db"), QStringLiteral("p.mixshift")};
    BOOST_TEST(takeOption(arguments).toStdString() == "zh_TW");
    BOOST_TEST(arguments.join(u' ').toStdString() == "mixshift query --db p.mixshift");

    arguments = {QStringLiteral("mixshift"), QStringLiteral("--lang=zh_CN"), QStringLiteral("help")};
    BOOST_TEST(takeOption(arguments).toStdString() == "zh_CN");
    BOOST_TEST(arguments.join(u' ').toStdString() == "mixshift help");

    arguments = {QStringLiteral("mixshift"), QStringLiteral("help")};
    BOOST_TEST(takeOption(arguments).isEmpty());
    BOOST_TEST(arguments.size() == 2);
}

BOOST_AUTO_TEST_CASE(an_unknown_or_missing_language_is_refused)
{
    QStringList unknown{QStringLiteral("mixshift"), QStringLiteral("--lang"), QStringLiteral("fr")};
    BOOST_CHECK_EXCEPTION(takeOption(unknown), mixshift::Error, [](const mixshift::Error& error) {
        return error.message() == QStringLiteral("--lang: 'fr' is not a language of MixShift; choose en, zh_CN, zh_TW");
    });
    QStringList missing{QStringLiteral("mixshift"), QStringLiteral("help"), QStringLiteral("--lang")};
    BOOST_CHECK_THROW(takeOption(missing), mixshift::Error);
}

BOOST_AUTO_TEST_SUITE_END()
