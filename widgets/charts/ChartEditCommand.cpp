#include "ChartEditCommand.h"

#include "ChartView.h"

namespace mixshift {

ChartEditCommand::ChartEditCommand(ChartView* view, const QString& text, ChartDefinition before,
                                   ChartDefinition after, Show show, bool alreadyShown)
    : GuardedCommand(view, text, alreadyShown),
      m_view(view),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_show(std::move(show))
{
}

void ChartEditCommand::apply()
{
    show(m_after);
}

void ChartEditCommand::revert()
{
    show(m_before);
}

void ChartEditCommand::show(const ChartDefinition& definition)
{
    // A closed tab's steps go: the stack drops an obsolete command instead of keeping a step that does nothing.
    if (!m_view) {
        setObsolete(true);
        return;
    }
    m_show(m_view, definition);
}

} // namespace mixshift
