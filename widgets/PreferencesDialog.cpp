#include "PreferencesDialog.h"

#include "charts/ExportSizeDialog.h"
#include "import/ConflictPolicyChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mixshift {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_policy(new QComboBox),
      m_openSample(new QCheckBox(tr("Open the sample project when there is no recent project"))),
      m_exportSize(new QLabel),
      m_size(settings.exportSize()),
      m_unit(settings.exportUnit())
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences"));
    m_policy->setObjectName(QStringLiteral("conflictPolicy"));
    addConflictPolicies(m_policy);
    showConflictPolicy(m_policy, settings.conflictPolicy());
    m_openSample->setObjectName(QStringLiteral("openSample"));
    m_openSample->setChecked(settings.openSampleOnFirstStart());
    m_exportSize->setObjectName(QStringLiteral("exportSize"));

    auto* change = new QPushButton(tr("Change…"));
    change->setObjectName(QStringLiteral("changeExportSize"));
    connect(change, &QPushButton::clicked, this, &PreferencesDialog::chooseExportSize);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_exportSize, 1);
    sizeRow->addWidget(change);

    auto* form = new QFormLayout;
    form->addRow(tr("Importing, when a value is already stored:"), m_policy);
    form->addRow(tr("Exported charts start at:"), sizeRow);
    form->addRow(tr("Starting:"), m_openSample);
    auto* note = new QLabel(tr("The language, number display and a dark palette follow the system for now."));
    note->setWordWrap(true);
    note->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    showExportSize();
}

void PreferencesDialog::showExportSize()
{
    const QLocale locale;
    const QSize pixels = m_size.pngPixels();
    m_exportSize->setText(tr("%1 × %2 px at %3 dpi%4")
                              .arg(pixels.width())
                              .arg(pixels.height())
                              .arg(locale.toString(m_size.dpi(), 'f', 0))
                              .arg(m_size.transparent ? tr(", transparent") : QString()));
}

void PreferencesDialog::chooseExportSize()
{
    ExportSizeDialog dialog(m_size, ExportSizeDialog::unitFromKey(m_unit), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_size = dialog.size();
    m_unit = ExportSizeDialog::unitKey(dialog.unit());
    showExportSize();
}

void PreferencesDialog::accept()
{
    m_settings.setConflictPolicy(shownConflictPolicy(m_policy));
    m_settings.setOpenSampleOnFirstStart(m_openSample->isChecked());
    m_settings.setExportSize(m_size, m_unit);
    QDialog::accept();
}

} // namespace mixshift
