#include "ImportMappingPage.h"

#include "ErrorReporter.h"

#include "import/ImportSession.h"
#include "store/Project.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixshift {

namespace {

const QList<ImportField> defaultableFields{ImportField::Provider, ImportField::Metric,   ImportField::Market,
                                           ImportField::Category, ImportField::Period,   ImportField::Unit,
                                           ImportField::Currency, ImportField::Source};

// The fields as the mapping names them: their keys (ImportMapping), underscores as spaces. Listed here for the
// translations; a key not listed is shown as it is.
const char* const fieldNames[] = {
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "provider"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "metric"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "market"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "category"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "period"),
    //: The field: the first day of an imported value's period.
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "start"),
    //: The field: the last day of an imported value's period.
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "end"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "value"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "unit"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "stated unit"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "currency"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "qualifier"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "original text"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "source"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "source url"),
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "note"),
    //: The field: whether an imported value is the current one or a revision.
    QT_TRANSLATE_NOOP("mixshift::ImportMappingPage", "status"),
};

QString fieldLabel(const QString& key)
{
    const QString label = QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
    for (const char* name : fieldNames)
        if (label == QLatin1String(name))
            return ImportMappingPage::tr(name);
    return label;
}

QString fieldLabel(ImportField field)
{
    return fieldLabel(fieldKey(field));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportDraft& draft, QWidget* parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_layout(new QComboBox),
      m_wideField(new QComboBox),
      m_ranges(new QComboBox),
      m_periodLength(new QComboBox),
      m_aggregation(new QComboBox),
      m_notes(new QLabel),
      m_columns(new QTableWidget),
      m_preview(new QTableWidget),
      m_previewStatus(new QLabel)
{
    setTitle(tr("What the columns mean"));
    setSubTitle(tr("Map each column to a field, or give a value for a field the file does not have. The preview "
                   "shows the first rows as they will be stored."));
    m_layout->addItem(tr("Long: one value a row"), static_cast<int>(ImportLayout::Long));
    m_layout->addItem(tr("Wide: several value columns a row"), static_cast<int>(ImportLayout::Wide));
    m_layout->addItem(tr("Statement: line items down the first column, a column a period"),
                      static_cast<int>(ImportLayout::Transposed));
    m_periodLength->setObjectName(QStringLiteral("periodLength"));
    m_periodLength->addItem(tr("as the dates' spacing says"), static_cast<int>(PeriodLength::Automatic));
    m_periodLength->addItem(tr("a date is a day"), static_cast<int>(PeriodLength::Day));
    m_periodLength->addItem(tr("a date stands for its month"), static_cast<int>(PeriodLength::Month));
    m_periodLength->addItem(tr("a date stands for its quarter"), static_cast<int>(PeriodLength::Quarter));
    m_periodLength->addItem(tr("a date stands for its (fiscal) year"), static_cast<int>(PeriodLength::Year));
    m_aggregation->setObjectName(QStringLiteral("aggregation"));
    m_aggregation->addItem(tr("last value of stocks and ratios, sum of flows"), static_cast<int>(Aggregation::ByMetric));
    m_aggregation->addItem(tr("the last value"), static_cast<int>(Aggregation::Last));
    m_aggregation->addItem(tr("the first value"), static_cast<int>(Aggregation::First));
    m_aggregation->addItem(tr("the sum"), static_cast<int>(Aggregation::Sum));
    m_aggregation->addItem(tr("the mean"), static_cast<int>(Aggregation::Mean));
    m_aggregation->addItem(tr("the lowest value"), static_cast<int>(Aggregation::Min));
    m_aggregation->addItem(tr("the highest value"), static_cast<int>(Aggregation::Max));
    m_notes->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("planNotes"));
    for (const ImportField f : {ImportField::Period, ImportField::Provider, ImportField::Metric})
        m_wideField->addItem(tr("their headers name the %1").arg(fieldLabel(f)), static_cast<int>(f));
    m_ranges->addItem(tr("refuse ranges such as 32-34"), static_cast<int>(RangeRule::Reject));
    m_ranges->addItem(tr("store a range's midpoint"), static_cast<int>(RangeRule::Midpoint));
    m_ranges->addItem(tr("store a range's low end"), static_cast<int>(RangeRule::Low));
    m_ranges->addItem(tr("store a range's high end"), static_cast<int>(RangeRule::High));

    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Field")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setObjectName(QStringLiteral("columnMapping"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setObjectName(QStringLiteral("storedPreview"));

    auto* layoutForm = new QFormLayout;
    layoutForm->addRow(tr("Layout:"), m_layout);
    layoutForm->addRow(tr("Value columns:"), m_wideField);
    layoutForm->addRow(tr("Ranges:"), m_ranges);
    layoutForm->addRow(tr("Dates:"), m_periodLength);
    layoutForm->addRow(tr("Several dates a period:"), m_aggregation);
    auto* defaults = new QGroupBox(tr("Values for fields the file lacks"));
    auto* defaultsGrid = new QGridLayout(defaults);
    for (int i = 0; i < defaultableFields.size(); ++i) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("default_") + fieldKey(defaultableFields[i]));
        m_defaults.insert(defaultableFields[i], edit);
        //: A field (%1) whose value the next box gives.
        defaultsGrid->addWidget(new QLabel(tr("%1:").arg(fieldLabel(defaultableFields[i]))), i / 2, (i % 2) * 2);
        defaultsGrid->addWidget(edit, i / 2, (i % 2) * 2 + 1);
        connect(edit, &QLineEdit::textChanged, this, &ImportMappingPage::schedulePreview);
    }
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(layoutForm);
    topLayout->addWidget(m_notes);
    topLayout->addWidget(m_columns, 1);
    topLayout->addWidget(defaults);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_previewStatus);
    bottomLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &ImportMappingPage::refreshPreview);
    for (QComboBox* box : {m_layout, m_wideField, m_ranges, m_periodLength, m_aggregation})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::schedulePreview);
}

