#include "ArgumentParser.h"

#include "Error.h"
#include "store/Project.h"

#include <QTextStream>

namespace mixshift::cli {

ArgumentParser::ArgumentParser(const QString& command)
    : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void ArgumentParser::addOption(const QString& name, const QString& description, const QString& valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void ArgumentParser::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
}

QString ArgumentParser::parse(const QStringList& arguments, const QStringList& requiredOptions)
{
    if (!m_parser.parse(arguments))
        return QStringLiteral("%1: %2").arg(m_command, m_parser.errorText());
    for (const QString& option : requiredOptions) {
        if (!m_parser.isSet(option))
            return QStringLiteral("%1: --%2 is required").arg(m_command, option);
    }
    return {};
}

std::pair<QString, QString> splitNameValue(const QString& option, const QString& text)
{
    const int equals = static_cast<int>(text.indexOf(QLatin1Char('=')));
    if (equals <= 0)
        throw Error(QStringLiteral("--%1 takes NAME=VALUE, not '%2'").arg(option, text));
    return {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

int runOnProject(ArgumentParser& parser, const QStringList& arguments, Console console,
                 const std::function<int(Project&)>& body)
{
    parser.addOption(QStringLiteral("db"), QStringLiteral("the project file"), QStringLiteral("PROJECT"));
    if (const QString problem = parser.parse(arguments, {QStringLiteral("db")}); !problem.isEmpty()) {
        console.err << "mixshift: " << problem << '\n';
        return BadArguments;
    }
    try {
        const auto project = Project::open(parser.value(QStringLiteral("db")));
        return body(*project);
    } catch (const Error& error) {
        console.err << "mixshift: " << error.message() << '\n';
        return Failure;
    }
}

} // namespace mixshift::cli
