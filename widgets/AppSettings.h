#pragma once

#include "Appearance.h"
#include "domain/Unit.h"
#include "io/ExportSize.h"
#include "store/ObservationStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace mixshift {

/// The application's remembered state — window layouts, recent projects, last folder, export size, a report's
/// author — behind typed accessors.
/// Takes the QSettings to use, so tests can hand it an INI file.
class AppSettings
{
public:
    static constexpr int maxRecentFiles = 8;

    explicit AppSettings(QSettings& settings);

    QStringList recentFiles() const;
    /// Puts `path` first in the recent list (once), dropping the oldest beyond maxRecentFiles: a file by its
    /// absolute path, a team store by its URI without a password.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString lastDirectory() const;
    void setLastDirectory(const QString& directory);

    /// The size the last chart was exported at (the defaults at first), and the unit it was given in
    /// ("px", "mm", "in").
    ExportSize exportSize() const;
    QString exportUnit() const;
    void setExportSize(const ExportSize& size, const QString& unit);

    /// A part of a workspace window's layout as it was left ("geometry", "splitter0", …); empty when never saved.
    QByteArray windowLayout(const QString& window, const QString& part) const;
    void setWindowLayout(const QString& window, const QString& part, const QByteArray& state);

    /// Preferences: what the import wizard proposes when a value is already stored (revision at first).
    ConflictPolicy conflictPolicy() const;
    void setConflictPolicy(ConflictPolicy policy);
    /// Preferences: with no recent project, whether the app starts on the sample project (yes at first) or empty.
    bool openSampleOnFirstStart() const;
    void setOpenSampleOnFirstStart(bool open);

    /// Preferences: the interface's language (a Language code, read at start), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString& code);
    /// Preferences: the scale money is shown in (by currency at first).
    MoneyDisplay moneyDisplay() const;
    void setMoneyDisplay(MoneyDisplay display);
    /// Preferences: the window's colours (the system's at first).
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    /// Who the last report was by, for the next one's title page.
    QString reportAuthor() const;
    void setReportAuthor(const QString& author);

private:
    QSettings& m_settings;
};

} // namespace mixshift
