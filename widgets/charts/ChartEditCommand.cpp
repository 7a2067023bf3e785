#include "ChartEditCommand.h"

#include "ChartView.h"

namespace mixshift {

ChartEditCommand::ChartEditCommand(ChartView* view, const QString& text, ChartDefinition before,
                                   ChartDefinition after, Show show, bool alreadyShown)
    : GuardedCommand(view, text),
      m_view(view),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_show(std::move(show)),
      m_skipApply(alreadyShown)
{
}

void ChartEditCommand::apply()
{
    if (m_skipApply) {
        m_skipApply = false;
        return;
    }
    if (m_view)
        m_show(m_view, m_after);
}

void ChartEditCommand::revert()
{
    if (m_view)
        m_show(m_view, m_before);
}

} // namespace mixshift
