#pragma once

#include "ImportMapping.h"
#include "ImportReport.h"
#include "store/ObservationStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace mixshift {

class Database;
class ImportSource;

/// A mapping to keep in the project under a name, offered again for files with this header.
struct ProfileToSave
{
    QString name;
    QStringList header;
};

struct ImportOptions
{
    ConflictPolicy policy = ConflictPolicy::Revision;
    /// Store the valid rows even when others are refused (by default nothing is stored then).
    bool acceptValid = false;
    /// Read, map and check everything, then roll back.
    bool dryRun = false;
    QString profileName;
    /// Stop after this many data rows (previews); negative for all.
    qint64 maxRows = -1;
    /// Compute the file's SHA-256 to recognise a file imported before (previews, with maxRows, skip it).
    bool recognizeFile = true;
    /// Called for every value stored (or, in a dry run, that would be).
    std::function<void(const ImportedValue&)> onValue;
    /// Called for every refused row or value, also beyond those the summary keeps.
    std::function<void(const Rejection&)> onRejection;
    /// Names in the file matched to known providers and metrics (alias → id). They are added inside the import's
    /// transaction before the file is read, so its rows find them, and they stay only when the import commits.
    QHash<QString, std::int64_t> providerAliases;
    QHash<QString, std::int64_t> metricAliases;
    /// The mapping saved as a profile in the import's transaction: only when the import commits.
    std::optional<ProfileToSave> saveProfile;
};

/// Told about progress from the importing thread; may ask to cancel.
class ImportMonitor
{
public:
    virtual ~ImportMonitor() = default;
    virtual void progress(qint64 rowsRead, qint64 bytesRead, qint64 bytesTotal) = 0;
    virtual bool cancelRequested() const = 0;
};

/// The one import entry point, used by the wizard and the command line alike: reads a CSV file through a
/// mapping into the project in a single transaction (or a sheet or pasted table, see ImportSource), records the import batch, and reports what happened to
/// every row. A failure, a cancel or refused rows (unless acceptValid) leave the project exactly as it was.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    /// Rejections kept in the summary; onRejection sees all of them.
    static constexpr int keptRejections = 10000;

    explicit Importer(Database& db);

    ImportSummary run(const ImportSource& source, const ImportMapping& mapping, const ImportOptions& options,
                      ImportMonitor* monitor = nullptr);
    /// The same for a file: ImportSource::file(path), a workbook's first sheet.
    ImportSummary run(const QString& path, const ImportMapping& mapping, const ImportOptions& options,
                      ImportMonitor* monitor = nullptr);

private:
    Database& m_db;
};

} // namespace mixshift
