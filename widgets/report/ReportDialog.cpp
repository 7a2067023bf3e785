#include "ReportDialog.h"

#include "ReportPages.h"
#include "ReportWriter.h"

#include "AppSettings.h"
#include "ErrorReporter.h"

#include "analytics/ChartDefinition.h"
#include "scenario/ScenarioStore.h"
#include "store/Project.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace mixshift {

namespace {

// A list of names, each with a box to tick, all ticked.
QListWidget* checkList(const QStringList& names, const QString& objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(name, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    return list;
}

QStringList checked(const QListWidget* list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            names << list->item(i)->text();
    return names;
}

} // namespace

ReportDialog::ReportDialog(Project& project, AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_project(project), m_settings(settings), m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution)),
      m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Export Report"));
    m_charts = checkList(SavedCharts(project.db()).names(), QStringLiteral("reportCharts"), this);
    m_scenarios = checkList(ScenarioStore(project.db()).names(), QStringLiteral("reportScenarios"), this);
    m_title = new QLineEdit(project.isTeamStore() ? project.displayName() : QFileInfo(project.path()).completeBaseName(),
                            this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_author = new QLineEdit(settings.reportAuthor(), this);
    m_author->setObjectName(QStringLiteral("reportAuthor"));

    // The preview draws the pages as the PDF will have them: A4 at the report's 96 dpi.
    m_printer->setResolution(int(ReportPages::dotsPerInch));
    ReportWriter::setUp(*m_printer);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);

    auto* choices = new QWidget(this);
    auto* form = new QFormLayout(choices);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(new QLabel(tr("Charts:"), this));
    form->addRow(m_charts);
    form->addRow(new QLabel(tr("Scenarios:"), this));
    form->addRow(m_scenarios);
    form->addRow(new QLabel(tr("Unticked charts and scenarios are left out; the findings and sources follow what is "
                               "shown."),
                            this));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(choices);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("reportSave"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1180, 860);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ReportDialog::chooseFileAndSave);
    // Edits settle before the pages are drawn again.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &ReportDialog::refreshPreview);
    for (QListWidget* list : {m_charts, m_scenarios})
        connect(list, &QListWidget::itemChanged, m_refresh, qOverload<>(&QTimer::start));
    for (QLineEdit* edit : {m_title, m_author})
        connect(edit, &QLineEdit::textEdited, m_refresh, qOverload<>(&QTimer::start));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        guarded(this, tr("Report preview"), [&] {
            const ReportContent drawn = content();
            ReportWriter writer(drawn);
            writer.paint(*printer);
            m_previewPages = writer.pageCount();
        });
    });
    refreshPreview();
}

// The preview goes first: it draws on the printer.
ReportDialog::~ReportDialog()
{
    delete m_preview;
}

ReportRequest ReportDialog::request() const
{
    ReportRequest request;
    request.title = m_title->text().trimmed();
    request.author = m_author->text().trimmed();
    request.charts = checked(m_charts);
    request.scenarios = checked(m_scenarios);
    return request;
}

ReportContent ReportDialog::content()
{
    if (!m_findings)
        m_findings = ConsistencyChecks::run(m_project.db()).listed;
    return ReportContent::build(m_project.db(), m_project.path(), request(), *m_findings);
}

void ReportDialog::refreshPreview()
{
    m_preview->updatePreview();
}

bool ReportDialog::saveTo(const QString& path)
{
    bool saved = false;
    guarded(this, tr("Export report"), [&] {
        const ReportContent saving = content();
        QProgressDialog progress(tr("Writing the report…"), tr("Stop"), 0, 1, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        ReportWriter writer(saving);
        saved = writer.save(path, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    });
    return saved;
}

void ReportDialog::chooseFileAndSave()
{
    QString name = m_title->text().simplified();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral(" "));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"),
                                                      QDir(m_settings.lastDirectory()).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    m_settings.setReportAuthor(m_author->text().trimmed());
    if (saveTo(path))
        accept();
}

} // namespace mixshift
