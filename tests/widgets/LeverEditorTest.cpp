#include "scenario/LeverEditor.h"

#include <QDoubleSpinBox>
#include <QLabel>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

BOOST_AUTO_TEST_SUITE(lever_editor)

BOOST_AUTO_TEST_CASE(levers_read_as_words_and_fractions_as_percentages)
{
    LeverEditor editor;
    editor.setLevers(MixLevers{});
    QStringList labels;
    for (const QLabel* label : editor.findChildren<QLabel*>())
        labels << label->text();
    BOOST_TEST(labels.contains(QStringLiteral("Project-based share of revenue")), labels.join('|').toStdString());
    BOOST_TEST(labels.contains(QStringLiteral("Quarterly wind-down of project revenue")));
    BOOST_TEST(!labels.contains(QStringLiteral("project_share")), "the key is in the tooltip, not the label");

    auto* share = editor.findChild<QDoubleSpinBox*>(QStringLiteral("project_share"));
    BOOST_REQUIRE(share);
    BOOST_TEST(share->value() == 30.0);
    BOOST_TEST(share->suffix().toStdString() == " %");
    BOOST_TEST(share->toolTip().contains(QStringLiteral("--set project_share=")));
    share->setValue(42.5);
    BOOST_TEST(editor.levers().projectShare == 0.425, boost::test_tools::tolerance(1e-12));
    // A negative margin, and a whole number of quarters, unscaled.
    BOOST_TEST(editor.findChild<QDoubleSpinBox*>(QStringLiteral("project_margin"))->value() == -5.0);
    BOOST_TEST(editor.findChild<QDoubleSpinBox*>(QStringLiteral("horizon"))->value() == 12.0);
}

BOOST_AUTO_TEST_SUITE_END()
