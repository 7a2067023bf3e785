#include "ImportsPanel.h"

#include "store/ImportBatches.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mixshift {

namespace {

// The locale's short date and time, but where Qt 6.4 cannot draw a time format's day period ("B", as in zh_TW's
// "Bh:mm", which came out as "B3:46"), a 24-hour time.
QString shortDateTime(const QLocale& locale, const QDateTime& when)
{
    if (!locale.timeFormat(QLocale::ShortFormat).contains(QLatin1Char('B')))
        return locale.toString(when, QLocale::ShortFormat);
    return QStringLiteral("%1 %2").arg(locale.toString(when.date(), QLocale::ShortFormat),
                                       when.time().toString(QStringLiteral("HH:mm")));
}

enum Column { BatchColumn, WhenColumn, FileColumn, AddedColumn, OverwrittenColumn, RevisedColumn, ByColumn };

constexpr int batchIdRole = Qt::UserRole + 1;

} // namespace

ImportsPanel::ImportsPanel(QWidget* parent)
    : QWidget(parent), m_list(new QTreeWidget), m_undo(new QPushButton(tr("&Undo Import…")))
{
    m_list->setObjectName(QStringLiteral("importsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Batch"), tr("Imported"), tr("File"), tr("Added"), tr("Overwritten"), tr("Revised"),
                             tr("By")});
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setEnabled(false);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_undo->setEnabled(m_writable && m_list->currentItem()); });
    connect(m_undo, &QPushButton::clicked, this, &ImportsPanel::requestUndo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_undo, 0, Qt::AlignRight);
}

void ImportsPanel::read(Database& db)
{
    const QVector<ImportBatchRow> batches = ImportBatches(db).list();
    m_list->clear();
    const QLocale locale;
    for (auto it = batches.crbegin(); it != batches.crend(); ++it) {
        const QDateTime when = QDateTime::fromString(it->importedAt, Qt::ISODate).toLocalTime();
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(BatchColumn, QString::number(it->id));
        item->setText(WhenColumn, shortDateTime(locale, when));
        // A hand edit's batch is named in English in the project; shown, in the interface's language.
        item->setText(FileColumn, it->kind == QLatin1String("edit") ? tr("(entered by hand)") : it->fileName);
        item->setToolTip(FileColumn, it->sha256.isEmpty() ? it->fileName : tr("%1\nSHA-256 %2").arg(it->fileName, it->sha256));
        item->setText(AddedColumn, locale.toString(it->added));
        item->setText(OverwrittenColumn, locale.toString(it->overwritten));
        item->setText(RevisedColumn, locale.toString(it->revised));
        item->setText(ByColumn, it->importedBy);
        for (int column : {BatchColumn, AddedColumn, OverwrittenColumn, RevisedColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(BatchColumn, batchIdRole, QVariant::fromValue<qint64>(it->id));
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        if (column != FileColumn)
            m_list->resizeColumnToContents(column);
    m_undo->setEnabled(false);
}

void ImportsPanel::clear()
{
    m_list->clear();
    m_undo->setEnabled(false);
}

void ImportsPanel::setWritable(bool writable)
{
    m_writable = writable;
    m_undo->setEnabled(m_writable && m_list->currentItem());
}

void ImportsPanel::requestUndo()
{
    if (const QTreeWidgetItem* item = m_list->currentItem())
        emit undoRequested(item->data(BatchColumn, batchIdRole).toLongLong(), item->text(FileColumn));
}

} // namespace mixshift
