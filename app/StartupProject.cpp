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
    for (const QString& recent : settings.recentFiles()) {
        if (QFileInfo::exists(recent))
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
