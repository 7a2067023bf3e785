#pragma once

#include <QString>

#include <stdexcept>

namespace mixshift {

/// The one error type of core: a message a user can read (it names the file, and where it applies the line,
/// column and reason).
class Error : public std::runtime_error
{
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }

    const QString& message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace mixshift
