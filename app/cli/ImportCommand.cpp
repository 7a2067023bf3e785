#include "ArgumentParser.h"
#include "Commands.h"
#include "TerminalText.h"

#include "Error.h"
#include "import/CsvSniffer.h"
#include "import/ImportProfiles.h"
#include "import/Importer.h"
#include "import/MappingGuesser.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"
#include "store/Catalog.h"
#include "store/Project.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace mixshift::cli {

namespace {

constexpr int shownRejections = 20;
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

// A column named by its header text (case-insensitive) or its 1-based number.
int columnIndex(const QStringList& header, const QString& name)
{
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= header.size())
        return number - 1;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    throw Error(QStringLiteral("import: the header has no column '%1' (columns: %2)").arg(name, header.join(QStringLiteral(", "))));
}

std::pair<QString, QString> keyValue(const QString& option, const QString& text)
{
    const int equals = static_cast<int>(text.indexOf(QLatin1Char('=')));
    if (equals <= 0)
        throw UsageError(QStringLiteral("import: --%1 takes NAME=VALUE, not '%2'").arg(option, text));
    return {text.left(equals).trimmed(), text.mid(equals + 1)};
}

ImportField fieldNamed(const QString& option, const QString& key)
{
    const auto field = fieldFromKey(key);
    if (!field)
        throw UsageError(QStringLiteral("import: --%1: unknown field '%2' (fields: %3)")
                        .arg(option, key, fieldKeys().join(QStringLiteral(", "))));
    return *field;
}

ConflictPolicy policyNamed(const QString& text)
{
    if (text == QLatin1String("skip"))
        return ConflictPolicy::Skip;
    if (text == QLatin1String("overwrite"))
        return ConflictPolicy::Overwrite;
    if (text == QLatin1String("revision"))
        return ConflictPolicy::Revision;
    throw UsageError(QStringLiteral("import: --on-conflict must be skip, overwrite or revision, not '%1'").arg(text));
}

RangeRule rangeRuleNamed(const QString& text)
{
    if (text == QLatin1String("reject"))
        return RangeRule::Reject;
    if (text == QLatin1String("midpoint"))
        return RangeRule::Midpoint;
    if (text == QLatin1String("low"))
        return RangeRule::Low;
    if (text == QLatin1String("high"))
        return RangeRule::High;
    throw UsageError(QStringLiteral("import: --ranges must be reject, midpoint, low or high, not '%1'").arg(text));
}

QString valueText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

