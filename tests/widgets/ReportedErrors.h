#pragma once

#include "ErrorReporter.h"

#include <QVector>

namespace mixshift::test {

/// While it lives, what ErrorReporter would show in a message box is recorded here instead.
struct ReportedErrors
{
    QVector<ErrorReport> reports;
    ErrorReporter::Sink previous = ErrorReporter::setSink([this](QWidget*, const ErrorReport& r) { reports << r; });

    ReportedErrors() = default;
    ReportedErrors(const ReportedErrors&) = delete;
    ReportedErrors& operator=(const ReportedErrors&) = delete;
    ~ReportedErrors() { ErrorReporter::setSink(previous); }

    /// The one report there should be; empty when there was none or more than one.
    QString only() const { return reports.size() == 1 ? reports.front().message : QString(); }
};

} // namespace mixshift::test
