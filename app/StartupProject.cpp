#include "StartupProject.h"

#include "AppSettings.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mixshift::StartupProject {

QString samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample.mixshift");
}

QString choose(const QStringList& arguments, const AppSettings& settings)
{
    if (arguments.size() > 1)
        return arguments.at(1);
    // The last project still there; a team store is tried (the server may ask for a password, or be down).
    for (const QString& recent : settings.recentFiles()) {
        if (Project::isTeamStore(recent) || QFileInfo::exists(recent))
            return recent;
    }
    const QString sample = samplePath();
    if (!settings.openSampleOnFirstStart())
        return {};
    if (!QFileInfo::exists(sample)) {
        QDir().mkpath(QFileInfo(sample).absolutePath());
        SampleDataset::createProject(sample);
    }
    return sample;
}

} // namespace mixshift::StartupProject
