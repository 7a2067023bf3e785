#include "PreferencesDialog.h"

#include "charts/ExportSizeDialog.h"
#include "import/ConflictPolicyChoice.h"

#include "i18n/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mixshift {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent),
      m_settings(settings),
      m_language(new QComboBox),
      m_money(new QComboBox),
      m_appearance(new QComboBox),
      m_policy(new QComboBox),
      m_openSample(new QCheckBox(tr("Open the sample project when there is no recent project"))),
      m_exportSize(new QLabel),
      m_size(settings.exportSize()),
      m_unit(settings.exportUnit())
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (%1)").arg(Language::nativeName(Language::forLocale(QLocale::system()))),
                        QString());
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_money->setObjectName(QStringLiteral("moneyDisplay"));
    m_money->addItem(tr("By currency: 億元 for CNY, billions for USD and others"),
                     moneyDisplayKey(MoneyDisplay::ByCurrency));
    m_money->addItem(tr("In 億 (hundred millions) for every currency"), moneyDisplayKey(MoneyDisplay::HundredMillions));
    m_money->addItem(tr("In billions for every currency"), moneyDisplayKey(MoneyDisplay::Billions));
    m_money->setCurrentIndex(std::max(0, m_money->findData(moneyDisplayKey(settings.moneyDisplay()))));
    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("As the system"), appearanceKey(Appearance::System));
    m_appearance->addItem(tr("Light"), appearanceKey(Appearance::Light));
    m_appearance->addItem(tr("Dark"), appearanceKey(Appearance::Dark));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(appearanceKey(settings.appearance()))));
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
    form->addRow(tr("Language (from the next start):"), m_language);
    form->addRow(tr("Money shown:"), m_money);
    form->addRow(tr("Colours:"), m_appearance);
    form->addRow(tr("Importing, when a value is already stored:"), m_policy);
    form->addRow(tr("Exported charts start at:"), sizeRow);
    form->addRow(tr("Starting:"), m_openSample);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
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

void PreferencesDialog::applyAtOnce(const AppSettings& settings)
{
    DisplayUnit::setMoneyDisplay(settings.moneyDisplay());
    applyAppearance(settings.appearance());
}

void PreferencesDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    const MoneyDisplay money = moneyDisplayFromKey(m_money->currentData().toString()).value_or(MoneyDisplay::ByCurrency);
    m_settings.setMoneyDisplay(money);
    const Appearance appearance =
        appearanceFromKey(m_appearance->currentData().toString()).value_or(Appearance::System);
    m_settings.setAppearance(appearance);
    applyAtOnce(m_settings);
    m_settings.setConflictPolicy(shownConflictPolicy(m_policy));
    m_settings.setOpenSampleOnFirstStart(m_openSample->isChecked());
    m_settings.setExportSize(m_size, m_unit);
    QDialog::accept();
}

} // namespace mixshift
