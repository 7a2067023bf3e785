#include "AppSettings.h"
#include "report/ReportDialog.h"

#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

int pdfPages(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    return int(QString::fromLatin1(file.readAll()).count(QRegularExpression(QStringLiteral("/Type /Page[^s]"))));
}

} // namespace

BOOST_AUTO_TEST_SUITE(report_dialog)

BOOST_AUTO_TEST_CASE(the_dialog_previews_and_saves_what_is_ticked)
{
    QTemporaryDir dir;
    const auto project = SampleDataset::createProject(dir.filePath(QStringLiteral("sample.mixshift")));
    QSettings ini(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    ReportDialog dialog(*project, settings);

    const ReportRequest all = dialog.request();
    BOOST_TEST(all.charts.size() == 7, "every saved chart, ticked");
    BOOST_TEST(all.scenarios.size() == 2);
    BOOST_TEST(!all.everything);
    BOOST_TEST(all.title.toStdString() == "sample");
    const int allPages = dialog.previewPages();
    BOOST_TEST(allPages > 10, "the preview draws the pages");

    auto* charts = dialog.findChild<QListWidget*>(QStringLiteral("reportCharts"));
    auto* scenarios = dialog.findChild<QListWidget*>(QStringLiteral("reportScenarios"));
    BOOST_REQUIRE(charts && scenarios);
    for (int i = 1; i < charts->count(); ++i)
        charts->item(i)->setCheckState(Qt::Unchecked);
    for (int i = 0; i < scenarios->count(); ++i)
        scenarios->item(i)->setCheckState(Qt::Unchecked);
    dialog.findChild<QLineEdit*>(QStringLiteral("reportTitle"))->setText(QStringLiteral("One chart"));
    const ReportRequest one = dialog.request();
    BOOST_TEST(one.charts == QStringList{charts->item(0)->text()});
    BOOST_TEST(one.scenarios.isEmpty());

    const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
    BOOST_REQUIRE(dialog.saveTo(pdf));
    // Title, contents, the chart, findings, sources.
    BOOST_TEST(pdfPages(pdf) == 5);
    QFile file(pdf);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    BOOST_TEST(file.readAll().contains("/Title (\xfe\xff"), "the PDF's title is set");
}

BOOST_AUTO_TEST_SUITE_END()
