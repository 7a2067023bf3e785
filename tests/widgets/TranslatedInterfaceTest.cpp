// The interface in Chinese: the embedded translations load, the window's menus and core's messages come out
// translated, and English comes back when it is chosen again.
#include "AppSettings.h"
#include "MainWindow.h"

#include "Error.h"
#include "i18n/Language.h"
#include "store/Project.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

/// Puts the interface in a language for one test and back in English after it.
struct InLanguage
{
    explicit InLanguage(const QString& code) { Language::install(code); }
    ~InLanguage() { Language::install(QStringLiteral("en")); }
};

QStringList menuTitles(const QString& language)
{
    InLanguage in(language);
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    MainWindow window(settings);
    QStringList titles;
    for (QAction* menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

/// The message opening a file that is not a project gives.
QString openingMessage(const QString& language)
{
    InLanguage in(language);
    QTemporaryDir dir;
    try {
        Project::open(dir.filePath(QStringLiteral("missing.mixshift")));
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

bool hasHan(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

BOOST_AUTO_TEST_SUITE(translated_interface)

BOOST_AUTO_TEST_CASE(the_menus_are_in_traditional_chinese_with_taiwan_terms)
{
    const QStringList titles = menuTitles(QStringLiteral("zh_TW"));
    BOOST_TEST(titles.join(u' ').toStdString() != menuTitles(QStringLiteral("en")).join(u' ').toStdString());
    BOOST_TEST(titles.contains(QStringLiteral("檔案(&F)")), titles.join(u' ').toStdString());
    BOOST_TEST(titles.contains(QStringLiteral("編輯(&E)")), titles.join(u' ').toStdString());
    BOOST_TEST(titles.contains(QStringLiteral("說明(&H)")), titles.join(u' ').toStdString());
}

BOOST_AUTO_TEST_CASE(the_menus_are_in_simplified_chinese)
{
    const QStringList titles = menuTitles(QStringLiteral("zh_CN"));
    BOOST_TEST(titles.contains(QStringLiteral("文件(&F)")), titles.join(u' ').toStdString());
    BOOST_TEST(titles.contains(QStringLiteral("编辑(&E)")), titles.join(u' ').toStdString());
    BOOST_TEST(titles.contains(QStringLiteral("帮助(&H)")), titles.join(u' ').toStdString());
}

BOOST_AUTO_TEST_CASE(english_comes_back)
{
    menuTitles(QStringLiteral("zh_CN"));
    const QStringList titles = menuTitles(QStringLiteral("en"));
    BOOST_TEST(titles.contains(QStringLiteral("&File")), titles.join(u' ').toStdString());
    BOOST_TEST(Language::installed().toStdString() == "en");
}

BOOST_AUTO_TEST_CASE(core_messages_are_translated_too)
{
    const QString english = openingMessage(QStringLiteral("en"));
    BOOST_TEST_REQUIRE(!english.isEmpty());
    BOOST_TEST(!hasHan(english));
    const QString traditional = openingMessage(QStringLiteral("zh_TW"));
    BOOST_TEST(hasHan(traditional), traditional.toStdString());
    BOOST_TEST(traditional.contains(QStringLiteral("missing.mixshift")), "the file is still named");
}

BOOST_AUTO_TEST_SUITE_END()
