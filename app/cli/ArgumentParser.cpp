#include "ArgumentParser.h"

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

} // namespace mixshift::cli
