#include "AppSettings.h"
#include "PreferencesDialog.h"

#include "domain/Unit.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPalette>

#include <QSettings>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using mixshift::AppSettings;

BOOST_AUTO_TEST_SUITE(app_settings)

BOOST_AUTO_TEST_CASE(recent_files_are_most_recent_first_unique_and_bounded)
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    for (int i = 0; i < AppSettings::maxRecentFiles + 3; ++i)
        settings.addRecentFile(dir.filePath(QStringLiteral("p%1.mixshift").arg(i)));
    settings.addRecentFile(dir.filePath(QStringLiteral("p5.mixshift")));

    const QStringList recent = settings.recentFiles();
    BOOST_TEST(recent.size() == AppSettings::maxRecentFiles);
    BOOST_TEST((recent.front() == dir.filePath(QStringLiteral("p5.mixshift"))));
    BOOST_TEST(recent.count(dir.filePath(QStringLiteral("p5.mixshift"))) == 1);
    BOOST_TEST(!recent.contains(dir.filePath(QStringLiteral("p0.mixshift"))));

    settings.removeRecentFile(dir.filePath(QStringLiteral("p5.mixshift")));
    BOOST_TEST(!settings.recentFiles().contains(dir.filePath(QStringLiteral("p5.mixshift"))));
}

BOOST_AUTO_TEST_CASE(window_layout_persists_across_instances)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings ini(file, QSettings::IniFormat);
        AppSettings(ini).setWindowGeometry(QByteArrayLiteral("geometry-bytes"));
        AppSettings(ini).setWindowState(QByteArrayLiteral("state-bytes"));
    }
    QSettings ini(file, QSettings::IniFormat);
    BOOST_TEST((AppSettings(ini).windowGeometry() == QByteArrayLiteral("geometry-bytes")));
    BOOST_TEST((AppSettings(ini).windowState() == QByteArrayLiteral("state-bytes")));
}

BOOST_AUTO_TEST_CASE(preferences_persist_through_the_ini_file)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings ini(file, QSettings::IniFormat);
        AppSettings settings(ini);
        BOOST_TEST((settings.conflictPolicy() == mixshift::ConflictPolicy::Revision));
        BOOST_TEST(settings.openSampleOnFirstStart());
        mixshift::PreferencesDialog dialog(settings);
        auto* policy = dialog.findChild<QComboBox*>(QStringLiteral("conflictPolicy"));
        auto* sample = dialog.findChild<QCheckBox*>(QStringLiteral("openSample"));
        BOOST_REQUIRE(policy && sample);
        policy->setCurrentIndex(policy->findData(static_cast<int>(mixshift::ConflictPolicy::Skip)));
        sample->setChecked(false);
        dialog.accept();
    }
    QSettings ini(file, QSettings::IniFormat);
    BOOST_TEST(ini.value(QStringLiteral("import/conflictPolicy")).toString().toStdString() == "skip");
    AppSettings settings(ini);
    BOOST_TEST((settings.conflictPolicy() == mixshift::ConflictPolicy::Skip));
    BOOST_TEST(!settings.openSampleOnFirstStart());

    // A cancelled dialog changes nothing.
    mixshift::PreferencesDialog dialog(settings);
    dialog.findChild<QCheckBox*>(QStringLiteral("openSample"))->setChecked(true);
    dialog.reject();
    BOOST_TEST(!settings.openSampleOnFirstStart());
}

BOOST_AUTO_TEST_CASE(language_money_and_colours_persist_and_apply)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings ini(file, QSettings::IniFormat);
        AppSettings settings(ini);
        BOOST_TEST(settings.language().isEmpty(), "the system's language at first");
        BOOST_TEST((settings.moneyDisplay() == mixshift::MoneyDisplay::ByCurrency));
        BOOST_TEST((settings.appearance() == mixshift::Appearance::System));
        mixshift::PreferencesDialog dialog(settings);
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        auto* money = dialog.findChild<QComboBox*>(QStringLiteral("moneyDisplay"));
        auto* colours = dialog.findChild<QComboBox*>(QStringLiteral("appearance"));
        BOOST_REQUIRE(language && money && colours);
        BOOST_TEST(language->currentData().toString().isEmpty());
        BOOST_TEST(language->count() == 4); // the system's, English, 简体中文, 繁體中文
        language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
        money->setCurrentIndex(money->findData(QStringLiteral("hundred-millions")));
        colours->setCurrentIndex(colours->findData(QStringLiteral("dark")));
        dialog.accept();
    }
    // Money and colours apply at once; the language at the next start.
    BOOST_TEST((mixshift::DisplayUnit::moneyDisplay() == mixshift::MoneyDisplay::HundredMillions));
    BOOST_TEST(QApplication::palette().color(QPalette::Base).lightness() < 80);
    BOOST_TEST(mixshift::Language::installed().toStdString() == "en");
    {
        QSettings ini(file, QSettings::IniFormat);
        BOOST_TEST(ini.value(QStringLiteral("interface/language")).toString().toStdString() == "zh_TW");
        BOOST_TEST(ini.value(QStringLiteral("interface/moneyDisplay")).toString().toStdString() == "hundred-millions");
        BOOST_TEST(ini.value(QStringLiteral("interface/appearance")).toString().toStdString() == "dark");
        AppSettings settings(ini);
        BOOST_TEST(settings.language().toStdString() == "zh_TW");
        mixshift::PreferencesDialog dialog(settings);
        BOOST_TEST(dialog.findChild<QComboBox*>(QStringLiteral("language"))->currentData().toString().toStdString() ==
                   "zh_TW");
        // Back to the defaults: following the system again removes the language.
        dialog.findChild<QComboBox*>(QStringLiteral("language"))->setCurrentIndex(0);
        dialog.findChild<QComboBox*>(QStringLiteral("moneyDisplay"))->setCurrentIndex(0);
        dialog.findChild<QComboBox*>(QStringLiteral("appearance"))->setCurrentIndex(0);
        dialog.accept();
        BOOST_TEST(!ini.contains(QStringLiteral("interface/language")));
    }
    BOOST_TEST((mixshift::DisplayUnit::moneyDisplay() == mixshift::MoneyDisplay::ByCurrency));
    BOOST_TEST(QApplication::palette().color(QPalette::Base).lightness() > 200);
}

BOOST_AUTO_TEST_SUITE_END()
