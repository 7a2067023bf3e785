#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>

namespace mixshift {

/// A cell as messages quote it: at most 80 characters, a longer one cut with how long it was, so that a
/// refused 30 MB cell is not echoed whole.
inline QString cellExcerpt(const QString& text)
{
    constexpr qsizetype shown = 80;
    if (text.size() <= shown)
        return text;
    //: after a cell cut short in a message: "…" follows the cell's first 80 characters
    return text.left(shown) + QCoreApplication::translate("ImportReport", "… (%1 characters)").arg(text.size());
}

/// A row (or one value of a wide row) the importer refused: where it is and why. `text` is a cellExcerpt().
struct Rejection
{
    qint64 line = 0;
    /// 1-based column of the offending cell; 0 when the whole row is at fault.
    int column = 0;
    QString columnName;
    QString text;
    QString reason;
};

/// Rejections of one column for one reason, counted: a column of 5,000 unreadable cells is one line.
struct RejectionGroup
{
    int column = 0;
    QString columnName;
    QString reason;
    /// Rejections: one per refused value (a row of five values without a provider counts five).
    qint64 count = 0;
    /// The rows they were found on.
    qint64 rows = 0;
    qint64 firstLine = 0;
    qint64 lastLine = 0;
    QString firstText;
};

/// A name in the file matched through an alias to a differently named provider or metric (Amazon → AWS).
struct NameMatch
{
    QString written;
    QString matched;
    /// "provider" or "metric"
    QString kind;

    bool operator==(const NameMatch& other) const
    {
        return written == other.written && matched == other.matched && kind == other.kind;
    }
};

/// One value as it is (or would be, in a dry run) stored.
struct ImportedValue
{
    qint64 line = 0;
    QString provider;
    QString metric;
    QString market;
    QString category;
    QString periodLabel;
    QDate start;
    QDate end;
    double value = 0;
    QString baseUnit;
    QString statedUnit;
    QString qualifier;
    QString originalText;
    QString source;
    bool revision = false;
    /// inserted, revised, overwritten, skipped or unchanged
    QString outcome;
};

/// What an import did. `committed` is false for dry runs, cancels, and imports refused because rows were.
struct ImportSummary
{
    static constexpr int maxRejectionGroups = 200;

    QString fileName;
    QString sha256;
    /// The batch the import was recorded as, once committed (`mixshift imports` lists it; undo removes it).
    std::int64_t batchId = 0;
    /// Earlier imports of a file with the same SHA-256: "name (date)".
    QStringList earlierImports;
    qint64 rowsRead = 0;
    qint64 valuesImported = 0;
    qint64 missing = 0;
    qint64 skipped = 0;
    qint64 unchanged = 0;
    qint64 rowsRejected = 0;
    qint64 conflicts = 0;
    qint64 revised = 0;
    qint64 overwritten = 0;
    QStringList newProviders;
    QStringList newMetrics;
    QStringList newMarkets;
    QVector<Rejection> rejections;
    bool rejectionsTruncated = false;
    /// Every rejection, grouped by column and reason (at most maxRejectionGroups groups).
    QVector<RejectionGroup> rejectionGroups;
    QVector<NameMatch> aliasMatches;
    /// What the run applied, one sentence each: units and their scales, lines kept when two map to one metric,
    /// values combined into periods, lines missing in every period.
    QStringList notes;
    bool committed = false;
    bool cancelled = false;
    bool dryRun = false;
    double seconds = 0;
};

} // namespace mixshift
