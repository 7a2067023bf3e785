#include "ArgumentParser.h"
#include "Commands.h"
#include "TerminalText.h"

#include "Error.h"
#include "import/ImportSession.h"
#include "import/RefusedRowsFile.h"
#include "io/CsvWriter.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <functional>

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
        throw UsageError(
            QCoreApplication::translate("ImportCommand", "import: --delimiter must be one character, or 'tab'"));
    return text.front();
}

QChar separatorFromText(const QString& option, const QString& text)
{
    if (text == QLatin1String("none") || text.isEmpty())
        return QChar();
    if (text == QLatin1String("space"))
        return QLatin1Char(' ');
    if (text.size() != 1)
        throw UsageError(
            QCoreApplication::translate("ImportCommand", "import: --%1 must be one character, 'space' or 'none'")
                .arg(option));
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
        throw UsageError(QCoreApplication::translate("ImportCommand", "import: --%1: unknown field '%2' (fields: %3)")
                             .arg(option, key, fieldKeys().join(QStringLiteral(", "))));
    return *field;
}

template <typename Enum>
Enum choiceNamed(const QString& option, const QString& text, std::optional<Enum> (*fromKey)(const QString&),
                 const QString& choices)
{
    const auto value = fromKey(text);
    if (!value)
        throw UsageError(QCoreApplication::translate("ImportCommand", "import: --%1 must be %2, not '%3'")
                             .arg(option, choices, text));
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
    parser.addPositional(QStringLiteral("FILE"),
                         QCoreApplication::translate("ImportCommand", "the file being imported"),
                         ArgumentParser::Role::Input);
    // The descriptions are marked with QT_TRANSLATE_NOOP and translated here.
    const auto add = [&](const char* name, const char* valueName, const char* description) {
        parser.addOption(QString::fromLatin1(name), QCoreApplication::translate("ImportCommand", description),
                         QString::fromLatin1(valueName));
    };
    add("sheet", "NAME",
        QT_TRANSLATE_NOOP("ImportCommand", "the sheet of a workbook (.xlsx, .ods) to read; the first by default"));
    add("profile", "NAME",
        QT_TRANSLATE_NOOP("ImportCommand",
                          "read the file with this saved mapping (by default the one saved for the file's header)"));
    add("save-profile", "NAME",
        QT_TRANSLATE_NOOP("ImportCommand", "save the mapping under this name, with the import"));
    add("encoding", "NAME",
        QT_TRANSLATE_NOOP("ImportCommand",
                          "the file's text encoding (UTF-8, GB18030, Big5, windows-1252 …); detected by default"));
    add("delimiter", "CHAR",
        QT_TRANSLATE_NOOP("ImportCommand", "the field delimiter: one character or 'tab'; detected by default"));
    add("quote", "CHAR", QT_TRANSLATE_NOOP("ImportCommand", "the quote character, or 'none'"));
    add("header-row", "N",
        QT_TRANSLATE_NOOP("ImportCommand", "the header's record number (1 = first); records above it are titles"));
    add("decimal", "CHAR", QT_TRANSLATE_NOOP("ImportCommand", "the decimal mark ('.' or ',')"));
    add("thousands", "CHAR",
        QT_TRANSLATE_NOOP("ImportCommand", "the thousands separator: a character, 'space' or 'none'"));
    add("layout", "LAYOUT",
        QT_TRANSLATE_NOOP("ImportCommand", "long (one value a row), wide (value columns) or transposed (a statement: "
                                           "line items down the first column, a column a period)"));
    add("wide-field", "FIELD",
        QT_TRANSLATE_NOOP("ImportCommand",
                          "in the wide layout, what the value columns' headers name: period, provider or metric"));
    add("map", "COLUMN=FIELD",
        QT_TRANSLATE_NOOP("ImportCommand", "read a column (header text or number) as a field; repeatable"));
    add("skip", "COLUMN", QT_TRANSLATE_NOOP("ImportCommand", "leave a column out; repeatable"));
    add("default", "FIELD=VALUE",
        QT_TRANSLATE_NOOP("ImportCommand", "a value for a field the file lacks, e.g. provider=Alibaba; repeatable"));
    add("ranges", "RULE",
        QT_TRANSLATE_NOOP("ImportCommand", "what a range such as 32-34 stores: reject, midpoint, low or high"));
    add("period-length", "LENGTH",
        QT_TRANSLATE_NOOP("ImportCommand", "what a date stands for: day, month, quarter or year (a column headed "
                                           "2018-12-31 of an annual statement is the year 2018); inferred by default"));
    add("aggregate", "RULE",
        QT_TRANSLATE_NOOP("ImportCommand", "how values dated within one period combine: last, first, sum, mean, min "
                                           "or max (default: last for stocks and ratios, sum for flows)"));
    add("no-alias", "NAME",
        QT_TRANSLATE_NOOP("ImportCommand", "take NAME as written instead of matching it through an alias (Amazon is "
                                           "not AWS); repeatable"));
    add("on-conflict", "POLICY",
        QT_TRANSLATE_NOOP("ImportCommand", "when a value is already stored: skip, overwrite or revision (default)"));
    parser.addOption(QStringLiteral("errors"),
                     QCoreApplication::translate("ImportCommand",
                                                 "every refused row as CSV (or a workbook, for a name ending in .xlsx)"),
                     QStringLiteral("OUT.csv"), ArgumentParser::Role::Output);
    parser.addOption(QStringLiteral("lenient-quotes"),
                     QCoreApplication::translate("ImportCommand",
                                                 "take a quote inside an unquoted field literally instead of refusing "
                                                 "the row"));
    parser.addOption(
        QStringLiteral("no-profile"),
        QCoreApplication::translate("ImportCommand", "guess the mapping even if one is saved for the header"));
    parser.addOption(QStringLiteral("accept-valid"),
                     QCoreApplication::translate("ImportCommand", "import the valid rows even if others are refused"));
    parser.addOption(QStringLiteral("dry-run"),
                     QCoreApplication::translate("ImportCommand",
                                                 "print what would be stored as CSV; change nothing (no write lock)"));
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
        c.layout =
            choiceNamed<ImportLayout>(QStringLiteral("layout"), parser.value(QStringLiteral("layout")), &layoutFromKey,
                                      //: The values the option takes, as typed (keep them in English).
                                      QCoreApplication::translate("ImportCommand", "long, wide or transposed"));
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
        c.ranges =
            choiceNamed<RangeRule>(QStringLiteral("ranges"), parser.value(QStringLiteral("ranges")), &rangeRuleFromKey,
                                   //: The values the option takes, as typed (keep them in English).
                                   QCoreApplication::translate("ImportCommand", "reject, midpoint, low or high"));
    if (parser.isSet(QStringLiteral("period-length")))
        c.periodLength = choiceNamed<PeriodLength>(
            QStringLiteral("period-length"), parser.value(QStringLiteral("period-length")), &storedLengthFromKey,
            //: The values the option takes, as typed (keep them in English).
            QCoreApplication::translate("ImportCommand", "day, month, quarter or year"));
    if (parser.isSet(QStringLiteral("aggregate"))) {
        const QString text = parser.value(QStringLiteral("aggregate"));
        c.aggregation = choiceNamed<Aggregation>(
            QStringLiteral("aggregate"), text, &aggregationFromKey,
            //: The values the option takes, as typed (keep them in English).
            QCoreApplication::translate("ImportCommand", "last, first, sum, mean, min or max"));
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
                                ? QCoreApplication::translate("ImportCommand", "%1 … %2 (%3 columns)")
                                      .arg(valueHeaders.front(), valueHeaders.back())
                                      .arg(valueHeaders.size())
                                : valueHeaders.join(QStringLiteral(", "));
    switch (m.layout) {
    case ImportLayout::Long:
        //: The layout of the file: one value a row (--layout long).
        return QCoreApplication::translate("ImportCommand", "long");
    case ImportLayout::Wide:
        return QCoreApplication::translate("ImportCommand", "wide, value columns headed by %1: %2")
            .arg(fieldKey(m.wideField), columns);
    case ImportLayout::Transposed:
        return QCoreApplication::translate("ImportCommand",
                                           "transposed statement, line items down column %1 (%2), periods %3")
            .arg(m.columnOf(ImportField::Metric) + 1)
            .arg(plan.sniff.header.value(m.columnOf(ImportField::Metric)), columns);
    }
    return {};
}

/// `names` clipped, the first shownNames of them, and how many more.
QString nameList(const QStringList& names, const std::function<QString(const QString&)>& clipped)
{
    QStringList clippedNames;
    for (const QString& name : names.mid(0, shownNames))
        clippedNames << clipped(name);
    QString text = clippedNames.join(QStringLiteral(", "));
    if (names.size() > shownNames)
        text += QCoreApplication::translate("ImportCommand", " and %1 more").arg(names.size() - shownNames);
    return text;
}

// How a text file is written: its encoding (and the others weighed), delimiter, quote and header record.
void printTextFormat(QTextStream& out, const ImportPlan& plan, const ImportSummary& s)
{
    const auto shown = TerminalText::escaped;
    const auto line = [&out](const QString& text) { out << text << '\n'; };
    const CsvFormat& format = plan.mapping.format;
    line(QCoreApplication::translate("ImportCommand", "sha256: %1").arg(s.sha256));
    line(QCoreApplication::translate("ImportCommand", "encoding: %1 (%2)")
             .arg(QString::fromLatin1(format.encoding), shown(plan.sniff.encodingBasis)));
    QStringList alternatives;
    for (const EncodingCandidate& candidate : plan.sniff.encodingCandidates)
        if (candidate.name != format.encoding && alternatives.size() < 3)
            alternatives << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(candidate.name), candidate.evidence);
    if (!alternatives.isEmpty())
        line(QCoreApplication::translate("ImportCommand", "other encodings: %1")
                 .arg(shown(alternatives.join(QStringLiteral("; ")))));
    line(QCoreApplication::translate("ImportCommand", "delimiter: %1, quote: %2, header: record %3")
             .arg(describeChar(format.delimiter), describeChar(format.quote),
                  QString::number(plan.mapping.headerRecord + 1)));
}

