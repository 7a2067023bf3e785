#include "ImportSession.h"

#include "DatePeriods.h"
#include "ImportProfiles.h"
#include "MappingGuesser.h"
#include "Error.h"
#include "domain/Unit.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

namespace mixshift::ImportSession {

namespace {

constexpr qint64 sampleBytes = 64 * 1024;

int rank(PeriodLength length)
{
    return static_cast<int>(length);
}

// A column named by its header text (case-insensitive, with or without its unit) or its 1-based number.
int columnIndex(const QStringList& header, const QString& name)
{
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= header.size())
        return number - 1;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    for (int i = 0; i < header.size(); ++i)
        if (MappingGuesser::headerName(header[i]).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    throw Error(QCoreApplication::translate("ImportSession", "import: the header has no column '%1' (columns: %2)")
                    .arg(name, header.join(QStringLiteral(", "))));
}

// The cells that name periods: the value columns' headers when they are headed by periods, else the period
// column of the sample's rows.
QStringList periodCells(const ImportPlan& plan)
{
    const ImportMapping& m = plan.mapping;
    QStringList cells;
    if (m.layout == ImportLayout::Transposed || (m.layout == ImportLayout::Wide && m.wideField == ImportField::Period)) {
        for (const int column : m.valueColumns())
            cells << MappingGuesser::headerName(plan.sniff.header.value(column));
        return cells;
    }
    const int column = m.columnOf(ImportField::Period);
    if (column < 0)
        return cells;
    for (int r = plan.sniff.headerRecord + 1; r < plan.sniff.sampleRecords.size(); ++r)
        if (const QString cell = plan.sniff.sampleRecords[r].fields.value(column).trimmed(); !cell.isEmpty())
            cells << cell;
    return cells;
}

// Dates as periods: how far apart they are decides their length unless the user chose one, and dates closer
// together than the length chosen are combined into its periods.
void planPeriods(ImportPlan& plan, const std::optional<PeriodLength>& chosen)
{
    ImportMapping& m = plan.mapping;
    if (chosen)
        m.periodLength = *chosen;
    QVector<QDate> dates;
    const QStringList cells = periodCells(plan);
    for (const QString& cell : cells)
        if (const auto date = DatePeriods::parseDate(cell))
            dates << *date;
    if (dates.isEmpty() || dates.size() != cells.size()) {
        m.aggregateDates = false;
        if (chosen && *chosen != PeriodLength::Automatic)
            plan.notes << QCoreApplication::translate("ImportSession", "periods: labels, not dates; the period length chosen does not apply");
        return;
    }
    const PeriodLength spacing = DatePeriods::spacing(dates);
    if (spacing == PeriodLength::Automatic) {
        if (m.periodLength == PeriodLength::Automatic)
            return;
    } else if (m.periodLength == PeriodLength::Automatic) {
        m.periodLength = spacing;
    }
    m.aggregateDates = spacing != PeriodLength::Automatic && rank(spacing) < rank(m.periodLength);
    const auto [first, last] = std::minmax_element(dates.cbegin(), dates.cend());
    const QString span = QStringLiteral("%1 … %2").arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate));
    const QString apart =
        spacing == PeriodLength::Automatic
            ? QCoreApplication::translate("ImportSession", "one date (%1)").arg(first->toString(Qt::ISODate))
            : QCoreApplication::translate("ImportSession", "dates a %1 apart (%2)")
                  .arg(DatePeriods::lengthWord(spacing), span);
    // How the period length was decided, in brackets after the note on periods.
    const QString how = chosen && *chosen != PeriodLength::Automatic
                            ? QCoreApplication::translate("ImportSession", "chosen")
                            : QCoreApplication::translate("ImportSession", "--period-length chooses");
    if (m.periodLength == PeriodLength::Day)
        plan.notes << QCoreApplication::translate("ImportSession",
                                                  "periods: %1; daily values are not stored: choose --period-length "
                                                  "month, quarter or year to combine them")
                          .arg(apart);
    else if (m.aggregateDates)
        plan.notes << QCoreApplication::translate("ImportSession",
                                                  "periods: %1, combined into %2 (%3; %4 of each period, --aggregate "
                                                  "chooses)")
                          .arg(apart, DatePeriods::lengthWord(m.periodLength, true), how,
                               m.aggregation == Aggregation::ByMetric
                                   ? QCoreApplication::translate("ImportSession",
                                                                 "the last value of stocks and ratios, the sum of flows")
                                   //: %1 is a rule as --aggregate names it: last, first, sum, mean, min or max
                                   : QCoreApplication::translate("ImportSession", "the %1")
                                         .arg(aggregationKey(m.aggregation)));
    else
        plan.notes << QCoreApplication::translate("ImportSession",
                                                  "periods: %1, each read as the %2 ending on that date (%3)")
                          .arg(apart, DatePeriods::lengthWord(m.periodLength), how);
}

