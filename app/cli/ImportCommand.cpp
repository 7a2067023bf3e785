#include "ArgumentParser.h"
#include "Commands.h"
#include "TerminalText.h"

#include "Error.h"
#include "import/ImportSession.h"
#include "import/RefusedRowsFile.h"
#include "io/CsvWriter.h"
#include "store/Project.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace mixshift::cli {

namespace {

constexpr int shownRejectionGroups = 20;
constexpr int shownNames = 20;
/// The most display columns a name or a cell takes in the summary.
constexpr int shownColumns = 80;

QChar delimiterFromText(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (text.size() != 1)
        throw UsageError(QStringLiteral("import: --delimiter must be one character, or 'tab'"));
    return text.front();
}

QChar separatorFromText(const QString& option, const QString& text)
{
    if (text == QLatin1String("none") || text.isEmpty())
        return QChar();
    if (text == QLatin1String("space"))
        return QLatin1Char(' ');
    if (text.size() != 1)
        throw UsageError(QStringLiteral("import: --%1 must be one character, 'space' or 'none'").arg(option));
    return text.front();
}

QString describeChar(QChar c)
{
    if (c.isNull())
        return QStringLiteral("none");
    if (c == QLatin1Char('\t'))
        return QStringLiteral("tab");
    return QStringLiteral("'%1'").arg(c);
}

ImportField fieldNamed(const QString& option, const QString& key)
{
    const auto field = fieldFromKey(key);
    if (!field)
        throw UsageError(QStringLiteral("import: --%1: unknown field '%2' (fields: %3)")
                             .arg(option, key, fieldKeys().join(QStringLiteral(", "))));
    return *field;
}

template <typename Enum>
Enum choiceNamed(const QString& option, const QString& text, std::optional<Enum> (*fromKey)(const QString&),
                 const QString& choices)
{
    const auto value = fromKey(text);
    if (!value)
        throw UsageError(QStringLiteral("import: --%1 must be %2, not '%3'").arg(option, choices, text));
    return *value;
}

std::optional<PeriodLength> storedLengthFromKey(const QString& text)
{
    const auto length = periodLengthFromKey(text);
    return length == PeriodLength::Automatic ? std::nullopt : length;
}

QString valueText(double value)
{
    return QString::number(value, 'g', 15);
}

void declareOptions(ArgumentParser& parser)
{
    parser.addPositional(QStringLiteral("FILE"), QStringLiteral("the file being imported"), ArgumentParser::Role::Input);
    const auto add = [&](const char* name, const char* valueName, const char* description) {
        parser.addOption(QString::fromLatin1(name), QString::fromUtf8(description), QString::fromLatin1(valueName));
    };
    add("profile", "NAME", "read the file with this saved mapping (by default the one saved for the file's header)");
    add("save-profile", "NAME", "save the mapping under this name, with the import");
    add("encoding", "NAME", "the file's text encoding (UTF-8, GB18030, Big5, windows-1252 …); detected by default");
    add("delimiter", "CHAR", "the field delimiter: one character or 'tab'; detected by default");
    add("quote", "CHAR", "the quote character, or 'none'");
    add("header-row", "N", "the header's record number (1 = first); records above it are titles");
    add("decimal", "CHAR", "the decimal mark ('.' or ',')");
    add("thousands", "CHAR", "the thousands separator: a character, 'space' or 'none'");
    add("layout", "LAYOUT", "long (one value a row), wide (value columns) or transposed (a statement: line items "
                            "down the first column, a column a period)");
    add("wide-field", "FIELD", "in the wide layout, what the value columns' headers name: period, provider or metric");
    add("map", "COLUMN=FIELD", "read a column (header text or number) as a field; repeatable");
    add("skip", "COLUMN", "leave a column out; repeatable");
    add("default", "FIELD=VALUE", "a value for a field the file lacks, e.g. provider=Alibaba; repeatable");
    add("ranges", "RULE", "what a range such as 32-34 stores: reject, midpoint, low or high");
    add("period-length", "LENGTH", "what a date stands for: day, month, quarter or year (a column headed "
                                   "2018-12-31 of an annual statement is the year 2018); inferred by default");
    add("aggregate", "RULE", "how values dated within one period combine: last, first, sum, mean, min or max "
                             "(default: last for stocks and ratios, sum for flows)");
    add("no-alias", "NAME", "take NAME as written instead of matching it through an alias (Amazon is not AWS); "
                            "repeatable");
    add("on-conflict", "POLICY", "when a value is already stored: skip, overwrite or revision (default)");
    parser.addOption(QStringLiteral("errors"), QStringLiteral("every refused row as CSV"), QStringLiteral("OUT.csv"),
                     ArgumentParser::Role::Output);
    parser.addOption(QStringLiteral("lenient-quotes"),
                     QStringLiteral("take a quote inside an unquoted field literally instead of refusing the row"));
    parser.addOption(QStringLiteral("no-profile"), QStringLiteral("guess the mapping even if one is saved for the header"));
    parser.addOption(QStringLiteral("accept-valid"), QStringLiteral("import the valid rows even if others are refused"));
    parser.addOption(QStringLiteral("dry-run"),
                     QStringLiteral("print what would be stored as CSV; change nothing (no write lock)"));
}

ImportChoices choicesFrom(const ArgumentParser& parser)
{
    ImportChoices c;
    c.profile = parser.value(QStringLiteral("profile"));
    c.ignoreSavedProfile = parser.isSet(QStringLiteral("no-profile"));
    if (parser.isSet(QStringLiteral("encoding")))
        c.encoding = parser.value(QStringLiteral("encoding")).toLatin1();
    if (parser.isSet(QStringLiteral("delimiter")))
        c.delimiter = delimiterFromText(parser.value(QStringLiteral("delimiter")));
    if (parser.isSet(QStringLiteral("quote")))
        c.quote = separatorFromText(QStringLiteral("quote"), parser.value(QStringLiteral("quote")));
    if (parser.isSet(QStringLiteral("lenient-quotes")))
        c.lenientQuotes = true;
    if (parser.isSet(QStringLiteral("header-row")))
        c.headerRecord = static_cast<int>(
            wholeNumber(QStringLiteral("import: --header-row"), parser.value(QStringLiteral("header-row")), 1, 1000) - 1);
    if (parser.isSet(QStringLiteral("decimal")))
        c.decimal = separatorFromText(QStringLiteral("decimal"), parser.value(QStringLiteral("decimal")));
    if (parser.isSet(QStringLiteral("thousands")))
        c.thousands = separatorFromText(QStringLiteral("thousands"), parser.value(QStringLiteral("thousands")));
    if (parser.isSet(QStringLiteral("layout")))
        c.layout = choiceNamed<ImportLayout>(QStringLiteral("layout"), parser.value(QStringLiteral("layout")),
                                             &layoutFromKey, QStringLiteral("long, wide or transposed"));
    if (parser.isSet(QStringLiteral("wide-field")))
        c.wideField = fieldNamed(QStringLiteral("wide-field"), parser.value(QStringLiteral("wide-field")));
    for (const QString& entry : parser.values(QStringLiteral("map"))) {
        const auto [column, field] = splitNameValue(QStringLiteral("map"), entry);
        c.columns.append({column, fieldNamed(QStringLiteral("map"), field)});
    }
    c.skip = parser.values(QStringLiteral("skip"));
    for (const QString& entry : parser.values(QStringLiteral("default"))) {
        const auto [field, value] = splitNameValue(QStringLiteral("default"), entry);
        c.defaults.insert(fieldNamed(QStringLiteral("default"), field), value);
    }
    if (parser.isSet(QStringLiteral("ranges")))
        c.ranges = choiceNamed<RangeRule>(QStringLiteral("ranges"), parser.value(QStringLiteral("ranges")),
                                          &rangeRuleFromKey, QStringLiteral("reject, midpoint, low or high"));
    if (parser.isSet(QStringLiteral("period-length")))
        c.periodLength = choiceNamed<PeriodLength>(QStringLiteral("period-length"),
                                                   parser.value(QStringLiteral("period-length")), &storedLengthFromKey,
                                                   QStringLiteral("day, month, quarter or year"));
    if (parser.isSet(QStringLiteral("aggregate"))) {
        const QString text = parser.value(QStringLiteral("aggregate"));
        c.aggregation = choiceNamed<Aggregation>(QStringLiteral("aggregate"), text, &aggregationFromKey,
                                                 QStringLiteral("last, first, sum, mean, min or max"));
    }
    c.literalNames = parser.values(QStringLiteral("no-alias"));
    return c;
}

QString layoutText(const ImportPlan& plan)
{
    const ImportMapping& m = plan.mapping;
    QStringList valueHeaders;
    for (const int c : m.valueColumns())
        valueHeaders << plan.sniff.header.value(c);
    const QString columns = valueHeaders.size() > 6
                                ? QStringLiteral("%1 … %2 (%3 columns)")
                                      .arg(valueHeaders.front(), valueHeaders.back())
                                      .arg(valueHeaders.size())
                                : valueHeaders.join(QStringLiteral(", "));
    switch (m.layout) {
    case ImportLayout::Long:
        return QStringLiteral("long");
    case ImportLayout::Wide:
        return QStringLiteral("wide, value columns headed by %1: %2").arg(fieldKey(m.wideField), columns);
    case ImportLayout::Transposed:
        return QStringLiteral("transposed statement, line items down column %1 (%2), periods %3")
            .arg(m.columnOf(ImportField::Metric) + 1)
            .arg(plan.sniff.header.value(m.columnOf(ImportField::Metric)), columns);
    }
    return {};
}

void printSummary(QTextStream& out, const QString& path, const ImportPlan& plan, const ImportSummary& s,
                  const RefusedRowsFile* errors)
{
    // What came from the file or the project is shown escaped (a name may hold terminal control sequences),
    // names and cells clipped too (one may be megabytes long).
    const auto shown = TerminalText::escaped;
    const auto clipped = [](const QString& text) { return TerminalText::clipped(text, shownColumns); };
    const CsvFormat& format = plan.mapping.format;
    const NumberFormat& numbers = plan.mapping.numbers;
    const QLocale c(QLocale::English);
    out << "file: " << shown(path) << '\n'
        << "sha256: " << s.sha256 << '\n'
        << "encoding: " << QString::fromLatin1(format.encoding) << " (" << shown(plan.sniff.encodingBasis) << ")\n";
    QStringList alternatives;
    for (const EncodingCandidate& candidate : plan.sniff.encodingCandidates)
        if (candidate.name != format.encoding && alternatives.size() < 3)
            alternatives << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(candidate.name), candidate.evidence);
    if (!alternatives.isEmpty())
        out << "other encodings: " << shown(alternatives.join(QStringLiteral("; "))) << '\n';
    out << "delimiter: " << describeChar(format.delimiter) << ", quote: " << describeChar(format.quote)
        << ", header: record " << plan.mapping.headerRecord + 1 << '\n'
        << "numbers: decimal " << describeChar(numbers.decimal) << ", thousands " << describeChar(numbers.thousands)
        << '\n'
        << "layout: " << shown(layoutText(plan)) << '\n'
        << "mapping: " << shown(plan.mappingOrigin) << '\n';
    for (const QString& note : plan.notes)
        out << shown(note) << '\n';
    for (const QString& earlier : s.earlierImports)
        out << "same file imported before: " << shown(earlier) << '\n';
    // Providers one by one: a parent company matched to its cloud unit changes what the figures mean. Metric
    // names are matched through aliases by design (a statement's every line), so they are listed in one line.
    QStringList metricMatches;
    for (const NameMatch& match : s.aliasMatches) {
        if (match.kind == QLatin1String("metric")) {
            metricMatches << clipped(match.written) + QStringLiteral(" -> ") + clipped(match.matched);
            continue;
        }
        out << "matched through an alias: " << clipped(match.written) << " -> " << clipped(match.matched) << " ("
            << match.kind << "; --no-alias " << clipped(match.written) << " keeps it apart)\n";
    }
    if (!metricMatches.isEmpty())
        out << "metrics matched through aliases: " << metricMatches.mid(0, shownNames).join(QStringLiteral(", "))
            << (metricMatches.size() > shownNames ? QStringLiteral(" and %1 more").arg(metricMatches.size() - shownNames)
                                                  : QString())
            << " (--no-alias NAME keeps one apart)\n";
    for (const QString& note : s.notes)
        out << shown(note) << '\n';
    out << "rows read: " << s.rowsRead << '\n'
        << "values imported: " << s.valuesImported << '\n'
        << "values skipped: " << s.skipped + s.unchanged + s.missing << " (missing " << s.missing << ", unchanged "
        << s.unchanged << ", conflicts kept as stored " << s.skipped << ")\n"
        << "rows rejected: " << s.rowsRejected << '\n'
        << "conflicts: " << s.conflicts << " (revised " << s.revised << ", overwritten " << s.overwritten
        << ", skipped " << s.skipped << ")\n";
    const auto listNew = [&](const char* what, const QStringList& names) {
        if (names.isEmpty())
            return;
        QStringList clippedNames;
        for (const QString& name : names.mid(0, shownNames))
            clippedNames << clipped(name);
        out << "new " << what << ": " << clippedNames.join(QStringLiteral(", "));
        if (names.size() > shownNames)
            out << " and " << names.size() - shownNames << " more";
        out << '\n';
    };
    listNew("providers", s.newProviders);
    listNew("metrics", s.newMetrics);
    listNew("markets", s.newMarkets);
    // One line per column and reason, with how often: a column of unreadable cells is one problem.
    for (int i = 0; i < s.rejectionGroups.size() && i < shownRejectionGroups; ++i) {
        const RejectionGroup& g = s.rejectionGroups[i];
        out << "rejected: ";
        // A column's refusals are counted in cells; the others (a row without a provider) in rows.
        const qint64 times = g.column > 0 ? g.count : g.rows;
        if (times == 1)
            out << "line " << g.firstLine;
        else
            out << c.toString(times) << (g.column > 0 ? " cells" : " rows") << ", lines " << g.firstLine << "–"
                << g.lastLine;
        if (g.column > 0)
            out << ", column " << g.column << " (" << clipped(g.columnName) << ")";
        if (!g.firstText.isEmpty())
            out << ", " << (times == 1 ? "'" : "first '") << clipped(g.firstText) << "'";
        out << ": " << shown(g.reason) << '\n';
    }
    if (s.rejectionGroups.size() > shownRejectionGroups)
        out << "… and more rejections"
            << (errors ? QStringLiteral(" (all in %1)").arg(shown(errors->path()))
                       : QStringLiteral(" (--errors FILE.csv lists them all)"))
            << '\n';
    QString result;
    if (s.dryRun)
        result = QStringLiteral("dry run: nothing changed");
    else if (s.committed)
        result = QStringLiteral("imported");
    else
        result = QStringLiteral("nothing imported: %1 rows rejected (--accept-valid imports the valid rows)")
                     .arg(s.rowsRejected);
    if (s.committed)
        out << "batch: " << s.batchId << " (mixshift imports undo --batch " << s.batchId << " takes it back)\n";
    out << "result: " << result << '\n' << "seconds: " << QString::number(s.seconds, 'f', 3) << '\n';
}

} // namespace

