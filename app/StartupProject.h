#pragma once

#include <QString>
#include <QStringList>

namespace mixshift {

class AppSettings;

/// Which project the GUI opens at start: the one named on the command line, else the most recent one that
/// still exists, else the bundled sample project (built from the datasets on first start).
namespace StartupProject {

QString samplePath();
/// The path to open; creates the sample project when it is the choice and does not exist yet (throws Error).
/// Empty when there is no recent project and the preferences say not to open the sample.
QString choose(const QStringList& arguments, const AppSettings& settings);

} // namespace StartupProject

} // namespace mixshift
