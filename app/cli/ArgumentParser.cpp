#include "ArgumentParser.h"

#include "Error.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace mixshift::cli {

namespace {

const QString helpOption = QStringLiteral("help");
constexpr int helpWidth = 80;
/// The widest name the first column of the help holds; a wider one has its description on the next line.
constexpr int helpNameWidth = 28;

QStringList wrapped(const QString& text, int width)
{
    QStringList lines;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.constLast().size() + 1 + word.size() <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines;
}

} // namespace

ArgumentParser::ArgumentParser(const QString& command)
    : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    add(QCommandLineOption({QStringLiteral("h"), helpOption}, tr("show this help")), Role::Plain);
}

void ArgumentParser::add(const QCommandLineOption& definition, Role role)
{
    m_parser.addOption(definition);
    m_options.append({definition, role});
}

void ArgumentParser::addOption(const QString& name, const QString& description, const QString& valueName, Role role)
{
    add(QCommandLineOption(name, description, valueName), role);
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
    const bool parsed = m_parser.parse(arguments);
    if (m_parser.isSet(helpOption))
        throw HelpRequested{m_command, usage(requiredOptions)};
    if (!parsed)
        return tr("%1: %2 (mixshift %1 --help lists the options)").arg(m_command, m_parser.errorText());
    for (const QString& option : requiredOptions) {
        if (!m_parser.isSet(option))
            return tr("%1: --%2 is required").arg(m_command, option);
    }
    for (const auto& [option, allowed] : m_choices) {
        if (m_parser.isSet(option) && !allowed.contains(m_parser.value(option)))
            return tr("%1: --%2 must be %3, not '%4'")
                .arg(m_command, option,
                     allowed.size() == 2 ? tr("%1 or %2").arg(allowed[0], allowed[1])
                                         : tr("one of %1").arg(allowed.join(QStringLiteral(", "))),
                     m_parser.value(option));
    }
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.size() > m_positionals.size())
        return tr("%1: unexpected argument '%2' (mixshift %1 --help lists the arguments)")
            .arg(m_command, positionals.value(m_positionals.size()));
    return outputProblem();
}

QString ArgumentParser::spelled(const QCommandLineOption& definition) const
{
    QStringList names;
    for (const QString& name : definition.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (definition.valueName().isEmpty())
        return text;
    QString value = definition.valueName();
    for (const auto& [option, allowed] : m_choices)
        if (definition.names().contains(option))
            value = allowed.join(QLatin1Char('|'));
    return text + QLatin1Char(' ') + value;
}

QString ArgumentParser::usage(const QStringList& requiredOptions) const
{
    QString synopsis = tr("Usage: mixshift %1").arg(m_command);
    QVector<std::pair<QString, QString>> positionals;
    for (const Positional& positional : m_positionals) {
        synopsis += QLatin1Char(' ') + positional.name;
        positionals.append({positional.name, positional.description});
    }
    QVector<std::pair<QString, QString>> options;
    bool optional = false;
    for (const Option& option : m_options) {
        const QString spelling = spelled(option.definition);
        const QStringList& names = option.definition.names();
        if (std::any_of(names.cbegin(), names.cend(), [&](const QString& name) { return requiredOptions.contains(name); }))
            synopsis += QLatin1Char(' ') + spelling;
        else if (!names.contains(helpOption))
            optional = true;
        options.append({spelling, option.definition.description()});
    }
    if (optional)
        //: In the usage line, after the command's arguments: the options it may take besides.
        synopsis += QLatin1Char(' ') + tr("[options]");
    QString text = synopsis + QLatin1Char('\n');
    if (!positionals.isEmpty())
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + helpColumns(positionals);
    return text + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + helpColumns(options);
}

QString ArgumentParser::outputProblem() const
{
    QVector<OutputGuard::GuardedFile> guarded;
    const auto guard = [&guarded](Role role, const QString& description, const QString& path) {
        if (role == Role::Project)
            guarded += OutputGuard::projectFiles(path);
        else if (role == Role::Input)
            guarded.append({path, description});
    };
    for (const Option& option : m_options)
        for (const QString& path : m_parser.values(option.definition.names().constFirst()))
            guard(option.role, option.definition.description(), path);
    const QStringList positionals = m_parser.positionalArguments();
    for (int i = 0; i < positionals.size() && i < m_positionals.size(); ++i)
        guard(m_positionals[i].role, m_positionals[i].description, positionals[i]);
    for (const Option& option : m_options) {
        if (option.role != Role::Output)
            continue;
        const QString name = option.definition.names().constFirst();
        for (const QString& path : m_parser.values(name))
            if (const QString problem = OutputGuard::problem(QStringLiteral("--") + name, path, guarded);
                !problem.isEmpty())
                return QStringLiteral("%1: %2").arg(m_command, problem);
    }
    return {};
}

QString helpColumns(const QVector<std::pair<QString, QString>>& rows)
{
    int nameWidth = 0;
    for (const auto& row : rows)
        nameWidth = std::max(nameWidth, static_cast<int>(row.first.size()));
    nameWidth = std::min(nameWidth, helpNameWidth);
    const QString indent(2 + nameWidth + 2, QLatin1Char(' '));
    QString text;
    for (const auto& [name, description] : rows) {
        QStringList lines = wrapped(description, helpWidth - static_cast<int>(indent.size()));
        const QString first = QStringLiteral("  ") + name;
        if (name.size() > nameWidth || lines.isEmpty())
            text += first + QLatin1Char('\n');
        else
            text += first.leftJustified(static_cast<int>(indent.size())) + lines.takeFirst() + QLatin1Char('\n');
        for (const QString& line : lines)
            text += indent + line + QLatin1Char('\n');
    }
    return text;
}

std::pair<QString, QString> splitNameValue(const QString& option, const QString& text)
{
    const int equals = static_cast<int>(text.indexOf(QLatin1Char('=')));
    if (equals <= 0)
        throw UsageError(
            QCoreApplication::translate("ArgumentParser", "--%1 takes NAME=VALUE, not '%2'").arg(option, text));
    return {text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
}

double finiteNumber(const QString& what, const QString& text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw UsageError(
            QCoreApplication::translate("ArgumentParser", "%1: '%2' is not a finite number").arg(what, text));
    return value;
}

qint64 wholeNumber(const QString& what, const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high)
        throw UsageError(
            QCoreApplication::translate("ArgumentParser", "%1 must be a whole number from %2 to %3, not '%4'")
                .arg(what)
                .arg(low)
                .arg(high)
                .arg(text));
    return value;
}

int runOnProject(ArgumentParser& parser, const QStringList& arguments, Console console,
                 const std::function<int(Project&)>& body, const std::function<bool()>& writes)
{
    parser.addOption(QStringLiteral("db"), QCoreApplication::translate("ArgumentParser", "the project: a file, or a team store\'s postgresql:// URI"),
                     QStringLiteral("PROJECT"), ArgumentParser::Role::Project);
    if (const QString problem = parser.parse(arguments, {QStringLiteral("db")}); !problem.isEmpty())
        return console.usage(problem);
    return console.guard([&] {
        const auto access = writes && writes() ? Project::Access::Write : Project::Access::Read;
        const auto project = Project::open(parser.value(QStringLiteral("db")), access);
        return body(*project);
    });
}

} // namespace mixshift::cli
