#include "ExportMenu.h"

#include <qcustomplot.h>

#include <QMenu>

namespace mixshift::ExportMenu {

void attach(QCustomPlot* plot, const DrawingAction& exportIt, const DrawingAction& copyIt)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [=](const QPoint& at) {
        QMenu menu(plot);
        menu.addAction(QMenu::tr("&Export…"), plot, [&] { exportIt(ChartExport::drawing(plot)); });
        menu.addAction(QMenu::tr("&Copy Image"), plot, [&] { copyIt(ChartExport::drawing(plot)); });
        menu.exec(plot->mapToGlobal(at));
    });
}

} // namespace mixshift::ExportMenu
