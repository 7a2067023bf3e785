#pragma once

#include "CsvSniffer.h"
#include "ImportMapping.h"
#include "ImportReport.h"
#include "ImportSource.h"
#include "Importer.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

namespace mixshift {

class Database;

/// What the user says about a file — each choice optional; what is left open is detected or guessed. The
/// command line's options and the wizard's controls both fill one of these.
struct ImportChoices
{
    /// A saved profile by name; empty: the profile saved for the file's header, if there is one.
    QString profile;
    /// Guess the mapping even when a profile is saved for the header.
    bool ignoreSavedProfile = false;
    std::optional<QByteArray> encoding;
    std::optional<QChar> delimiter;
    std::optional<QChar> quote;
    std::optional<bool> lenientQuotes;
    /// 0-based record index of the header.
    std::optional<int> headerRecord;
    std::optional<QChar> decimal;
    std::optional<QChar> thousands;
    std::optional<ImportLayout> layout;
    std::optional<ImportField> wideField;
    /// COLUMN → field, the column named by its header text or its 1-based number.
    QVector<std::pair<QString, ImportField>> columns;
    /// Columns left out, by header text or 1-based number.
    QStringList skip;
    QHash<ImportField, QString> defaults;
    std::optional<RangeRule> ranges;
    std::optional<PeriodLength> periodLength;
    std::optional<Aggregation> aggregation;
    /// Names not to match through an alias (--no-alias Amazon keeps Amazon apart from AWS).
    QStringList literalNames;
};

/// What the session made of a file before reading it whole: how it is written, the mapping, where the mapping
/// came from, and what was detected or guessed (one sentence each, for the summary and the wizard).
struct ImportPlan
{
    /// What is read; a sheet or a pasted table holds its text, so the plan can be run again without the file.
    ImportSource source;
    QByteArray sample;
    bool wholeFile = false;
    SniffResult sniff;
    ImportMapping mapping;
    /// The profile the mapping came from; empty when it was guessed.
    QString profileName;
    QString mappingOrigin;
    QStringList notes;
    /// Profiles saved for this file's header, most recent first (the wizard offers them).
    QStringList profilesForHeader;
};

/// The one way into an import, for the command line and the wizard alike: plan() reads the file's start and
/// works out format and mapping (from the choices, a saved profile, or guesses); run() reads the whole file.
/// A dry run (options.dryRun, also the wizard's previews with options.maxRows) only reads the project — no write
/// lock. A real run writes the matched aliases, new names, the profile to save and the values in one
/// transaction: all of it, or (failure, cancel, refused rows) nothing.
namespace ImportSession {

/// Throws Error for a file that cannot be read, a profile that does not exist, a column the header lacks.
ImportPlan plan(Database& db, const ImportSource& source, const ImportChoices& choices);

ImportSummary run(Database& db, const ImportPlan& plan, const ImportOptions& options,
                  ImportMonitor* monitor = nullptr);

} // namespace ImportSession

} // namespace mixshift
