#include "AliasDialog.h"
#include "TestEditing.h"

#include "sample/SampleDataset.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;

BOOST_AUTO_TEST_SUITE(alias_dialog)

BOOST_AUTO_TEST_CASE(adds_and_removes_a_provider_alias)
{
    QTemporaryDir dir;
    auto project = SampleDataset::createProject(dir.filePath(QStringLiteral("a.mixshift")), SampleDataset::Content::Catalog);
    test::TestEditing editing(*project);
    AliasDialog dialog(*project, editing.editing);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("providerAliases"));
    auto* alias = dialog.findChild<QLineEdit*>(QStringLiteral("providerAlias"));
    auto* target = dialog.findChild<QComboBox*>(QStringLiteral("providerTarget"));
    BOOST_REQUIRE(table && alias && target);
    const int before = table->rowCount();
    BOOST_TEST(before > 20);

    alias->setText(QStringLiteral("阿里巴巴雲計算"));
    target->setCurrentText(QStringLiteral("Alibaba Cloud"));
    dialog.findChild<QPushButton*>(QStringLiteral("providerAdd"))->click();
    BOOST_TEST(table->rowCount() == before + 1);
    Catalog catalog(project->db());
    BOOST_REQUIRE(catalog.findProvider(QStringLiteral("阿里巴巴雲計算")));
    BOOST_TEST(catalog.findProvider(QStringLiteral("阿里巴巴雲計算"))->name.toStdString() == "Alibaba Cloud");

    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("阿里巴巴雲計算"))
            table->setCurrentCell(r, 0);
    dialog.findChild<QPushButton*>(QStringLiteral("providerRemove"))->click();
    BOOST_TEST(table->rowCount() == before);
    BOOST_TEST(!catalog.findProvider(QStringLiteral("阿里巴巴雲計算")));

    // Both were steps on the project's undo stack: undoing the removal brings the alias back, undoing the
    // addition takes it away, redoing makes it again.
    QUndoStack* undo = editing.editing.undoStack();
    BOOST_TEST(undo->count() == 2);
    undo->undo();
    BOOST_REQUIRE(catalog.findProvider(QStringLiteral("阿里巴巴雲計算")));
    BOOST_TEST(catalog.findProvider(QStringLiteral("阿里巴巴雲計算"))->name.toStdString() == "Alibaba Cloud");
    undo->undo();
    BOOST_TEST(!catalog.findProvider(QStringLiteral("阿里巴巴雲計算")));
    undo->redo();
    BOOST_TEST(catalog.findProvider(QStringLiteral("阿里巴巴雲計算")).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