void printSummary(QTextStream& out, const QString& path, const ImportPlan& plan, const ImportSummary& s,
                  const RefusedRowsFile* errors)
{
    // What came from the file or the project is shown escaped (a name may hold terminal control sequences),
    // names and cells clipped too (one may be megabytes long).
    const auto shown = TerminalText::escaped;
    const auto clipped = [](const QString& text) { return TerminalText::clipped(text, shownColumns); };
    const auto line = [&out](const QString& text) { out << text << '\n'; };
    const NumberFormat& numbers = plan.mapping.numbers;
    const QLocale c(QLocale::English);
    line(QCoreApplication::translate("ImportCommand", "file: %1").arg(shown(path)));
    if (plan.source.isWorkbookSheet()) {
        //: %1 is the sheet's name.
        line(QCoreApplication::translate("ImportCommand", "sheet: %1").arg(shown(plan.source.sheetName())));
        line(QCoreApplication::translate("ImportCommand", "sha256 of the sheet's cells: %1").arg(s.sha256));
        line(QCoreApplication::translate("ImportCommand", "header: row %1").arg(plan.mapping.headerRecord + 1));
    } else {
        printTextFormat(out, plan, s);
    }
    line(QCoreApplication::translate("ImportCommand", "numbers: decimal %1, thousands %2")
             .arg(describeChar(numbers.decimal), describeChar(numbers.thousands)));
    line(QCoreApplication::translate("ImportCommand", "layout: %1").arg(shown(layoutText(plan))));
    line(QCoreApplication::translate("ImportCommand", "mapping: %1").arg(shown(plan.mappingOrigin)));
    for (const QString& note : plan.notes)
        line(shown(note));
    for (const QString& earlier : s.earlierImports)
        line(QCoreApplication::translate("ImportCommand", "same file imported before: %1").arg(shown(earlier)));
    // Providers one by one: a parent company matched to its cloud unit changes what the figures mean. Metric
    // names are matched through aliases by design (a statement's every line), so they are listed in one line.
    QStringList metricMatches;
    for (const NameMatch& match : s.aliasMatches) {
        if (match.kind == QLatin1String("metric")) {
            metricMatches << clipped(match.written) + QStringLiteral(" -> ") + clipped(match.matched);
            continue;
        }
        line(QCoreApplication::translate("ImportCommand",
                                         "matched through an alias: %1 -> %2 (%3; --no-alias %1 keeps it apart)")
                 .arg(clipped(match.written), clipped(match.matched), match.kind));
    }
    if (!metricMatches.isEmpty())
        line(QCoreApplication::translate("ImportCommand",
                                         "metrics matched through aliases: %1 (--no-alias NAME keeps one apart)")
                 .arg(nameList(metricMatches, [](const QString& text) { return text; })));
    for (const QString& note : s.notes)
        line(shown(note));
    line(QCoreApplication::translate("ImportCommand", "rows read: %1").arg(s.rowsRead));
    line(QCoreApplication::translate("ImportCommand", "values imported: %1").arg(s.valuesImported));
    line(QCoreApplication::translate("ImportCommand",
                                     "values skipped: %1 (missing %2, unchanged %3, conflicts kept as stored %4)")
             .arg(s.skipped + s.unchanged + s.missing)
             .arg(s.missing)
             .arg(s.unchanged)
             .arg(s.skipped));
    line(QCoreApplication::translate("ImportCommand", "rows rejected: %1").arg(s.rowsRejected));
    line(QCoreApplication::translate("ImportCommand", "conflicts: %1 (revised %2, overwritten %3, skipped %4)")
             .arg(s.conflicts)
             .arg(s.revised)
             .arg(s.overwritten)
             .arg(s.skipped));
    if (!s.newProviders.isEmpty())
        line(QCoreApplication::translate("ImportCommand", "new providers: %1").arg(nameList(s.newProviders, clipped)));
    if (!s.newMetrics.isEmpty())
        line(QCoreApplication::translate("ImportCommand", "new metrics: %1").arg(nameList(s.newMetrics, clipped)));
    if (!s.newMarkets.isEmpty())
        line(QCoreApplication::translate("ImportCommand", "new markets: %1").arg(nameList(s.newMarkets, clipped)));
    // One line per column and reason, with how often: a column of unreadable cells is one problem.
    for (int i = 0; i < s.rejectionGroups.size() && i < shownRejectionGroups; ++i) {
        const RejectionGroup& g = s.rejectionGroups[i];
        // A column's refusals are counted in cells; the others (a row without a provider) in rows.
        const qint64 times = g.column > 0 ? g.count : g.rows;
        const QString where =
            times == 1 ? QCoreApplication::translate("ImportCommand", "line %1").arg(g.firstLine)
                       : (g.column > 0 ? QCoreApplication::translate("ImportCommand", "%1 cells, lines %2–%3")
                                       : QCoreApplication::translate("ImportCommand", "%1 rows, lines %2–%3"))
                             .arg(c.toString(times))
                             .arg(g.firstLine)
                             .arg(g.lastLine);
        const QString column = g.column > 0 ? QCoreApplication::translate("ImportCommand", ", column %1 (%2)")
                                                  .arg(g.column)
                                                  .arg(clipped(g.columnName))
                                            : QString();
        const QString text = g.firstText.isEmpty()
                                 ? QString()
                                 : (times == 1 ? QCoreApplication::translate("ImportCommand", ", '%1'")
                                               : QCoreApplication::translate("ImportCommand", ", first '%1'"))
                                       .arg(clipped(g.firstText));
        //: A refused part of the file: where (%1), in which column (%2), the text refused (%3), and why (%4).
        line(QCoreApplication::translate("ImportCommand", "rejected: %1%2%3: %4")
                 .arg(where, column, text, shown(g.reason)));
    }
    if (s.rejectionGroups.size() > shownRejectionGroups)
        line(QCoreApplication::translate("ImportCommand", "… and more rejections%1")
                 .arg(errors ? QCoreApplication::translate("ImportCommand", " (all in %1)").arg(shown(errors->path()))
                             : QCoreApplication::translate("ImportCommand", " (--errors FILE.csv lists them all)")));
    QString result;
    if (s.dryRun)
        result = QCoreApplication::translate("ImportCommand", "dry run: nothing changed");
    else if (s.committed)
        //: The result of an import: it was committed.
        result = QCoreApplication::translate("ImportCommand", "imported");
    else
        result = QCoreApplication::translate(
                     "ImportCommand", "nothing imported: %1 rows rejected (--accept-valid imports the valid rows)")
                     .arg(s.rowsRejected);
    if (s.committed)
        line(QCoreApplication::translate("ImportCommand", "batch: %1 (mixshift imports undo --batch %1 takes it back)")
                 .arg(s.batchId));
    line(QCoreApplication::translate("ImportCommand", "result: %1").arg(result));
    line(QCoreApplication::translate("ImportCommand", "seconds: %1").arg(QString::number(s.seconds, 'f', 3)));
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
                throw UsageError(QCoreApplication::translate(
                    "ImportCommand",
                    "import: expected one CSV file or workbook, e.g. mixshift import figures.csv --db my.mixshift"));
            const QString path = parser.positional().front();
            if (!QFileInfo(path).isFile())
                throw Error(QCoreApplication::translate("ImportCommand", "%1: no such file").arg(path));
            const ImportChoices choices = choicesFrom(parser);
            ImportOptions options;
            if (parser.isSet(QStringLiteral("on-conflict")))
                options.policy = choiceNamed<ConflictPolicy>(
                    QStringLiteral("on-conflict"), parser.value(QStringLiteral("on-conflict")), &conflictPolicyFromKey,
                    //: The values the option takes, as typed (keep them in English).
                    QCoreApplication::translate("ImportCommand", "skip, overwrite or revision"));
            options.acceptValid = parser.isSet(QStringLiteral("accept-valid"));
            options.dryRun = parser.isSet(QStringLiteral("dry-run"));
            if (const QString saveAs = parser.value(QStringLiteral("save-profile")); !saveAs.isEmpty())
                options.saveProfile = ProfileToSave{saveAs, {}};

            const ImportPlan plan = ImportSession::plan(
                project.db(), ImportSource::file(path, parser.value(QStringLiteral("sheet"))), choices);

            // Opened before the import, so a path that cannot be written stops it before anything changes.
            std::unique_ptr<RefusedRowsFile> errors;
            if (parser.isSet(QStringLiteral("errors"))) {
                errors = std::make_unique<RefusedRowsFile>(parser.value(QStringLiteral("errors")),
                                                           plan.source.name());
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
                    throw Error(
                        (s.committed
                             ? QCoreApplication::translate("ImportCommand", "%1 (the import itself was committed)")
                             : QCoreApplication::translate("ImportCommand", "%1 (the project is unchanged)"))
                            .arg(error.message()),
                        error.details());
                }
            }
            printSummary(console.out, path, plan, s, errors.get());
            return s.rowsRejected > 0 && !options.acceptValid ? Failure : Success;
        },
        writes);
}

} // namespace mixshift::cli
