#include "ChartExportFlow.h"

#include "AppSettings.h"
#include "ExportSizeDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace mixshift::ChartExportFlow {

QString exportDrawing(QWidget* parent, AppSettings& settings, const ChartExport::Drawing& drawing)
{
    // A title may hold characters no file name can; the analyst can still change the suggestion.
    QString name = drawing.title;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\n]")), QStringLiteral(" "));
    const QString path = QFileDialog::getSaveFileName(
        parent, QFileDialog::tr("Export Chart"),
        QDir(settings.lastDirectory()).filePath(name.simplified() + QStringLiteral(".png")),
        QFileDialog::tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;Data behind the chart (*.csv);;"
                        "Data behind the chart, workbook (*.xlsx)"));
    if (path.isEmpty())
        return {};
    settings.setLastDirectory(QFileInfo(path).absolutePath());
    ExportSize size = settings.exportSize();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        ExportSizeDialog dialog(size, ExportSizeDialog::unitFromKey(settings.exportUnit()),
                                suffix == QLatin1String("png"), parent);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        size = dialog.size();
        settings.setExportSize(size, ExportSizeDialog::unitKey(dialog.unit()));
    }
    ChartExport::save(drawing, path, size);
    return path;
}

void copyDrawing(AppSettings& settings, const ChartExport::Drawing& drawing)
{
    ChartExport::copyImage(drawing, settings.exportSize());
}

} // namespace mixshift::ChartExportFlow
