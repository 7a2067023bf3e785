#pragma once

#include <QString>
#include <QVector>

/// An output never overwrites an input. Before a command writes a file (`--csv`, `--errors`, `--out`), it asks
/// here whether that file is one it reads: the project itself or SQLite's files beside it (`-wal`, `-shm`,
/// `-journal`), or an input such as the CSV file being imported. Paths compare as the files they name, so a
/// symbolic link, a hard link or another spelling (`./x`, `../dir/x`) of the same file is caught.
namespace mixshift::OutputGuard {

/// A file a command reads, with the words a message uses for it ("the project", "the file being imported").
struct GuardedFile
{
    QString path;
    QString what;
};

/// The project and the files SQLite keeps beside it (next to the name given and, for a link, next to its target).
QVector<GuardedFile> projectFiles(const QString& project);

/// Why writing `output` (given as `option`, e.g. "--csv") would destroy one of `guarded` — one line naming both
/// and saying what to do — or an empty string when it is safe.
QString problem(const QString& option, const QString& output, const QVector<GuardedFile>& guarded);

/// Whether the two paths name the same file, existing or not (yet).
bool sameFile(const QString& a, const QString& b);

} // namespace mixshift::OutputGuard