int runImport(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("import"));
    declareOptions(parser);
    const auto writes = [&parser] { return !parser.isSet(QStringLiteral("dry-run")); };
    return runOnProject(
        parser, arguments, console,
        [&](Project& project) {
            if (parser.positional().size() != 1)
                throw UsageError(
                    QStringLiteral("import: expected one CSV file, e.g. mixshift import figures.csv --db my.mixshift"));
            const QString path = parser.positional().front();
            if (!QFileInfo(path).isFile())
                throw Error(QStringLiteral("%1: no such file").arg(path));
            const ImportChoices choices = choicesFrom(parser);
            ImportOptions options;
            if (parser.isSet(QStringLiteral("on-conflict")))
                options.policy = choiceNamed<ConflictPolicy>(QStringLiteral("on-conflict"),
                                                             parser.value(QStringLiteral("on-conflict")),
                                                             &conflictPolicyFromKey, QStringLiteral("skip, overwrite or revision"));
            options.acceptValid = parser.isSet(QStringLiteral("accept-valid"));
            options.dryRun = parser.isSet(QStringLiteral("dry-run"));
            if (const QString saveAs = parser.value(QStringLiteral("save-profile")); !saveAs.isEmpty())
                options.saveProfile = ProfileToSave{saveAs, {}};

            const ImportPlan plan = ImportSession::plan(project.db(), path, choices);

            // Opened before the import, so a path that cannot be written stops it before anything changes.
            std::unique_ptr<RefusedRowsFile> errors;
            if (parser.isSet(QStringLiteral("errors"))) {
                errors = std::make_unique<RefusedRowsFile>(parser.value(QStringLiteral("errors")),
                                                           QFileInfo(path).fileName());
                options.onRejection = [&errors](const Rejection& r) { errors->add(r); };
            }
            if (options.dryRun) {
                console.out << CsvWriter::record({"line", "provider", "metric", "market", "category", "period",
                                                  "start", "end", "value", "unit", "stated_unit", "qualifier",
                                                  "original_text", "source", "outcome"});
                options.onValue = [&](const ImportedValue& v) {
                    console.out << CsvWriter::record({QString::number(v.line), v.provider, v.metric, v.market,
                                                      v.category, v.periodLabel, v.start.toString(Qt::ISODate),
                                                      v.end.toString(Qt::ISODate), valueText(v.value), v.baseUnit,
                                                      v.statedUnit, v.qualifier, v.originalText, v.source,
                                                      v.outcome});
                };
                console.out << '\n';
            }

            const ImportSummary s = ImportSession::run(project.db(), plan, options);
            if (errors) {
                try {
                    errors->commit();
                } catch (const Error& error) {
                    throw Error(error.message() + (s.committed ? QStringLiteral(" (the import itself was committed)")
                                                               : QStringLiteral(" (the project is unchanged)")),
                                error.details());
                }
            }
            printSummary(console.out, path, plan, s, errors.get());
            return s.rowsRejected > 0 && !options.acceptValid ? Failure : Success;
        },
        writes);
}

} // namespace mixshift::cli
