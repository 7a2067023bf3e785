#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <unistd.h>

// A folder made read-only the way that holds even for root: a read-only bind mount where mounting is allowed
// (root, as in CI), otherwise file modes.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString& source)
        : m_source(source)
    {
        if (geteuid() != 0) {
            QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            m_path = source;
            return;
        }
        BOOST_REQUIRE(QDir().mkpath(m_mountPoint.path()));
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), source, m_mountPoint.path()}) == 0) {
            m_mounted = true;
            if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"),
                                                            m_mountPoint.path()}) == 0)
                m_path = m_mountPoint.path();
        }
    }
    ~ReadOnlyFolder()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mountPoint.path()});
        if (geteuid() != 0)
            QFile::setPermissions(m_source, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    /// Empty when the folder could not be made read-only here.
    const QString& path() const { return m_path; }

private:
    QString m_source;
    QTemporaryDir m_mountPoint;
    QString m_path;
    bool m_mounted = false;
};

