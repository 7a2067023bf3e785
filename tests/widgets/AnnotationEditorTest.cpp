#include "charts/AnnotationEditor.h"
#include "charts/ChartView.h"

#include "analytics/ChartDocument.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QLineEdit>
#include <QMenu>
#include <QKeyEvent>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

struct AnnotatedChart
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = SampleDataset::createProject(dir.filePath(QStringLiteral("s.mixshift")));
    ChartView view;

    AnnotatedChart()
    {
        view.resize(1200, 700);
        ChartDefinition chart;
        chart.kind = ChartKind::Bars;
        chart.specs << QStringLiteral("Alibaba Cloud/revenue");
        view.showChart(ChartDocument::build(project->db(), chart));
        view.plot()->replot();
    }

    // Where FY2024 Q2 (July to September 2023) is at `value` 億元.
    QPointF at(double value) const
    {
        return {view.plot()->xAxis->coordToPixel(2023.5 + 0.125), view.plot()->yAxis->coordToPixel(value)};
    }

    void type(const QString& text, Qt::Key end = Qt::Key_Return)
    {
        QLineEdit* box = view.annotationEditor()->box();
        BOOST_REQUIRE(box);
        box->setText(text);
        QKeyEvent press(QEvent::KeyPress, end, Qt::NoModifier);
        QCoreApplication::sendEvent(box, &press);
        QCoreApplication::processEvents();
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(annotation_editor)

BOOST_AUTO_TEST_CASE(a_label_is_added_where_clicked_typed_in_place_edited_and_removed)
{
    AnnotatedChart c;
    int edited = 0;
    QObject::connect(&c.view, &ChartView::documentEdited, [&edited](const ChartDefinition&, const QString&) { ++edited; });
    AnnotationEditor* editor = c.view.annotationEditor();
    editor->add(ChartAnnotation::Kind::Label, c.at(300));
    c.type(QStringLiteral("public cloud first"));
    BOOST_REQUIRE_EQUAL(c.view.definition().annotations.size(), 1);
    const ChartAnnotation label = c.view.definition().annotations.front();
    BOOST_TEST((label.kind == ChartAnnotation::Kind::Label));
    BOOST_TEST(label.period.toStdString() == "FY2024 Q2", "the period clicked, as the chart labels it");
    BOOST_TEST(label.value == 300, boost::test_tools::tolerance(0.01));
    BOOST_TEST(label.text.toStdString() == "public cloud first");
    BOOST_TEST(edited == 1);

    // Drawn where it was put: the annotation is found there, and a double-click's edit opens on its text.
    c.view.plot()->replot();
    BOOST_REQUIRE(c.view.annotationAt(c.at(300)).has_value());
    BOOST_TEST(editor->edit(c.at(300)));
    BOOST_TEST(editor->box()->text().toStdString() == "public cloud first");
    c.type(QStringLiteral("AI-driven, public-cloud first"));
    BOOST_TEST(c.view.definition().annotations.front().text.toStdString() == "AI-driven, public-cloud first");
    BOOST_TEST(edited == 2);

    // The menu on it offers to edit and remove it; removing leaves none.
    c.view.plot()->replot();
    std::unique_ptr<QMenu> menu(editor->menuAt(c.at(300)));
    QStringList actions;
    for (QAction* action : menu->actions())
        actions << action->text();
    BOOST_TEST(actions.front().startsWith(QStringLiteral("Edit “AI-driven")), actions.join('|').toStdString());
    BOOST_TEST(editor->remove(c.at(300)));
    BOOST_TEST(c.view.definition().annotations.isEmpty());
    BOOST_TEST(!c.view.annotationAt(c.at(300)).has_value());
}

BOOST_AUTO_TEST_CASE(escape_or_an_empty_text_adds_nothing_and_a_line_and_a_range_take_their_anchor)
{
    AnnotatedChart c;
    AnnotationEditor* editor = c.view.annotationEditor();
    editor->add(ChartAnnotation::Kind::Label, c.at(100));
    c.type(QStringLiteral("never mind"), Qt::Key_Escape);
    BOOST_TEST(c.view.definition().annotations.isEmpty());
    editor->add(ChartAnnotation::Kind::Label, c.at(100));
    c.type(QStringLiteral("   "));
    BOOST_TEST(c.view.definition().annotations.isEmpty());

    editor->add(ChartAnnotation::Kind::ReferenceLine, c.at(250));
    c.type(QStringLiteral("250 億元"));
    editor->add(ChartAnnotation::Kind::ShadedRange, c.at(50));
    c.type(QStringLiteral("since the strategy"));
    const QVector<ChartAnnotation> a = c.view.definition().annotations;
    BOOST_REQUIRE_EQUAL(a.size(), 2);
    BOOST_TEST((a[0].kind == ChartAnnotation::Kind::ReferenceLine));
    BOOST_TEST(a[0].value == 250, boost::test_tools::tolerance(0.01));
    BOOST_TEST((a[1].kind == ChartAnnotation::Kind::ShadedRange));
    BOOST_TEST(a[1].period.toStdString() == "FY2024 Q2");
    BOOST_TEST(a[1].periodEnd.isEmpty(), "to the end");
    // A chart without series has nothing to annotate.
    ChartView empty;
    BOOST_TEST(!empty.annotationEditor()->menuAt(QPointF(10, 10)));
}

BOOST_AUTO_TEST_SUITE_END()
