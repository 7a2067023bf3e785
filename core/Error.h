#pragma once

#include <QString>

#include <stdexcept>

namespace mixshift {

/// The one error type of core: a message a user can read (it names the file, and where it applies the line,
/// column and reason, and says whether the project was left unchanged). Technical details — SQLite's own
/// message and code, the statement — are kept apart in details(), for `--verbose` and logs, never in message().
class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message, const QString& details = {})
        : std::runtime_error(message.toStdString()), m_message(message), m_details(details)
    {
    }

    const QString& message() const noexcept { return m_message; }
    const QString& details() const noexcept { return m_details; }

private:
    QString m_message;
    QString m_details;
};

/// A team store that asks for a password the program was not given (none in PGPASSWORD or ~/.pgpass): the
/// app then asks the user for one.
class PasswordRequired : public Error
{
public:
    using Error::Error;
};

} // namespace mixshift
