#pragma once

#include "ImportDraft.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace mixshift {

/// First page: how the file is written — encoding, delimiter, quote, header row, number format — each guess
/// shown and open to change, a saved profile offered for the file's header, and the raw rows as read. For a
/// workbook, the sheet to read instead of the encoding, delimiter and quote (its cells need none).
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFormatPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void showGuesses();
    void reread();
    void profileChosen();
    void showSample();
    void showEncodingBasis();
    void sheetChosen();
    /// The text-format rows only for text that is sniffed; the sheet row only for a workbook.
    void showRowsForSource();

    ImportDraft& m_draft;
    QFormLayout* m_form;
    QLabel* m_file;
    QComboBox* m_sheet;
    QComboBox* m_encoding;
    QLabel* m_encodingBasis;
    QComboBox* m_delimiter;
    QComboBox* m_quote;
    QSpinBox* m_headerRow;
    QComboBox* m_decimal;
    QComboBox* m_thousands;
    QCheckBox* m_lenientQuotes;
    QComboBox* m_profile;
    QTableWidget* m_sample;
    bool m_updating = false;
};

} // namespace mixshift
