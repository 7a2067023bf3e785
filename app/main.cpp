#include "StartupProject.h"
#include "cli/CommandLine.h"

#include "AppSettings.h"
#include "Error.h"
#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MixShift"));
    QCoreApplication::setApplicationName(QStringLiteral("mixshift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIXSHIFT_VERSION));
}

QStringList rawArguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace mixshift;
    const QStringList arguments = rawArguments(argc, argv);
    if (CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return CommandLine::run(app.arguments());
    }
    if (const QString problem = CommandLine::checkGuiArguments(arguments); !problem.isEmpty()) {
        std::fprintf(stderr, "mixshift: %s\n", qPrintable(problem));
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("MixShift"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mixshift.svg")));

    QSettings settings;
    AppSettings appSettings(settings);
    MainWindow window(appSettings);
    window.show();
    try {
        window.openProject(StartupProject::choose(app.arguments(), appSettings));
    } catch (const Error& error) {
        QMessageBox::warning(&window, QApplication::applicationDisplayName(),
                             QObject::tr("The sample project could not be created: %1").arg(error.message()));
    }
    return app.exec();
}
