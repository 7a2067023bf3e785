#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace mixshift {

namespace Key {
const QString recentFiles = QStringLiteral("files/recent");
const QString lastDirectory = QStringLiteral("files/lastDirectory");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
} // namespace Key

AppSettings::AppSettings(QSettings& settings)
    : m_settings(settings)
{
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(Key::recentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(Key::recentFiles, files.mid(0, maxRecentFiles));
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(Key::recentFiles, files);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(Key::windowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(Key::windowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(Key::windowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(Key::windowState, state);
}

QString AppSettings::lastDirectory() const
{
    return m_settings.value(Key::lastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString& directory)
{
    m_settings.setValue(Key::lastDirectory, directory);
}

} // namespace mixshift
