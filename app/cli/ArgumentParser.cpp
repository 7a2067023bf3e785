#include "ArgumentParser.h"

#include "Error.h"
#include "store/Project.h"

#include <QTextStream>

#include <cmath>

namespace mixshift::cli {

ArgumentParser::ArgumentParser(const QString& command)
    : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void ArgumentParser::addOption(const QString& name, const QString& description, const QString& valueName, Role role)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    if (role != Role::Plain)
        m_fileOptions.append({name, description, role});
}

void ArgumentParser::addPositional(const QString& name, const QString& description, Role role)
{
    m_parser.addPositionalArgument(name, description);
    m_positionals.append({name, description, role});
}

void ArgumentParser::requireOneOf(const QString& option, const QStringList& allowed)
{
    m_choices.append({option, allowed});
}

QString ArgumentParser::parse(const QStringList& arguments, const QStringList& requiredOptions)
{
    if (!m_parser.parse(arguments))
        return QStringLiteral("%1: %2").arg(m_command, m_parser.errorText());
    for (const QString& option : requiredOptions) {
        if (!m_parser.isSet(option))
            return QStringLiteral("%1: --%2 is required").arg(m_command, option);
    }
    for (const auto& [option, allowed] : m_choices) {
        if (m_parser.isSet(option) && !allowed.contains(m_parser.value(option)))
            return QStringLiteral("%1: --%2 must be %3, not '%4'")
                .arg(m_command, option,
                     allowed.size() == 2 ? allowed.join(QStringLiteral(" or "))
                                         : QStringLiteral("one of ") + allowed.join(QStringLiteral(", ")),
                     m_parser.value(option));
    }
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.size() > m_positionals.size())
        return QStringLiteral("%1: unexpected argument '%2' (try mixshift --help)")
            .arg(m_command, positionals.value(m_positionals.size()));
    return outputProblem();
}

QString ArgumentParser::outputProblem() const
{
    QVector<OutputGuard::GuardedFile> guarded;
    const auto guard = [&guarded](const FileArgument& argument, const QString& path) {
        if (argument.role == Role::Project)
            guarded += OutputGuard::projectFiles(path);
        else if (argument.role == Role::Input)
            guarded.append({path, argument.description});
    };
    for (const FileArgument& option : m_fileOptions)
        for (const QString& path : m_parser.values(option.name))
            guard(option, path);
    const QStringList positionals = m_parser.positionalArguments();
    for (int i = 0; i < positionals.size() && i < m_positionals.size(); ++i)
        guard(m_positionals[i], positionals[i]);
    for (const FileArgument& option : m_fileOptions) {
        if (option.role != Role::Output)
            continue;
        for (const QString& path : m_parser.values(option.name))
            if (const QString problem = OutputGuard::problem(QStringLiteral("--") + option.name, path, guarded);
                !problem.isEmpty())
                return QStringLiteral("%1: %2").arg(m_command, problem);
    }
    return {};
}

std::pair<QString, QString> splitNameValue(const QString& option, const QString& text)
{
    const int equals = static_cast<int>(text.indexOf(QLatin1Char('=')));
    if (equals <= 0)
        throw UsageError(QStringLiteral("--%1 takes NAME=VALUE, not '%2'").arg(option, text));
    return {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

double finiteNumber(const QString& what, const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw UsageError(QStringLiteral("%1: '%2' is not a finite number").arg(what, text));
    return value;
}

qint64 wholeNumber(const QString& what, const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high)
        throw UsageError(QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'").arg(what).arg(low).arg(high).arg(text));
    return value;
}

int runOnProject(ArgumentParser& parser, const QStringList& arguments, Console console,
                 const std::function<int(Project&)>& body, const std::function<bool()>& writes)
{
    parser.addOption(QStringLiteral("db"), QStringLiteral("the project file"), QStringLiteral("PROJECT"),
                     ArgumentParser::Role::Project);
    if (const QString problem = parser.parse(arguments, {QStringLiteral("db")}); !problem.isEmpty())
        return console.usage(problem);
    return console.guard([&] {
        const auto access = writes && writes() ? Project::Access::Write : Project::Access::Read;
        const auto project = Project::open(parser.value(QStringLiteral("db")), access);
        return body(*project);
    });
}

} // namespace mixshift::cli
