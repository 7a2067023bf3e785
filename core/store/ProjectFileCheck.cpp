#include "ProjectFileCheck.h"

#include "SqliteDatabase.h"
#include "Schema.h"
#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mixshift::ProjectFileCheck {

namespace {

constexpr int headerSize = 100;

quint32 bigEndian(const QByteArray& bytes, int offset, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | static_cast<quint8>(bytes[offset + i]);
    return value;
}

// "FILE: REASON". The reasons are translated; the "FILE: " before them is not, as checkContent() tells its own
// refusals by it.
[[noreturn]] void refuse(const QString& path, const QString& reason)
{
    throw Error(QStringLiteral("%1: %2").arg(path, reason));
}

// The 100-byte SQLite header says how big the file must be; a shorter file was cut off — unless a -wal file
// beside it holds the pages: a checkpoint interrupted (a kill, a full disk) updates the header before the
// file has grown. SQLite then reads those pages from the WAL, and the integrity check judges the whole.
void checkHeader(const QString& path, qint64 fileSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(path, QCoreApplication::translate("ProjectFileCheck", "cannot be read: %1").arg(file.errorString()));
    const QByteArray header = file.read(headerSize);
    if (header.size() < headerSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        refuse(path, QCoreApplication::translate("ProjectFileCheck", "is not a MixShift project (not a SQLite database)"));

    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        refuse(path, QCoreApplication::translate("ProjectFileCheck", "is corrupt (invalid page size %1 in the SQLite header)").arg(pageSize));

    const bool pageCountValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
    const qint64 pageCount = bigEndian(header, 28, 4);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walMayHoldPages = wal.exists() && wal.size() > 0;
    if (pageCountValid && pageCount > 0 && pageCount * pageSize > fileSize && !walMayHoldPages)
        refuse(path, QCoreApplication::translate("ProjectFileCheck", "is truncated (the header says %1 bytes, the file has %2)")
                         .arg(pageCount * pageSize)
                         .arg(fileSize));
}

void checkContent(const QString& path)
{
    try {
        // With a -wal file beside it, the file's latest state includes the WAL, which only a normal read-only
        // connection sees; without one, immutable mode reads the file without creating anything next to it.
        const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
        SqliteDatabase db(path, hasWal ? SqliteDatabase::Access::ReadOnly : SqliteDatabase::Access::Inspect);
        Statement check = db.prepare("PRAGMA quick_check");
        if (!check.step() || check.text(0) != QLatin1String("ok"))
            refuse(path, QCoreApplication::translate("ProjectFileCheck", "is corrupt (SQLite integrity check: %1)").arg(check.text(0)));

        const auto applicationId = db.scalar("PRAGMA application_id");
        const auto version = db.scalar("PRAGMA user_version");
        if (applicationId == Schema::applicationId) {
            if (version <= 0)
                refuse(path, QCoreApplication::translate("ProjectFileCheck",
                                                         "is damaged: a MixShift project without a schema version; "
                                                         "restore it from a backup"));
            if (version > Schema::currentVersion())
                refuse(path, QCoreApplication::translate("ProjectFileCheck",
                                                         "was written by a newer MixShift (schema version %1; this "
                                                         "version reads up to %2); open it with a newer MixShift")
                                 .arg(version)
                                 .arg(Schema::currentVersion()));
            return;
        }
        if (applicationId != 0 || db.scalar("SELECT count(*) FROM sqlite_schema") != 0)
            refuse(path, QCoreApplication::translate("ProjectFileCheck",
                                                     "is a SQLite database of another application, not a MixShift "
                                                     "project"));
        refuse(path, QCoreApplication::translate("ProjectFileCheck",
                                                 "is an empty SQLite database, not a MixShift project; create a "
                                                 "project with mixshift init or File › New Project"));
    } catch (const Error& error) {
        if (error.message().startsWith(path + QLatin1Char(':')) && error.details().isEmpty())
            throw;
        throw Error(QCoreApplication::translate("ProjectFileCheck",
                                                "%1: is corrupt or not a MixShift project; it was left unchanged")
                        .arg(path),
                    error.details().isEmpty() ? error.message() : error.details());
    }
}

} // namespace

void ensureOpenable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        refuse(path, QCoreApplication::translate("ProjectFileCheck", "does not exist"));
    if (!info.isFile())
        refuse(path, QCoreApplication::translate("ProjectFileCheck", "is not a file"));
    if (info.size() == 0)
        refuse(path, QCoreApplication::translate("ProjectFileCheck",
                                                 "is empty (0 bytes), not a MixShift project; create a project with "
                                                 "mixshift init or File › New Project"));
    checkHeader(path, info.size());
    checkContent(path);
}

} // namespace mixshift::ProjectFileCheck
