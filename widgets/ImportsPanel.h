#pragma once

#include <QWidget>

#include <cstdint>

class QPushButton;
class QTreeWidget;

namespace mixshift {

class Database;

/// The project's imports and hand edits, newest first: when, which file, its SHA-256, values added,
/// overwritten and revised, who. "Undo Import…" asks to take the selected one back.
class ImportsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportsPanel(QWidget* parent = nullptr);

    /// Reads the batches again (after any change to the project).
    void read(Database& db);
    void clear();
    void setWritable(bool writable);
    QTreeWidget* list() const { return m_list; }

signals:
    void undoRequested(std::int64_t batchId, const QString& fileName);

private:
    void requestUndo();

    QTreeWidget* m_list;
    QPushButton* m_undo;
    bool m_writable = false;
};

} // namespace mixshift
