#pragma once

#include <QTreeWidget>

namespace mixshift {

class Database;

/// The consistency checks' findings (stated figures that disagree), each with the figures it compares; the
/// dock it sits in is titled with their number.
class ChecksPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget* parent = nullptr);

    /// Runs the checks on the project and lists what they find.
    void read(Database& db);
};

} // namespace mixshift
