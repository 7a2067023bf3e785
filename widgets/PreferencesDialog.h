#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace mixshift {

/// Edit › Preferences: the interface's language (from the next start), the scale money is shown in, what the
/// app does by default — the conflict policy the import wizard proposes, the export size charts start from,
/// whether the sample project opens when there is no recent one. Read from and written to AppSettings when
/// accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

    /// Puts in force what applies without a restart — the money display, the colours — as `settings` say (at
    /// start, and when the dialog is accepted).
    static void applyAtOnce(const AppSettings& settings);

private:
    void chooseExportSize();
    void showExportSize();

    AppSettings& m_settings;
    QComboBox* m_language;
    QComboBox* m_money;
    QComboBox* m_appearance;
    QComboBox* m_policy;
    QCheckBox* m_openSample;
    QLabel* m_exportSize;
    ExportSize m_size;
    QString m_unit;
};

} // namespace mixshift
