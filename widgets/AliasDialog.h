#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace mixshift {

class Project;
class ProjectEditing;

/// Lists and edits the names the project matches providers and metrics by (阿里云 → Alibaba Cloud,
/// 营收 → revenue): add an alias to a provider or metric, or remove one. Every change is stored at once.
class AliasDialog : public QDialog
{
    Q_OBJECT

public:
    /// Adding and removing aliases are changes on `editing`'s undo stack.
    AliasDialog(Project& project, ProjectEditing& editing, QWidget* parent = nullptr);

private:
    struct Tab
    {
        QTableWidget* table;
        QComboBox* target;
        QLineEdit* alias;
    };
    /// The tab of provider or of metric aliases; its widgets are named providerAlias, metricAdd, … .
    QWidget* makeTab(Tab& tab, bool provider);
    void refresh();
    void add(bool provider);
    void remove(bool provider);

    Project& m_project;
    ProjectEditing& m_editing;
    Tab m_providers{};
    Tab m_metrics{};
};

} // namespace mixshift