void ImportMappingPage::initializePage()
{
    showPlan();
    refreshPreview();
}

void ImportMappingPage::showPlan()
{
    m_updating = true;
    const ImportMapping& mapping = m_draft.plan.mapping;
    const QStringList& header = m_draft.plan.sniff.header;
    const QVector<CsvRecord>& records = m_draft.plan.sniff.sampleRecords;
    const int firstData = m_draft.plan.sniff.headerRecord + 1;
    m_layout->setCurrentIndex(m_layout->findData(static_cast<int>(mapping.layout)));
    m_wideField->setCurrentIndex(std::max(0, m_wideField->findData(static_cast<int>(mapping.wideField))));
    m_ranges->setCurrentIndex(m_ranges->findData(static_cast<int>(mapping.ranges)));
    // The length the plan settled on: the user's, or the one the dates' spacing gave.
    m_periodLength->setCurrentIndex(
        std::max(0, m_periodLength->findData(static_cast<int>(m_draft.choices.periodLength.value_or(PeriodLength::Automatic)))));
    m_aggregation->setCurrentIndex(std::max(0, m_aggregation->findData(static_cast<int>(mapping.aggregation))));
    m_notes->setText(m_draft.plan.notes.join(QLatin1Char('\n')));
    m_columns->setRowCount(static_cast<int>(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(header[i]));
        m_columns->setItem(i, 1, new QTableWidgetItem(firstData < records.size() ? records[firstData].fields.value(i) : QString()));
        for (int c = 0; c < 2; ++c)
            m_columns->item(i, c)->setFlags(Qt::ItemIsEnabled);
        auto* field = new QComboBox;
        for (const QString& key : fieldKeys())
            field->addItem(key == QLatin1String("ignore") ? tr("(ignore)") : fieldLabel(key), key);
        field->setCurrentIndex(field->findData(fieldKey(mapping.columns.value(i, ImportField::Ignore))));
        connect(field, &QComboBox::currentIndexChanged, this, &ImportMappingPage::schedulePreview);
        m_columns->setCellWidget(i, 2, field);
    }
    m_columns->resizeColumnsToContents();
    for (auto it = m_defaults.cbegin(); it != m_defaults.cend(); ++it)
        it.value()->setText(mapping.defaults.value(it.key()));
    m_wideField->setEnabled(mapping.layout == ImportLayout::Wide);
    m_updating = false;
}

