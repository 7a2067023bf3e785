#include "StartupProject.h"
#include "cli/CommandLine.h"

#include "AppSettings.h"
#include "Error.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QFont>
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

// Headless drawing without XDG_RUNTIME_DIR makes Qt say so on stderr, where a command's one-line errors go.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

// No ligatures where a script does not need them: "fi" in a chart's or a report's PDF stays two letters, which a
// search for "figures" finds and a copy keeps.
void withoutCosmeticLigatures()
{
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);
}

// The application's arguments without `--lang`, which was read before the application existed.
QStringList argumentsWithoutLanguage()
{
    QStringList arguments = QCoreApplication::arguments();
    mixshift::Language::takeOption(arguments);
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace mixshift;
    QStringList arguments = rawArguments(argc, argv);
    QString language;
    try {
        language = Language::takeOption(arguments);
    } catch (const Error& error) {
        std::fprintf(stderr, "mixshift: %s\n", qPrintable(error.message()));
        return 2;
    }
    if (CommandLine::isHeadless(arguments)) {
        if (CommandLine::needsGui(arguments)) {
            // Drawing needs a GUI application; without a display, Qt's offscreen platform serves.
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            qInstallMessageHandler(quietMessages);
            QApplication app(argc, argv);
            setIdentity();
            withoutCosmeticLigatures();
            Language::install(language);
            return CommandLine::run(argumentsWithoutLanguage());
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        Language::install(language);
        return CommandLine::run(argumentsWithoutLanguage());
    }
    // A wrong argument is told first, also without a display, and in the language asked for: a core
    // application (no display needed) carries the translation for that one line.
    if (!CommandLine::checkGuiArguments(arguments).isEmpty()) {
        QCoreApplication app(argc, argv);
        Language::install(language);
        std::fprintf(stderr, "mixshift: %s\n", qPrintable(CommandLine::checkGuiArguments(arguments)));
        return 2;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a display Qt would abort with a page of advice; one line says what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "mixshift: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
                             "set); the headless commands work without one: mixshift --help\n");
        return 2;
    }
#endif

    QApplication app(argc, argv);
    setIdentity();
    withoutCosmeticLigatures();
    QApplication::setApplicationDisplayName(QStringLiteral("MixShift"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mixshift.svg")));

    QSettings settings;
    AppSettings appSettings(settings);
    // The command line's language, else the one chosen in Preferences, else the system's.
    if (language.isEmpty())
        language = appSettings.language();
    Language::install(language);
    PreferencesDialog::applyAtOnce(appSettings);
    MainWindow window(appSettings);
    window.show();
    try {
        // Nothing to open (no recent project, and the preferences say not the sample): the window starts empty.
        if (const QString path = StartupProject::choose(argumentsWithoutLanguage(), appSettings); !path.isEmpty())
            window.openProject(path);
    } catch (const Error& error) {
        QMessageBox::warning(&window, QApplication::applicationDisplayName(),
                             QObject::tr("The sample project could not be created: %1").arg(error.message()));
    }
    return app.exec();
}
