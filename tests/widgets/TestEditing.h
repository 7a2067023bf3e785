#pragma once

#include "ProjectEditing.h"
#include "store/Project.h"

#include <QMainWindow>
#include <QUndoStack>

namespace mixshift::test {

/// The project's undo stack as the main window keeps it, for widgets tested without the window.
struct TestEditing
{
    QMainWindow window;
    ProjectEditing editing{&window, [] { return std::pair<const SeriesSummary*, const ObservationRow*>{}; }};

    explicit TestEditing(Project& project) { editing.setProject(&project); }
};

} // namespace mixshift::test
