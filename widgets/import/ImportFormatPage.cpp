#include "ImportFormatPage.h"

#include "ErrorReporter.h"

#include "import/ImportProfiles.h"
#include "store/Project.h"

#include <QCheckBox>
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
      m_form(new QFormLayout),
      m_file(new QLabel),
      m_sheet(new QComboBox),
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
      m_lenientQuotes(new QCheckBox(tr("Take a quote inside an unquoted field as text (otherwise its row is refused)"))),
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
    // The evidence for the alternatives is long: wrapped, it does not widen the wizard past the screen.
    m_encodingBasis->setWordWrap(true);
    m_headerRow->setRange(1, 100);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->verticalHeader()->setVisible(true);
    m_sample->setObjectName(QStringLiteral("rawSample"));

    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    QFormLayout* form = m_form;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Sheet:"), m_sheet);
    form->addRow(tr("Saved mapping:"), m_profile);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(QString(), m_encodingBasis);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Quote:"), m_quote);
    form->addRow(QString(), m_lenientQuotes);
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
    connect(m_lenientQuotes, &QCheckBox::toggled, this, &ImportFormatPage::reread);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportFormatPage::profileChosen);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportFormatPage::sheetChosen);
}

void ImportFormatPage::showRowsForSource()
{
    const bool sniffed = !m_draft.source.knownFormat().has_value();
    for (QWidget* row : {static_cast<QWidget*>(m_encoding), static_cast<QWidget*>(m_encodingBasis),
                         static_cast<QWidget*>(m_delimiter), static_cast<QWidget*>(m_quote),
                         static_cast<QWidget*>(m_lenientQuotes)})
        m_form->setRowVisible(row, sniffed);
    m_form->setRowVisible(m_sheet, m_draft.source.workbook() != nullptr);
}

void ImportFormatPage::sheetChosen()
{
    if (m_updating || !m_draft.source.workbook())
        return;
    // Another sheet is another table: the choices made for the last one are dropped, its mapping guessed anew.
    if (guarded(this, title(), [this] { m_draft.chooseSheet(m_sheet->currentText()); })) {
        initializePage();
        return;
    }
    m_updating = true;
    m_sheet->setCurrentText(m_draft.source.sheetName());
    m_updating = false;
}

void ImportFormatPage::initializePage()
{
    const QString path = m_draft.source.path();
    m_file->setText(path.isEmpty() ? m_draft.source.name() : QFileInfo(path).fileName());
    m_file->setToolTip(path);
    m_updating = true;
    m_sheet->clear();
    if (const auto& book = m_draft.source.workbook()) {
        m_sheet->addItems(book->sheetNames());
        m_sheet->setCurrentText(m_draft.source.sheetName());
    }
    showRowsForSource();
    m_profile->clear();
    m_profile->addItem(tr("None: guess from the header"));
    guarded(this, tr("Saved mappings"), [this] {
        m_profile->addItems(ImportProfiles(m_draft.project->db()).names());
        if (!m_draft.plan.profileName.isEmpty())
            m_profile->setCurrentText(m_draft.plan.profileName);
    });
    m_updating = false;
    showGuesses();
    showSample();
}

void ImportFormatPage::showGuesses()
{
    m_updating = true;
    const SniffResult& sniff = m_draft.plan.sniff;
    // The detector's candidates first, best first, so the alternatives are one click away.
    for (auto it = sniff.encodingCandidates.crbegin(); it != sniff.encodingCandidates.crend(); ++it) {
        const QString name = QString::fromLatin1(it->name);
        if (const int index = m_encoding->findText(name, Qt::MatchFixedString); index >= 0)
            m_encoding->removeItem(index);
        m_encoding->insertItem(0, name);
        m_encoding->setItemData(0, it->evidence, Qt::ToolTipRole);
    }
    m_encoding->setCurrentText(QString::fromLatin1(sniff.format.encoding));
    showEncodingBasis();
    selectChar(m_delimiter, sniff.format.delimiter);
    selectChar(m_quote, sniff.format.quote);
    m_lenientQuotes->setChecked(sniff.format.lenientQuotes);
    m_headerRow->setValue(sniff.headerRecord + 1);
    selectChar(m_decimal, sniff.numbers.decimal);
    selectChar(m_thousands, sniff.numbers.thousands);
    m_updating = false;
}

void ImportFormatPage::showEncodingBasis()
{
    const SniffResult& sniff = m_draft.plan.sniff;
    QStringList others;
    for (const EncodingCandidate& candidate : sniff.encodingCandidates)
        if (candidate.name != sniff.format.encoding && others.size() < 3)
            others << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(candidate.name), candidate.evidence);
    m_encodingBasis->setText(others.isEmpty() ? sniff.encodingBasis
                                              : tr("%1. Also possible: %2").arg(sniff.encodingBasis,
                                                                                others.join(QStringLiteral("; "))));
}

void ImportFormatPage::profileChosen()
{
    if (m_updating)
        return;
    // A profile brings its own format and mapping: what this page showed for the last one no longer applies.
    ImportChoices& c = m_draft.choices;
    c = ImportChoices{};
    c.profile = m_profile->currentIndex() > 0 ? m_profile->currentText() : QString();
    c.ignoreSavedProfile = m_profile->currentIndex() == 0;
    if (guarded(this, title(), [this] { m_draft.replan(); }))
        showGuesses();
    showSample();
}

void ImportFormatPage::reread()
{
    if (m_updating)
        return;
    const QByteArray encoding = m_encoding->currentText().trimmed().toLatin1();
    if (!QStringDecoder(encoding.constData()).isValid()) {
        m_encodingBasis->setText(tr("'%1' is not an encoding this system knows").arg(m_encoding->currentText()));
        return;
    }
    // What this page shows is what the user chose; the mapping is guessed again for it.
    ImportChoices& c = m_draft.choices;
    const SniffResult& shown = m_draft.plan.sniff;
    // A sheet's cells have no text format to choose (those rows are hidden).
    if (!m_draft.source.knownFormat()) {
        if (encoding != shown.format.encoding)
            c.encoding = encoding;
        c.delimiter = chosenChar(m_delimiter);
        c.quote = chosenChar(m_quote);
        c.lenientQuotes = m_lenientQuotes->isChecked();
    }
    c.headerRecord = m_headerRow->value() - 1;
    c.decimal = chosenChar(m_decimal);
    c.thousands = chosenChar(m_thousands);
    c.profile = m_profile->currentIndex() > 0 ? m_profile->currentText() : QString();
    c.ignoreSavedProfile = m_profile->currentIndex() == 0;
    c.columns.clear();
    c.layout.reset();
    c.wideField.reset();
    if (guarded(this, title(), [this] { m_draft.replan(); }))
        showEncodingBasis();
    showSample();
}

void ImportFormatPage::showSample()
{
    const QVector<CsvRecord>& records = m_draft.plan.sniff.sampleRecords;
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
            if (r == m_draft.plan.sniff.headerRecord) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            } else if (r < m_draft.plan.sniff.headerRecord) {
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
    return !m_draft.plan.sniff.header.isEmpty();
}

} // namespace mixshift
