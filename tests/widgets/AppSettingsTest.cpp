#include "AppSettings.h"
#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>

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

BOOST_AUTO_TEST_SUITE_END()
