#pragma once

#include "GuardedCommand.h"

#include "analytics/ChartDefinition.h"

#include <QPointer>

#include <functional>

namespace mixshift {

class ChartView;

/// An edit of a chart open in a tab — its kind, series, axis, data labels, annotations — as a step on the
/// project's undo stack, beside the project's own changes: undo shows the chart as it was, redo as it became.
/// The tab is what changes (saving the chart is the project's step); once the tab is closed, its steps leave the
/// stack when they are reached.
class ChartEditCommand : public GuardedCommand
{
public:
    /// How a definition is shown in a view (the tabs build its document from the project).
    using Show = std::function<void(ChartView*, const ChartDefinition&)>;

    /// `alreadyShown`: the view made the edit itself (an annotation typed in it), so the first redo has
    /// nothing to do.
    ChartEditCommand(ChartView* view, const QString& text, ChartDefinition before, ChartDefinition after, Show show,
                     bool alreadyShown);

protected:
    void apply() override;
    void revert() override;

private:
    void show(const ChartDefinition& definition);

    QPointer<ChartView> m_view;
    ChartDefinition m_before;
    ChartDefinition m_after;
    Show m_show;
};

} // namespace mixshift
