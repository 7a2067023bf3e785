#include "ImportFormatPage.h"

#include "ErrorReporter.h"

#include "import/ImportProfiles.h"
#include "import/MappingGuesser.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixshift {

namespace {

constexpr int sampleRows = 15;

QComboBox* charChoice(const QList<std::pair<QString, QChar>>& choices)
{
    auto* box = new QComboBox;
    for (const auto& [label, c] : choices)
        box->addItem(label, c.isNull() ? QString() : QString(c));
    return box;
}

QChar chosenChar(const QComboBox* box)
{
    const QString text = box->currentData().toString();
    return text.isEmpty() ? QChar() : text.front();
}

void selectChar(QComboBox* box, QChar c)
{
    const int index = box->findData(c.isNull() ? QString() : QString(c));
    box->setCurrentIndex(std::max(0, index));
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_file(new QLabel),
      m_encoding(new QComboBox),
      m_encodingBasis(new QLabel),
      m_delimiter(charChoice({{tr("Comma ,"), QLatin1Char(',')},
                              {tr("Semicolon ;"), QLatin1Char(';')},
                              {tr("Tab"), QLatin1Char('\t')},
                              {tr("Bar |"), QLatin1Char('|')}})),
      m_quote(charChoice({{tr("Double quote \""), QLatin1Char('"')}, {tr("Single quote '"), QLatin1Char('\'')}, {tr("None"), QChar()}})),
      m_headerRow(new QSpinBox),
      m_decimal(charChoice({{tr("Point 1.5"), QLatin1Char('.')}, {tr("Comma 1,5"), QLatin1Char(',')}})),
      m_thousands(charChoice({{tr("Comma 1,000"), QLatin1Char(',')},
                              {tr("Point 1.000"), QLatin1Char('.')},
                              {tr("Space 1 000"), QLatin1Char(' ')},
                              {tr("None"), QChar()}})),
      m_profile(new QComboBox),
      m_sample(new QTableWidget)
{
    setTitle(tr("How the file is written"));
    setSubTitle(tr("MixShift guessed these settings from the file; change any that look wrong. The rows below "
                   "are the file as read with them."));
    m_encoding->setEditable(true);
    m_encoding->addItems({QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
                          QStringLiteral("GB18030"), QStringLiteral("Big5"), QStringLiteral("Shift_JIS"),
                          QStringLiteral("windows-1252"), QStringLiteral("ISO-8859-1")});
    m_encodingBasis->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_headerRow->setRange(1, 100);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->verticalHeader()->setVisible(true);
    m_sample->setObjectName(QStringLiteral("rawSample"));

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Saved mapping:"), m_profile);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(QString(), m_encodingBasis);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Quote:"), m_quote);
    form->addRow(tr("Header on row:"), m_headerRow);
    form->addRow(tr("Decimal mark:"), m_decimal);
    form->addRow(tr("Thousands:"), m_thousands);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sample, 1);

    for (QComboBox* box : {m_delimiter, m_quote, m_decimal, m_thousands})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportFormatPage::reread);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &ImportFormatPage::reread);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportFormatPage::reread);
}

void ImportFormatPage::initializePage()
{
    m_file->setText(QFileInfo(m_draft.filePath).fileName());
    m_file->setToolTip(m_draft.filePath);
    m_updating = true;
    m_profile->clear();
    m_profile->addItem(tr("None: guess from the header"));
    guarded(this, tr("Saved mappings"), [this] {
        ImportProfiles profiles(m_draft.project->db());
        const QStringList matching = profiles.forHeader(m_draft.sniff.header);
        m_profile->addItems(profiles.names());
        if (const auto profile = matching.isEmpty() ? std::nullopt : profiles.load(matching.front())) {
            m_profile->setCurrentText(matching.front());
            m_draft.profileName = matching.front();
            m_draft.sniff = CsvSniffer::resample(m_draft.sample, profile->format, profile->headerRecord, profile->numbers);
        }
    });
    m_updating = false;
    showGuesses();
    showSample();
}

