#include "AppSettings.h"
#include "charts/ExportSizeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

BOOST_AUTO_TEST_SUITE(export_size_dialog)

BOOST_AUTO_TEST_CASE(millimetres_at_300_dpi_say_their_pixels_and_give_their_size)
{
    ExportSizeDialog dialog(ExportSize{}, ExportSizeDialog::Unit::Pixels, true);
    const QList<QDoubleSpinBox*> sides = dialog.findChildren<QDoubleSpinBox*>();
    BOOST_REQUIRE(sides.size() == 2);
    auto* unit = dialog.findChild<QComboBox*>();
    auto* dpi = dialog.findChild<QSpinBox*>();
    BOOST_REQUIRE(unit && dpi);
    BOOST_TEST(dialog.summary().contains(QStringLiteral("3200 × 1800 pixels")), dialog.summary().toStdString());

    unit->setCurrentIndex(int(ExportSizeDialog::Unit::Millimetres));
    // 1600 pixels of 1/96 inch are 423.3 mm: the sides are converted, not reinterpreted.
    BOOST_TEST(std::abs(sides[0]->value() - 423.3) < 0.05, sides[0]->value());
    sides[0]->setValue(160);
    sides[1]->setValue(90);
    dpi->setValue(300);
    BOOST_TEST(dialog.summary().contains(QStringLiteral("1890 × 1063 pixels")), dialog.summary().toStdString());
    BOOST_TEST(dialog.summary().contains(QStringLiteral("160.0 × 90.0 mm")), dialog.summary().toStdString());
    const ExportSize size = dialog.size();
    BOOST_TEST(size.pngPixels().width() == 1890);
    BOOST_TEST(ExportSizeDialog::unitKey(dialog.unit()).toStdString() == "mm");

    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    BOOST_TEST(ok->isEnabled());
    sides[0]->setValue(0);
    BOOST_TEST(!ok->isEnabled(), "a size that cannot be made is not accepted");
    BOOST_TEST(dialog.summary().startsWith(QStringLiteral("Cannot export: the width and height")), dialog.summary().toStdString());
}

BOOST_AUTO_TEST_CASE(the_size_used_last_is_remembered)
{
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(ini);
    BOOST_TEST(settings.exportSize().width == ExportSize::defaultWidth);
    ExportSize print{*ExportSize::parseLength(QStringLiteral("160mm")), *ExportSize::parseLength(QStringLiteral("90mm")), 1};
    print.setDpi(300);
    print.transparent = true;
    settings.setExportSize(print, QStringLiteral("mm"));
    const ExportSize back = settings.exportSize();
    BOOST_TEST(back.pngPixels().width() == 1890);
    BOOST_TEST(back.transparent);
    BOOST_TEST(settings.exportUnit().toStdString() == "mm");
    ini.setValue(QStringLiteral("export/width"), -5);
    BOOST_TEST(settings.exportSize().width == ExportSize::defaultWidth, "an impossible remembered size is not used");
}

BOOST_AUTO_TEST_SUITE_END()
