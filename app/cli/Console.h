#pragma once

#include "Error.h"

#include <QString>

#include <functional>

class QTextStream;

namespace mixshift::cli {

/// Exit codes shared by the commands: 0 done; 1 the command ran but could not do all of its work or refused
/// something (rejected rows, a name the project lacks, an unreadable project, a failed write); 2 the command
/// line itself is wrong (unknown command or option, a missing or extra argument, a value out of its range).
enum ExitCode { Success = 0, Failure = 1, BadArguments = 2 };

/// A problem with the command line found while interpreting it (a value out of its domain): exit code 2.
class UsageError : public Error
{
public:
    using Error::Error;
};

/// Output streams of a command: results on `out`, one line per problem on `err` — and, with `--verbose`, the
/// problem's technical details (SQLite's message and code, the statement) on a second line. Every command
/// reports its problems through fail() or usage(), so they all look alike.
struct Console
{
    QTextStream& out;
    QTextStream& err;
    bool verbose = false;

    /// Prints `error` and returns its exit code: BadArguments for a UsageError, Failure for any other.
    int fail(const Error& error) const;
    /// Prints a problem with the command line and returns BadArguments.
    int usage(const QString& problem) const;
    /// Runs `body`, turning an Error it throws into fail().
    int guard(const std::function<int()>& body) const;
};

/// Runs `interpret`, turning an Error it throws into a UsageError: for core functions that read what the user
/// typed (a lever value, a distribution) and throw plain Errors.
template <typename Interpret>
auto asUsage(Interpret interpret) -> decltype(interpret())
{
    try {
        return interpret();
    } catch (const UsageError&) {
        throw;
    } catch (const Error& error) {
        throw UsageError(error.message(), error.details());
    }
}

} // namespace mixshift::cli
