#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace mixshift {

/// The application's remembered state — window layout, recent projects, last folder — behind typed accessors.
/// Takes the QSettings to use, so tests can hand it an INI file.
class AppSettings
{
public:
    static constexpr int maxRecentFiles = 8;

    explicit AppSettings(QSettings& settings);

    QStringList recentFiles() const;
    /// Puts `path` first in the recent list (once), dropping the oldest beyond maxRecentFiles.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString lastDirectory() const;
    void setLastDirectory(const QString& directory);

private:
    QSettings& m_settings;
};

} // namespace mixshift
