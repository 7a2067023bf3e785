#include "ValueEditDialog.h"

#include "Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mixshift {

ValueEditDialog::ValueEditDialog(const SeriesSummary& series, const ObservationRow* row, const QStringList& sources,
                                 QWidget* parent)
    : QDialog(parent),
      m_series(series),
      m_statedUnit(row ? row->unit : QString()),
      m_period(new QLineEdit(row ? row->periodLabel : QString())),
      m_text(new QLineEdit(row ? row->originalText : QString())),
      m_source(new QComboBox),
      m_note(new QLineEdit),
      m_problem(new QLabel)
{
    setWindowTitle(row ? tr("Correct Value") : tr("Enter Value"));
    setObjectName(QStringLiteral("valueEditDialog"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPlaceholderText(tr("FY2024 Q2, 2024Q1, 2024"));
    m_text->setObjectName(QStringLiteral("value"));
    m_text->setPlaceholderText(m_statedUnit.isEmpty() ? tr("276.48 億元, 8.4 bn USD, 12%")
                                                      : tr("a number in %1, or with its own unit").arg(m_statedUnit));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->addItems(sources);
    // A correction usually comes from somewhere new: the field starts empty, the known sources a click away.
    m_source->setCurrentIndex(-1);
    m_source->lineEdit()->setPlaceholderText(tr("where the figure comes from (a report, a call, a URL)"));
    m_note->setObjectName(QStringLiteral("note"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("Series:"), new QLabel(series.title()));
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Value as stated:"), m_text);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ValueEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    (row ? m_text : m_period)->setFocus();
}

QString ValueEditDialog::changeText() const
{
    return tr("Enter %1 %2").arg(m_series.title(), m_period->text().trimmed());
}

void ValueEditDialog::accept()
{
    try {
        m_value = HandValue::typed(m_series, m_period->text(), m_text->text(), m_statedUnit, m_source->currentText(),
                                   m_note->text());
    } catch (const Error& e) {
        m_problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace mixshift
