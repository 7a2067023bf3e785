#include "PlotHeading.h"

#include "ChartTheme.h"

#include <qcustomplot.h>

namespace mixshift::PlotHeading {

namespace {

const char* const titleName = "mixshift-heading-title";
const char* const sourceName = "mixshift-heading-source";

QCPTextElement* element(QCustomPlot* plot, const char* name)
{
    return plot->findChild<QCPTextElement*>(QLatin1String(name));
}

} // namespace

void set(QCustomPlot* plot, const QString& title, const QString& source)
{
    QCPTextElement* heading = element(plot, titleName);
    QCPTextElement* sourceLine = element(plot, sourceName);
    if (!heading) {
        QFont titleFont = plot->font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
        heading = new QCPTextElement(plot, QString(), titleFont);
        heading->setObjectName(QLatin1String(titleName));
        ChartTheme::setMuted(heading, 0);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, heading);
        QFont sourceFont = plot->font();
        sourceFont.setPointSizeF(sourceFont.pointSizeF() * 0.85);
        sourceLine = new QCPTextElement(plot, QString(), sourceFont);
        sourceLine->setObjectName(QLatin1String(sourceName));
        sourceLine->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        ChartTheme::setMuted(sourceLine, 90.0 / 255);
        const int row = plot->plotLayout()->rowCount();
        plot->plotLayout()->insertRow(row);
        plot->plotLayout()->addElement(row, 0, sourceLine);
    }
    heading->setText(title);
    sourceLine->setText(source);
}

QString title(QCustomPlot* plot)
{
    const QCPTextElement* heading = element(plot, titleName);
    return heading ? heading->text() : QString();
}

} // namespace mixshift::PlotHeading
