#pragma once

#include "edit/ValueEdit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace mixshift {

/// Enter or correct one value of a series by hand: the period, the value as stated ("276.48 億元"), its
/// source — one the project knows or a new one typed in — and a note. Read as the importer reads a cell; what
/// cannot be read is said under the fields and the dialog stays open.
class ValueEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// `row`: the value being corrected (its period, text and unit fill the fields); null for a new period.
    ValueEditDialog(const SeriesSummary& series, const ObservationRow* row, const QStringList& sources,
                    QWidget* parent = nullptr);

    /// What was entered, once accepted.
    const HandValue& value() const { return m_value; }
    /// For the undo history: "Enter Alibaba Cloud — Revenue FY2024 Q2".
    QString changeText() const;

    void accept() override;

private:
    SeriesSummary m_series;
    QString m_statedUnit;
    QLineEdit* m_period;
    QLineEdit* m_text;
    QComboBox* m_source;
    QLineEdit* m_note;
    QLabel* m_problem;
    HandValue m_value;
};

} // namespace mixshift