void ImportMappingPage::collectChoices()
{
    ImportChoices& c = m_draft.choices;
    const auto layout = static_cast<ImportLayout>(m_layout->currentData().toInt());
    // A new layout is laid out by the session (a statement's columns are not a wide table's); otherwise
    // every column is as the user left it.
    const bool layoutChanged = layout != m_draft.plan.mapping.layout;
    c.layout = layout;
    c.wideField = static_cast<ImportField>(m_wideField->currentData().toInt());
    if (layout == ImportLayout::Long)
        c.wideField.reset();
    c.ranges = static_cast<RangeRule>(m_ranges->currentData().toInt());
    const auto length = static_cast<PeriodLength>(m_periodLength->currentData().toInt());
    c.periodLength = length == PeriodLength::Automatic ? std::nullopt : std::optional(length);
    c.aggregation = static_cast<Aggregation>(m_aggregation->currentData().toInt());
    c.columns.clear();
    if (!layoutChanged)
        for (int i = 0; i < m_columns->rowCount(); ++i) {
            const auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(i, 2));
            c.columns.append({QString::number(i + 1),
                              fieldFromKey(box->currentData().toString()).value_or(ImportField::Ignore)});
        }
    c.defaults.clear();
    for (auto it = m_defaults.cbegin(); it != m_defaults.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            c.defaults.insert(it.key(), it.value()->text().trimmed());
}

void ImportMappingPage::schedulePreview()
{
    if (!m_updating)
        m_previewTimer.start();
}

void ImportMappingPage::refreshPreview()
{
    m_previewTimer.stop();
    collectChoices();
    const bool layoutChanged = m_draft.choices.layout != m_draft.plan.mapping.layout;
    struct Line
    {
        qint64 line;
        QStringList cells;
        bool refused;
    };
    QVector<Line> lines;
    ImportOptions options;
    options.dryRun = true;
    options.maxRows = previewRows;
    options.recognizeFile = false;
    options.onValue = [&lines](const ImportedValue& v) {
        lines.append({v.line,
                      {QString::number(v.line), v.provider, v.metric, v.periodLabel,
                       v.start.toString(Qt::ISODate) + QStringLiteral(" … ") + v.end.toString(Qt::ISODate),
                       QString::number(v.value, 'g', 12), v.baseUnit, v.source, v.outcome},
                      false});
    };
    options.onRejection = [&lines](const Rejection& r) {
        lines.append({r.line,
                      {QString::number(r.line), QString(), QString(), QString(), QString(), r.text, QString(),
                       QString(), ImportMappingPage::tr("refused: %1%2").arg(r.columnName.isEmpty() ? QString() : r.columnName + QStringLiteral(": "), r.reason)},
                      true});
    };
    QString status;
    try {
        m_draft.replan();
        if (layoutChanged)
            showPlan();
        m_notes->setText(m_draft.plan.notes.join(QLatin1Char('\n')));
        // A dry run: read-only, so a preview beside another program's import does not wait for it.
        const ImportSummary s = ImportSession::run(m_draft.project->db(), m_draft.plan, options);
        status = tr("First %1 rows: %2 values would be stored, %3 missing, %4 rows refused.")
                     .arg(s.rowsRead)
                     .arg(s.valuesImported + s.unchanged + s.skipped)
                     .arg(s.missing)
                     .arg(s.rowsRejected);
    } catch (...) {
        // Shown in place of the preview's summary: the preview follows every edit, a message box would too.
        status = ErrorReporter::describe(tr("Preview"), std::current_exception()).message;
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.line < b.line; });
    m_previewStatus->setText(status);
    m_preview->clear();
    m_preview->setColumnCount(9);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Provider"), tr("Metric"), tr("Period"), tr("Calendar range"),
                                          tr("Value (base units)"), tr("Unit"), tr("Source"), tr("Outcome")});
    m_preview->setRowCount(static_cast<int>(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        for (int c = 0; c < lines[r].cells.size(); ++c) {
            auto* item = new QTableWidgetItem(lines[r].cells[c]);
            if (lines[r].refused)
                item->setForeground(QColor(176, 32, 32));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
}

bool ImportMappingPage::validatePage()
{
    refreshPreview();
    return true;
}

} // namespace mixshift
