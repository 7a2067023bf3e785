#pragma once

#include <QFileDialog>

class QLineEdit;

namespace mixshift {

/// File › Open Project…: a project file, chosen as usual, or a team store — its URI typed where a file's name
/// goes (postgresql://user@host/database), as every command takes one where it takes a project's path.
class ProjectOpenDialog : public QFileDialog
{
    Q_OBJECT

public:
    ProjectOpenDialog(QWidget* parent, const QString& directory, const QString& filter);

    /// The project file or team store chosen.
    QString chosen() const;

    void accept() override;

private:
    QString typedUri() const;

    QLineEdit* m_name = nullptr; // the dialog's own file-name field
    QString m_uri;
};

} // namespace mixshift
