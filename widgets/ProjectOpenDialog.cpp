#include "ProjectOpenDialog.h"

#include "store/Project.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace mixshift {

ProjectOpenDialog::ProjectOpenDialog(QWidget* parent, const QString& directory, const QString& filter)
    : QFileDialog(parent, tr("Open Project"), directory, filter)
{
    setObjectName(QStringLiteral("openProject"));
    setAcceptMode(QFileDialog::AcceptOpen);
    setFileMode(QFileDialog::ExistingFile);
    // Qt's own dialog, not the desktop's: its file-name field is where a URI can be typed and read back.
    setOption(QFileDialog::DontUseNativeDialog);
    m_name = findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    if (!m_name)
        return;
    m_name->setPlaceholderText(tr("a project file, or a team store: postgresql://user@server/database"));
    // The dialog disables Open for a name that is no file; a team store's URI may be opened all the same.
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (typedUri().isEmpty())
            return;
        if (auto* buttons = findChild<QDialogButtonBox*>())
            if (QPushButton* open = buttons->button(QDialogButtonBox::Open))
                open->setEnabled(true);
    });
}

QString ProjectOpenDialog::chosen() const
{
    if (!m_uri.isEmpty())
        return m_uri;
    const QStringList files = selectedFiles();
    return files.isEmpty() ? QString() : files.front();
}

void ProjectOpenDialog::accept()
{
    m_uri = typedUri();
    if (m_uri.isEmpty())
        QFileDialog::accept(); // a file: the dialog checks that it exists
    else
        QDialog::accept();
}

QString ProjectOpenDialog::typedUri() const
{
    const QString typed = m_name ? m_name->text().trimmed() : QString();
    return Project::isTeamStore(typed) ? typed : QString();
}

} // namespace mixshift
