#include "OutputFile.h"

#include "Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mixshift {

namespace {

QString fileErrorName(QFileDevice::FileError error)
{
    switch (error) {
    case QFileDevice::NoError:
        return QStringLiteral("no error");
    case QFileDevice::WriteError:
        return QStringLiteral("write error");
    case QFileDevice::OpenError:
        return QStringLiteral("open error");
    case QFileDevice::ResourceError:
        return QStringLiteral("resource error");
    case QFileDevice::PermissionsError:
        return QStringLiteral("permissions error");
    case QFileDevice::RenameError:
        return QStringLiteral("rename error");
    default:
        return QStringLiteral("file error %1").arg(static_cast<int>(error));
    }
}

} // namespace

OutputFile::OutputFile(const QString& path)
    : m_path(path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        throw Error(tr("%1: cannot be written: the folder %2 does not exist").arg(path, folder));
    // A device or a FIFO is not a file a temporary one could replace (and renaming over /dev/… would remove the
    // device): write to it directly.
    m_direct = info.exists() && !info.isFile() && !info.isDir();
    if (m_direct) {
        m_file = std::make_unique<QFile>(path);
    } else {
        m_file = std::make_unique<QSaveFile>(path);
    }
    if (!m_file->open(QIODevice::WriteOnly))
        throw Error(tr("%1: cannot be written: %2").arg(path, m_file->errorString()),
                    QStringLiteral("QFileDevice::FileError %1 (%2) on open")
                        .arg(static_cast<int>(m_file->error()))
                        .arg(fileErrorName(m_file->error())));
}

OutputFile::~OutputFile()
{
    if (auto* save = qobject_cast<QSaveFile*>(m_file.get()); save && save->isOpen())
        save->cancelWriting(); // the destructor then removes the temporary file
}

void OutputFile::write(const QByteArray& bytes)
{
    if (failed())
        return;
    if (m_file->write(bytes) != bytes.size())
        m_problem = m_file->errorString();
}

void OutputFile::write(const QString& text)
{
    write(text.toUtf8());
}

void OutputFile::commit()
{
    // QIODevice buffers: the last bytes reach the disk only now, so a full disk often shows here.
    if (!failed() && !m_file->flush())
        m_problem = m_file->errorString();
    if (failed())
        fail(m_problem);
    if (m_direct) {
        m_file->close();
        return;
    }
    auto* save = static_cast<QSaveFile*>(m_file.get());
    if (!save->commit())
        fail(save->errorString());
}

void OutputFile::fail(const QString& problem)
{
    const QString details = QStringLiteral("QFileDevice::FileError %1 (%2)")
                                .arg(static_cast<int>(m_file->error()))
                                .arg(fileErrorName(m_file->error()));
    if (auto* save = qobject_cast<QSaveFile*>(m_file.get()); save && save->isOpen()) {
        save->cancelWriting();
        save->commit(); // discards the temporary file: the target stays as it was
    } else if (m_file->isOpen()) {
        m_file->close();
    }
    throw Error((m_direct ? tr("%1: cannot be written: %2; the output is incomplete")
                          : tr("%1: cannot be written: %2; nothing was saved"))
                    .arg(m_path, problem),
                details);
}

void OutputFile::save(const QString& path, const QByteArray& bytes)
{
    OutputFile file(path);
    file.write(bytes);
    file.commit();
}

} // namespace mixshift
