#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <functional>
#include <utility>

class QWidget;

namespace mixshift {

/// What the user is told when an action fails: the action ("Save scenario"), one line saying what went wrong and
/// what to do, and the technical details (SQLite's message, the statement) for the dialog's "Show Details…".
struct ErrorReport
{
    QString action;
    QString message;
    QString details;
};

/// The one way the GUI tells the user that an action failed. By default a warning box; a test (or a host that logs)
/// installs a sink of its own.
class ErrorReporter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorReporter)

public:
    using Sink = std::function<void(QWidget* parent, const ErrorReport& report)>;

    /// Replaces how reports are shown and returns the sink it replaces; an empty sink restores the warning box.
    static Sink setSink(Sink sink);
    static void report(QWidget* parent, const ErrorReport& report);
    /// Reports the exception being handled; call it only inside a catch block.
    static void reportCurrentException(QWidget* parent, const QString& action) noexcept;
    /// What the user is told about `error`, as one line "ACTION: reason" (the reason alone when `action` is
    /// empty); an Error's own message is the reason, its details stay details.
    static ErrorReport describe(const QString& action, std::exception_ptr error);
};

/// Runs `work` for the action `action` and reports whatever it throws, so that no exception leaves a slot;
/// true when it ran to the end. Every slot body that can reach the project goes through it.
template<typename Work>
bool guarded(QWidget* parent, const QString& action, Work&& work) noexcept
{
    try {
        std::forward<Work>(work)();
        return true;
    } catch (...) {
        ErrorReporter::reportCurrentException(parent, action);
        return false;
    }
}

} // namespace mixshift
