#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QFileDevice;

namespace mixshift {

/// A file written whole or not at all. The bytes go to a temporary file beside the target (QSaveFile), which
/// takes the target's name only when every write succeeded: a full disk or a missing folder leaves neither an
/// empty nor a partial file, and an earlier file of that name as it was. A device or a pipe (`/dev/stdout`, a
/// FIFO) cannot be replaced by a rename; it is written directly, every write still checked.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    /// Opens `path` for writing; throws Error naming it when it cannot be created there.
    explicit OutputFile(const QString& path);
    /// Without commit(), what was written is discarded.
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Never throws, so it can serve in callbacks: a failure is remembered and reported by commit().
    void write(const QByteArray& bytes);
    /// As UTF-8.
    void write(const QString& text);
    /// True once a write failed; later writes are skipped.
    bool failed() const { return !m_problem.isEmpty(); }

    /// Makes the file appear with everything written; throws Error naming it (and leaves no file) when any
    /// write failed or the file cannot take its name.
    void commit();

    const QString& path() const { return m_path; }

    /// `bytes` as the whole of `path`.
    static void save(const QString& path, const QByteArray& bytes);

private:
    [[noreturn]] void fail(const QString& problem);

    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    bool m_direct = false;
    QString m_problem;
};

} // namespace mixshift
