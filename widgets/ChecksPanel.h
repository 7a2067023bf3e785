#pragma once

#include "ErrorReporter.h"
#include "analytics/ConsistencyChecks.h"

#include <QFutureWatcher>
#include <QTreeWidget>

#include <atomic>
#include <memory>
#include <optional>

namespace mixshift {

class Project;

/// The consistency checks' findings (stated figures that disagree), each with the figures it compares; the
/// dock it sits in is titled with their number. The checks read every current value, seconds on a store of
/// millions: they run off the GUI thread, on a connection of their own, while the window is used.
class ChecksPanel : public QTreeWidget
{
    Q_OBJECT

public:
    /// At most this many findings are listed; `mixshift check` lists them all.
    static constexpr qsizetype listed = 1000;

    explicit ChecksPanel(QWidget* parent = nullptr);
    ~ChecksPanel() override;

    /// Runs the checks on the project as it is now and lists what they find when they are done. A run still
    /// under way is stopped first; only the newest project state asked for is then checked and shown. Throws
    /// nothing: a failure is listed.
    void read(const Project& project);
    /// Whether checks are running, or done and their findings not listed yet.
    bool isChecking() const;

signals:
    /// The findings of the newest run are listed.
    void checked();

private:
    struct Outcome
    {
        ConsistencyChecks::Findings findings;
        std::optional<ErrorReport> failure;
    };

    void startNext();
    void list(const Outcome& outcome);
    void setTitle(const QString& title);

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel; // the running run's
    std::unique_ptr<Project> m_next;
    bool m_running = false; // until its findings are shown

};

} // namespace mixshift