void ImportFormatPage::showGuesses()
{
    m_updating = true;
    const SniffResult& sniff = m_draft.sniff;
    m_encoding->setCurrentText(QString::fromLatin1(sniff.format.encoding));
    m_encodingBasis->setText(sniff.encodingBasis);
    selectChar(m_delimiter, sniff.format.delimiter);
    selectChar(m_quote, sniff.format.quote);
    m_headerRow->setValue(sniff.headerRecord + 1);
    selectChar(m_decimal, sniff.numbers.decimal);
    selectChar(m_thousands, sniff.numbers.thousands);
    m_updating = false;
}

CsvFormat ImportFormatPage::chosenFormat() const
{
    CsvFormat format;
    format.encoding = m_encoding->currentText().trimmed().toLatin1();
    format.delimiter = chosenChar(m_delimiter);
    format.quote = chosenChar(m_quote);
    return format;
}

NumberFormat ImportFormatPage::chosenNumbers() const
{
    return NumberFormat{chosenChar(m_decimal), chosenChar(m_thousands)};
}

void ImportFormatPage::reread()
{
    if (m_updating)
        return;
    const CsvFormat format = chosenFormat();
    if (!QStringDecoder(format.encoding.constData()).isValid()) {
        m_encodingBasis->setText(tr("'%1' is not an encoding this system knows").arg(m_encoding->currentText()));
        return;
    }
    const QString basis = m_draft.sniff.format.encoding == format.encoding ? m_draft.sniff.encodingBasis
                                                                           : tr("chosen by you");
    m_draft.sniff = CsvSniffer::resample(m_draft.sample, format, m_headerRow->value() - 1, chosenNumbers());
    m_draft.sniff.encodingBasis = basis;
    m_encodingBasis->setText(basis);
    showSample();
}

void ImportFormatPage::showSample()
{
    const QVector<CsvRecord>& records = m_draft.sniff.sampleRecords;
    int columns = 0;
    for (int i = 0; i < records.size() && i < sampleRows; ++i)
        columns = std::max(columns, static_cast<int>(records[i].fields.size()));
    m_sample->clear();
    m_sample->setColumnCount(columns);
    m_sample->setRowCount(std::min(static_cast<int>(records.size()), sampleRows));
    QStringList lineLabels;
    for (int r = 0; r < m_sample->rowCount(); ++r) {
        lineLabels << QString::number(records[r].line);
        for (int c = 0; c < records[r].fields.size(); ++c) {
            auto* item = new QTableWidgetItem(records[r].fields[c]);
            if (r == m_draft.sniff.headerRecord) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            } else if (r < m_draft.sniff.headerRecord) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            m_sample->setItem(r, c, item);
        }
    }
    m_sample->setVerticalHeaderLabels(lineLabels);
    m_sample->resizeColumnsToContents();
}

bool ImportFormatPage::validatePage()
{
    if (m_draft.sniff.header.isEmpty())
        return false;
    return guarded(this, tr("Column mapping"), [this] {
        Catalog catalog(m_draft.project->db());
        const QString chosen = m_profile->currentIndex() > 0 ? m_profile->currentText() : QString();
        std::optional<ImportMapping> profile;
        if (!chosen.isEmpty())
            profile = ImportProfiles(m_draft.project->db()).load(chosen);
        m_draft.profileName = chosen;
        m_draft.mapping = profile ? *profile : MappingGuesser::guess(m_draft.sniff, catalog);
        m_draft.mapping.format = m_draft.sniff.format;
        m_draft.mapping.headerRecord = m_draft.sniff.headerRecord;
        m_draft.mapping.numbers = m_draft.sniff.numbers;
        m_draft.mapping.columns.resize(m_draft.sniff.header.size(), ImportField::Ignore);
    });
}

} // namespace mixshift
