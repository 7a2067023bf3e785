#include "ErrorReporter.h"

#include "Error.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <new>

namespace mixshift {

namespace {

ErrorReporter::Sink& installedSink()
{
    static ErrorReporter::Sink sink;
    return sink;
}

void showWarningBox(QWidget* parent, const ErrorReport& report)
{
    QMessageBox box(QMessageBox::Warning, report.action, report.message, QMessageBox::Ok, parent);
    box.setDetailedText(report.details);
    box.exec();
}

} // namespace

ErrorReporter::Sink ErrorReporter::setSink(Sink sink)
{
    return std::exchange(installedSink(), std::move(sink));
}

void ErrorReporter::report(QWidget* parent, const ErrorReport& report)
{
    if (installedSink())
        installedSink()(parent, report);
    else
        showWarningBox(parent, report);
}

void ErrorReporter::reportCurrentException(QWidget* parent, const QString& action) noexcept
{
    try {
        report(parent, describe(action, std::current_exception()));
    } catch (...) {
        // Showing the report failed as well (no memory left for a dialog): the action has already stopped, and
        // letting this escape would end the program.
    }
}

ErrorReport ErrorReporter::describe(const QString& action, std::exception_ptr error)
{
    ErrorReport report{action, {}, {}};
    QString reason;
    try {
        std::rethrow_exception(error);
    } catch (const Error& e) {
        // Core's words already say what to do (a busy project: that another program is writing to it).
        reason = e.message();
        report.details = e.details();
    } catch (const std::bad_alloc&) {
        reason = tr("not enough memory; close other programs and try again");
    } catch (const std::exception& e) {
        report.details = QString::fromLocal8Bit(e.what());
        reason = tr("an unexpected error; please report it with the details");
    } catch (...) {
        reason = tr("an unexpected error; please report it");
    }
    //: The action that failed (%1) and why (%2).
    report.message = action.isEmpty() ? reason : tr("%1: %2").arg(action, reason);
    return report;
}

} // namespace mixshift