// The currency a statement's line items state, when they agree on one: its per-share lines take it.
QString statementCurrency(const ImportPlan& plan)
{
    const int column = plan.mapping.columnOf(ImportField::Metric);
    if (column < 0)
        return {};
    QSet<QString> currencies;
    for (int r = plan.sniff.headerRecord + 1; r < plan.sniff.sampleRecords.size(); ++r) {
        const QString unitText = MappingGuesser::labelNameAndUnit(plan.sniff.sampleRecords[r].fields.value(column)).second;
        if (const auto unit = Unit::parse(unitText); unit && !unit->currency.isEmpty())
            currencies.insert(unit->currency);
    }
    return currencies.size() == 1 ? *currencies.cbegin() : QString();
}

void applyLayout(ImportMapping& m, const QStringList& header, ImportLayout layout)
{
    if (layout == ImportLayout::Transposed && m.layout != ImportLayout::Transposed) {
        m.columns.fill(ImportField::Ignore, header.size());
        m.columns[0] = ImportField::Metric;
        for (int i = 1; i < header.size(); ++i)
            if (!header[i].trimmed().isEmpty())
                m.columns[i] = ImportField::Value;
        m.wideField = ImportField::Period;
    }
    m.layout = layout;
}

} // namespace

ImportPlan plan(Database& db, const ImportSource& source, const ImportChoices& choices)
{
    ImportPlan plan;
    plan.source = source;
    const std::unique_ptr<QIODevice> file = source.open();
    plan.sample = file->read(sampleBytes);
    plan.wholeFile = file->atEnd();
    plan.sniff = CsvSniffer::sniffBytes(plan.sample, plan.wholeFile, source.knownFormat(), source.titleRecords());

    ImportProfiles profiles(db);
    plan.profilesForHeader = profiles.forHeader(plan.sniff.header);
    std::optional<ImportMapping> profile;
    plan.mappingOrigin = QCoreApplication::translate("ImportSession", "guessed from the header");
    if (!choices.profile.isEmpty()) {
        profile = profiles.load(choices.profile);
        if (!profile)
            throw Error(QCoreApplication::translate("ImportSession", "import: no profile '%1' in this project (profiles: %2)")
                            .arg(choices.profile, profiles.names().join(QStringLiteral(", "))));
        plan.profileName = choices.profile;
        plan.mappingOrigin = QCoreApplication::translate("ImportSession", "profile '%1'").arg(choices.profile);
    } else if (!choices.ignoreSavedProfile && !plan.profilesForHeader.isEmpty()) {
        plan.profileName = plan.profilesForHeader.front();
        profile = profiles.load(plan.profileName);
        plan.mappingOrigin = QCoreApplication::translate("ImportSession", "profile '%1' (saved for this header)").arg(plan.profileName);
    }

    // The file's format: sniffed or the profile's, then what the user says. A sheet or a table made into text
    // here has the format it was written in, whatever a profile saved for a CSV file with this header says.
    const std::optional<CsvFormat>& known = source.knownFormat();
    CsvFormat format = known ? *known : profile ? profile->format : plan.sniff.format;
    int headerRecord = profile ? profile->headerRecord : plan.sniff.headerRecord;
    NumberFormat numbers = profile ? profile->numbers : plan.sniff.numbers;
    if (known && (choices.encoding || choices.delimiter || choices.quote))
        plan.notes << QCoreApplication::translate("ImportSession",
                                                  "%1 is read from its cells: the encoding, delimiter and quote given "
                                                  "do not apply")
                          .arg(source.name());
    if (choices.encoding && !known)
        format.encoding = *choices.encoding;
    if (choices.delimiter && !known)
        format.delimiter = *choices.delimiter;
    if (choices.quote && !known)
        format.quote = *choices.quote;
    if (choices.lenientQuotes && !known)
        format.lenientQuotes = *choices.lenientQuotes;
    if (choices.headerRecord)
        headerRecord = *choices.headerRecord;
    if (choices.decimal)
        numbers.decimal = *choices.decimal;
    if (choices.thousands)
        numbers.thousands = *choices.thousands;
    const bool reread = profile || choices.headerRecord ||
                        (!known && (choices.encoding || choices.delimiter || choices.quote || choices.lenientQuotes));
    if (reread) {
        const SniffResult guessed = plan.sniff;
        plan.sniff = CsvSniffer::resample(plan.sample, format, headerRecord, numbers);
        plan.sniff.encodingCandidates = guessed.encodingCandidates;
        if (format.encoding == guessed.format.encoding)
            plan.sniff.encodingBasis = guessed.encodingBasis;
        else if (!choices.encoding)
            plan.sniff.encodingBasis = QCoreApplication::translate("ImportSession", "from the profile");
    }
    plan.sniff.numbers = numbers;

    Catalog catalog(db);
    ImportMapping& m = plan.mapping;
    m = profile ? *profile : MappingGuesser::guess(plan.sniff, catalog);
    m.format = format;
    m.headerRecord = headerRecord;
    m.numbers = numbers;
    const QStringList& header = plan.sniff.header;
    m.columns.resize(header.size(), ImportField::Ignore);
    if (choices.layout)
        applyLayout(m, header, *choices.layout);
    if (choices.wideField) {
        m.wideField = *choices.wideField;
        if (m.layout == ImportLayout::Long)
            m.layout = ImportLayout::Wide;
    }
    for (const auto& [column, field] : choices.columns)
        m.columns[columnIndex(header, column)] = field;
    QStringList skipped;
    for (const QString& column : choices.skip) {
        const int index = columnIndex(header, column);
        m.columns[index] = ImportField::Ignore;
        skipped << header[index];
    }
    for (auto it = choices.defaults.cbegin(); it != choices.defaults.cend(); ++it)
        m.defaults.insert(it.key(), it.value());
    if (choices.ranges)
        m.ranges = *choices.ranges;
    if (choices.aggregation)
        m.aggregation = *choices.aggregation;
    for (const QString& name : choices.literalNames)
        if (!m.literalNames.contains(name, Qt::CaseInsensitive))
            m.literalNames << name;

    planPeriods(plan, choices.periodLength);
    m.statementCurrency = statementCurrency(plan);
    if (!skipped.isEmpty())
        plan.notes << QCoreApplication::translate("ImportSession", "columns left out as asked: %1").arg(skipped.join(QStringLiteral(", ")));
    if (m.layout != ImportLayout::Long) {
        QStringList unused;
        for (int i = 0; i < header.size(); ++i)
            if (m.columns[i] == ImportField::Ignore && !header[i].trimmed().isEmpty() && !skipped.contains(header[i]))
                unused << header[i];
        if (!unused.isEmpty())
            plan.notes << QCoreApplication::translate("ImportSession", "columns not read (text, not values): %1").arg(unused.join(QStringLiteral(", ")));
    }
    if (m.layout == ImportLayout::Transposed && m.columnOf(ImportField::Provider) < 0 &&
        m.defaults.value(ImportField::Provider).trimmed().isEmpty())
        plan.notes << QCoreApplication::translate("ImportSession", "a statement names no provider: give the company (--default provider=NAME)");
    if (!m.statementCurrency.isEmpty())
        plan.notes << QCoreApplication::translate("ImportSession", "statement currency: %1 (per-share lines without a unit take it)")
                          .arg(m.statementCurrency);
    return plan;
}

ImportSummary run(Database& db, const ImportPlan& plan, const ImportOptions& options, ImportMonitor* monitor)
{
    ImportOptions effective = options;
    if (effective.profileName.isEmpty())
        effective.profileName = plan.profileName;
    if (effective.saveProfile && effective.saveProfile->header.isEmpty())
        effective.saveProfile->header = plan.sniff.header;
    return Importer(db).run(plan.source, plan.mapping, effective, monitor);
}

} // namespace mixshift::ImportSession