int runImport(const QStringList& arguments, Console console)
{
    ArgumentParser parser(QStringLiteral("import"));
    parser.addPositional(QStringLiteral("FILE"), QStringLiteral("the file being imported"), ArgumentParser::Role::Input);
    const QStringList valued{"profile",     "save-profile", "encoding",   "delimiter", "quote",
                             "header-row", "decimal", "thousands",    "layout",     "wide-field", "ranges",
                             "on-conflict", "map",          "default"};
    for (const QString& name : valued)
        parser.addOption(name, name, QStringLiteral("VALUE"));
    parser.addOption(QStringLiteral("db"), QStringLiteral("the project file"), QStringLiteral("PROJECT"),
                     ArgumentParser::Role::Project);
    parser.addOption(QStringLiteral("errors"), QStringLiteral("every refused row as CSV"), QStringLiteral("OUT.csv"),
                     ArgumentParser::Role::Output);
    parser.addOption(QStringLiteral("accept-valid"), QStringLiteral("import the valid rows even if others are refused"));
    parser.addOption(QStringLiteral("dry-run"), QStringLiteral("show what would be stored; change nothing"));
    QString problem = parser.parse(arguments, {QStringLiteral("db")});
    if (problem.isEmpty() && parser.positional().size() != 1)
        problem = QStringLiteral("import: expected one CSV file, e.g. mixshift import figures.csv --db my.mixshift");
    if (!problem.isEmpty())
        return console.usage(problem);

    const QString path = parser.positional().front();
    return console.guard([&] {
        if (!QFileInfo(path).isFile())
            throw Error(QStringLiteral("%1: no such file").arg(path));
        const auto project = Project::open(parser.value(QStringLiteral("db")));
        Catalog catalog(project->db());
        ImportProfiles profiles(project->db());

        // The file's format: sniffed, then what the user says.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
        const QByteArray sample = file.read(64 * 1024);
        const bool wholeFile = file.atEnd();
        SniffResult sniff = CsvSniffer::sniffBytes(sample, wholeFile);

        QString mappingOrigin = QStringLiteral("guessed from the header");
        std::optional<ImportMapping> profile;
        QString profileName = parser.value(QStringLiteral("profile"));
        if (!profileName.isEmpty()) {
            profile = profiles.load(profileName);
            if (!profile)
                throw Error(QStringLiteral("import: no profile '%1' in this project (profiles: %2)")
                                .arg(profileName, profiles.names().join(QStringLiteral(", "))));
            mappingOrigin = QStringLiteral("profile '%1'").arg(profileName);
        } else if (const QStringList matching = profiles.forHeader(sniff.header); !matching.isEmpty()) {
            profileName = matching.front();
            profile = profiles.load(profileName);
            mappingOrigin = QStringLiteral("profile '%1' (saved for this header)").arg(profileName);
        }
        CsvFormat format = profile ? profile->format : sniff.format;
        int headerRecord = profile ? profile->headerRecord : sniff.headerRecord;
        NumberFormat numbers = profile ? profile->numbers : sniff.numbers;
        bool formatChosen = profile.has_value();
        if (parser.isSet(QStringLiteral("encoding"))) {
            format.encoding = parser.value(QStringLiteral("encoding")).toLatin1();
            formatChosen = true;
        }
        if (parser.isSet(QStringLiteral("delimiter"))) {
            format.delimiter = delimiterFromText(parser.value(QStringLiteral("delimiter")));
            formatChosen = true;
        }
        if (parser.isSet(QStringLiteral("quote"))) {
            format.quote = separatorFromText(QStringLiteral("quote"), parser.value(QStringLiteral("quote")));
            formatChosen = true;
        }
        if (parser.isSet(QStringLiteral("header-row"))) {
            bool ok = false;
            headerRecord = parser.value(QStringLiteral("header-row")).toInt(&ok) - 1;
            if (!ok || headerRecord < 0)
                throw UsageError(QStringLiteral("import: --header-row takes the header's record number, 1 or more"));
            formatChosen = true;
        }
        if (parser.isSet(QStringLiteral("decimal")))
            numbers.decimal = separatorFromText(QStringLiteral("decimal"), parser.value(QStringLiteral("decimal")));
        if (parser.isSet(QStringLiteral("thousands")))
            numbers.thousands =
                separatorFromText(QStringLiteral("thousands"), parser.value(QStringLiteral("thousands")));
        if (formatChosen) {
            const QString basis = sniff.encodingBasis;
            sniff = CsvSniffer::resample(sample, format, headerRecord, numbers);
            if (format.encoding == sniff.format.encoding && !parser.isSet(QStringLiteral("encoding")))
                sniff.encodingBasis = basis;
        }
        sniff.numbers = numbers;

        ImportMapping mapping = profile ? *profile : MappingGuesser::guess(sniff, catalog);
        mapping.format = format;
        mapping.headerRecord = headerRecord;
        mapping.numbers = numbers;
        mapping.columns.resize(sniff.header.size(), ImportField::Ignore);
        if (parser.isSet(QStringLiteral("layout"))) {
            const QString layout = parser.value(QStringLiteral("layout"));
            if (layout != QLatin1String("long") && layout != QLatin1String("wide"))
                throw UsageError(QStringLiteral("import: --layout must be long or wide, not '%1'").arg(layout));
            mapping.layout = layout == QLatin1String("wide") ? ImportLayout::Wide : ImportLayout::Long;
        }
        if (parser.isSet(QStringLiteral("wide-field"))) {
            mapping.wideField = fieldNamed(QStringLiteral("wide-field"), parser.value(QStringLiteral("wide-field")));
            mapping.layout = ImportLayout::Wide;
        }
        for (const QString& entry : parser.values(QStringLiteral("map"))) {
            const auto [column, field] = keyValue(QStringLiteral("map"), entry);
            mapping.columns[columnIndex(sniff.header, column)] = fieldNamed(QStringLiteral("map"), field);
        }
        for (const QString& entry : parser.values(QStringLiteral("default"))) {
            const auto [field, value] = keyValue(QStringLiteral("default"), entry);
            mapping.defaults.insert(fieldNamed(QStringLiteral("default"), field), value);
        }
        if (parser.isSet(QStringLiteral("ranges")))
            mapping.ranges = rangeRuleNamed(parser.value(QStringLiteral("ranges")));

        ImportOptions options;
        options.policy = policyNamed(parser.isSet(QStringLiteral("on-conflict"))
                                         ? parser.value(QStringLiteral("on-conflict"))
                                         : QStringLiteral("revision"));
        options.acceptValid = parser.isSet(QStringLiteral("accept-valid"));
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.profileName = profileName;
        if (const QString saveAs = parser.value(QStringLiteral("save-profile")); !saveAs.isEmpty())
            options.saveProfile = ProfileToSave{saveAs, sniff.header};

        // Opened before the import, so a path that cannot be written stops it before anything changes.
        std::unique_ptr<OutputFile> errors;
        if (parser.isSet(QStringLiteral("errors"))) {
            errors = std::make_unique<OutputFile>(parser.value(QStringLiteral("errors")));
            errors->write(CsvWriter::record({"file", "line", "column", "column_name", "text", "reason"}));
            options.onRejection = [&](const Rejection& r) {
                errors->write(CsvWriter::record({QFileInfo(path).fileName(), QString::number(r.line),
                                                 QString::number(r.column), r.columnName, r.text, r.reason}));
            };
        }
        if (options.dryRun) {
            console.out << CsvWriter::record({"line", "provider", "metric", "market", "category", "period", "start",
                                              "end", "value", "unit", "stated_unit", "qualifier", "original_text",
                                              "source", "outcome"});
            options.onValue = [&](const ImportedValue& v) {
                console.out << CsvWriter::record({QString::number(v.line), v.provider, v.metric, v.market, v.category,
                                                  v.periodLabel, v.start.toString(Qt::ISODate),
                                                  v.end.toString(Qt::ISODate), valueText(v.value), v.baseUnit,
                                                  v.statedUnit, v.qualifier, v.originalText, v.source, v.outcome});
            };
            console.out << '\n';
        }

        Importer importer(project->db());
        const ImportSummary s = importer.run(path, mapping, options);
        if (errors) {
            try {
                errors->commit();
            } catch (const Error& error) {
                throw Error(error.message() + (s.committed && !s.dryRun
                                                   ? QStringLiteral(" (the import itself was committed)")
                                                   : QStringLiteral(" (the project is unchanged)")),
                            error.details());
            }
        }

        QStringList valueHeaders;
        for (const int c : mapping.valueColumns())
            valueHeaders << sniff.header.value(c);
        // What came from the file or the project is shown escaped (a name may hold terminal control sequences),
        // names and cells clipped too (one may be megabytes long).
        const auto shown = TerminalText::escaped;
        const auto clipped = [](const QString& text) { return TerminalText::clipped(text, shownColumns); };
        console.out << "file: " << shown(path) << '\n'
                    << "sha256: " << s.sha256 << '\n'
                    << "encoding: " << QString::fromLatin1(format.encoding) << " (" << sniff.encodingBasis << ")\n"
                    << "delimiter: " << describeChar(format.delimiter) << ", quote: " << describeChar(format.quote)
                    << ", header: record " << headerRecord + 1 << '\n'
                    << "numbers: decimal " << describeChar(numbers.decimal) << ", thousands "
                    << describeChar(numbers.thousands) << '\n'
                    << "layout: "
                    << (mapping.layout == ImportLayout::Wide
                            ? QStringLiteral("wide, value columns headed by %1: %2")
                                  .arg(fieldKey(mapping.wideField), shown(valueHeaders.join(QStringLiteral(", "))))
                            : QStringLiteral("long"))
                    << '\n'
                    << "mapping: " << shown(mappingOrigin) << '\n';
        for (const QString& earlier : s.earlierImports)
            console.out << "same file imported before: " << shown(earlier) << '\n';
        console.out << "rows read: " << s.rowsRead << '\n'
                    << "values imported: " << s.valuesImported << '\n'
                    << "values skipped: " << s.skipped + s.unchanged + s.missing << " (missing " << s.missing
                    << ", unchanged " << s.unchanged << ", conflicts kept as stored " << s.skipped << ")\n"
                    << "rows rejected: " << s.rowsRejected << '\n'
                    << "conflicts: " << s.conflicts << " (revised " << s.revised << ", overwritten " << s.overwritten
                    << ", skipped " << s.skipped << ")\n";
        const auto listNew = [&](const char* what, const QStringList& names) {
            if (names.isEmpty())
                return;
            QStringList clippedNames;
            for (const QString& name : names.mid(0, shownNames))
                clippedNames << clipped(name);
            console.out << "new " << what << ": " << clippedNames.join(QStringLiteral(", "));
            if (names.size() > shownNames)
                console.out << " and " << names.size() - shownNames << " more";
            console.out << '\n';
        };
        listNew("providers", s.newProviders);
        listNew("metrics", s.newMetrics);
        listNew("markets", s.newMarkets);
        for (int i = 0; i < s.rejections.size() && i < shownRejections; ++i) {
            const Rejection& r = s.rejections[i];
            console.out << "rejected: line " << r.line;
            if (r.column > 0)
                console.out << ", column " << r.column << " (" << clipped(r.columnName) << ")";
            if (!r.text.isEmpty())
                console.out << ", '" << clipped(r.text) << "'";
            console.out << ": " << shown(r.reason) << '\n';
        }
        if (s.rowsRejected > shownRejections)
            console.out << "… and more rejections"
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
        console.out << "result: " << result << '\n' << "seconds: " << QString::number(s.seconds, 'f', 3) << '\n';
        return s.rowsRejected > 0 && !options.acceptValid ? Failure : Success;
    });
}

} // namespace mixshift::cli
