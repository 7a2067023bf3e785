#include "OutputGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace mixshift::OutputGuard {

namespace {

// Where a chain of symbolic links ends, even when the file at its end does not exist (yet).
QString followLinks(const QString& path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 64 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

// The path as the file system names the file: canonical when it exists, else its folder's canonical path and
// its name.
QString normalized(const QString& path)
{
    const QFileInfo info(followLinks(path));
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + QLatin1Char('/') + info.fileName();
}

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

bool sameFile(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (QFileInfo::exists(a) && QFileInfo::exists(b)) {
        // Device and inode: hard links too.
        std::error_code error;
        const bool same = std::filesystem::equivalent(nativePath(a), nativePath(b), error);
        if (!error)
            return same;
    }
    return normalized(a) == normalized(b);
}

QVector<GuardedFile> projectFiles(const QString& project)
{
    QVector<GuardedFile> files;
    if (project.isEmpty())
        return files;
    QStringList bases{project};
    const QString target = followLinks(project);
    if (target != QFileInfo(project).absoluteFilePath())
        bases << target;
    for (const QString& base : bases) {
        files.append({base, QCoreApplication::translate("OutputGuard", "the project")});
        files.append({base + QStringLiteral("-wal"), QCoreApplication::translate("OutputGuard", "the project's write-ahead log")});
        files.append({base + QStringLiteral("-shm"), QCoreApplication::translate("OutputGuard", "the project's shared-memory file")});
        files.append({base + QStringLiteral("-journal"), QCoreApplication::translate("OutputGuard", "the project's journal")});
    }
    return files;
}

QString problem(const QString& option, const QString& output, const QVector<GuardedFile>& guarded)
{
    for (const GuardedFile& file : guarded) {
        if (sameFile(output, file.path))
            //: %1 is an option (--csv, --errors, --out), %2 the file given with it, %3 what that file is, %4 its path
            return QCoreApplication::translate("OutputGuard",
                                               "%1 %2 would overwrite %3 (%4); choose another output file (nothing "
                                               "was written)")
                .arg(option, output, file.what, file.path);
    }
    return {};
}

} // namespace mixshift::OutputGuard
