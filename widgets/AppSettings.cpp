#include "AppSettings.h"

#include "i18n/Language.h"
#include "store/PostgresDatabase.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace mixshift {

namespace Key {
const QString recentFiles = QStringLiteral("files/recent");
const QString lastDirectory = QStringLiteral("files/lastDirectory");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString exportWidth = QStringLiteral("export/width");
const QString exportHeight = QStringLiteral("export/height");
const QString exportScale = QStringLiteral("export/scale");
const QString exportTransparent = QStringLiteral("export/transparent");
const QString exportUnit = QStringLiteral("export/unit");
const QString reportAuthor = QStringLiteral("report/author");
const QString conflictPolicy = QStringLiteral("import/conflictPolicy");
const QString openSample = QStringLiteral("startup/openSample");
const QString language = QStringLiteral("interface/language");
const QString moneyDisplay = QStringLiteral("interface/moneyDisplay");
const QString appearance = QStringLiteral("interface/appearance");
} // namespace Key

AppSettings::AppSettings(QSettings& settings)
    : m_settings(settings)
{
}

ConflictPolicy AppSettings::conflictPolicy() const
{
    return conflictPolicyFromKey(m_settings.value(Key::conflictPolicy).toString()).value_or(ConflictPolicy::Revision);
}

void AppSettings::setConflictPolicy(ConflictPolicy policy)
{
    m_settings.setValue(Key::conflictPolicy, conflictPolicyKey(policy));
}

bool AppSettings::openSampleOnFirstStart() const
{
    return m_settings.value(Key::openSample, true).toBool();
}

void AppSettings::setOpenSampleOnFirstStart(bool open)
{
    m_settings.setValue(Key::openSample, open);
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(Key::language).toString();
    return Language::codes().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        m_settings.remove(Key::language);
    else
        m_settings.setValue(Key::language, code);
}

MoneyDisplay AppSettings::moneyDisplay() const
{
    return moneyDisplayFromKey(m_settings.value(Key::moneyDisplay).toString()).value_or(MoneyDisplay::ByCurrency);
}

void AppSettings::setMoneyDisplay(MoneyDisplay display)
{
    m_settings.setValue(Key::moneyDisplay, moneyDisplayKey(display));
}

Appearance AppSettings::appearance() const
{
    return appearanceFromKey(m_settings.value(Key::appearance).toString()).value_or(Appearance::System);
}

void AppSettings::setAppearance(Appearance appearance)
{
    m_settings.setValue(Key::appearance, appearanceKey(appearance));
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(Key::recentFiles).toStringList();
}

namespace {

// A file by its absolute path; a team store by its URI, never with a password in it.
QString recentEntry(const QString& location)
{
    return Project::isTeamStore(location) ? PostgresDatabase::shownUri(location) : QFileInfo(location).absoluteFilePath();
}

} // namespace

void AppSettings::addRecentFile(const QString& path)
{
    const QString entry = recentEntry(path);
    QStringList files = recentFiles();
    files.removeAll(entry);
    files.prepend(entry);
    m_settings.setValue(Key::recentFiles, files.mid(0, maxRecentFiles));
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(recentEntry(path));
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

QByteArray AppSettings::windowLayout(const QString& window, const QString& part) const
{
    return m_settings.value(QStringLiteral("windows/%1/%2").arg(window, part)).toByteArray();
}

void AppSettings::setWindowLayout(const QString& window, const QString& part, const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("windows/%1/%2").arg(window, part), state);
}

QString AppSettings::reportAuthor() const
{
    return m_settings.value(Key::reportAuthor).toString();
}

void AppSettings::setReportAuthor(const QString& author)
{
    m_settings.setValue(Key::reportAuthor, author);
}

QString AppSettings::lastDirectory() const
{
    return m_settings.value(Key::lastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastDirectory(const QString& directory)
{
    m_settings.setValue(Key::lastDirectory, directory);
}

ExportSize AppSettings::exportSize() const
{
    ExportSize size;
    size.width = m_settings.value(Key::exportWidth, size.width).toDouble();
    size.height = m_settings.value(Key::exportHeight, size.height).toDouble();
    size.scale = m_settings.value(Key::exportScale, size.scale).toDouble();
    size.transparent = m_settings.value(Key::exportTransparent, false).toBool();
    // A settings file edited by hand, or from another version, does not get to ask for an impossible size.
    return size.problem(false).isEmpty() ? size : ExportSize{};
}

QString AppSettings::exportUnit() const
{
    return m_settings.value(Key::exportUnit, QStringLiteral("px")).toString();
}

void AppSettings::setExportSize(const ExportSize& size, const QString& unit)
{
    m_settings.setValue(Key::exportWidth, size.width);
    m_settings.setValue(Key::exportHeight, size.height);
    m_settings.setValue(Key::exportScale, size.scale);
    m_settings.setValue(Key::exportTransparent, size.transparent);
    m_settings.setValue(Key::exportUnit, unit);
}

} // namespace mixshift
