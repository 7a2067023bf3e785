#include "TeamStoreDialog.h"

#include "store/TeamStoreAddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mixshift {

TeamStoreDialog::TeamStoreDialog(const QString& uri, QWidget* parent)
    : QDialog(parent),
      m_host(new QLineEdit),
      m_port(new QSpinBox),
      m_database(new QLineEdit),
      m_user(new QLineEdit),
      m_password(new QLineEdit)
{
    setWindowTitle(tr("Connect to Team Store"));
    setObjectName(QStringLiteral("teamStoreDialog"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setRange(1, 65535);
    m_port->setValue(TeamStoreAddress::defaultPort);
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_database->setPlaceholderText(tr("e.g. cloudmarkets"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("none: from ~/.pgpass or PGPASSWORD"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));

    if (!uri.isEmpty()) {
        const TeamStoreAddress address = TeamStoreAddress::of(uri);
        m_host->setText(address.host);
        m_port->setValue(address.port);
        m_database->setText(address.database);
        if (!address.user.isEmpty())
            m_user->setText(address.user);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* note = new QLabel(tr("The password is used for this connection only; it is not remembered."));
    note->setWordWrap(true);
    note->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_database, &QLineEdit::textChanged, this, &TeamStoreDialog::updateOk);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Wide enough for a host name and the placeholders to show whole.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateOk();
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
}

void TeamStoreDialog::updateOk()
{
    if (auto* buttons = findChild<QDialogButtonBox*>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_database->text().trimmed().isEmpty());
}

void TeamStoreDialog::focusPassword()
{
    m_password->clear();
    m_password->setFocus();
}

QString TeamStoreDialog::uri() const
{
    return TeamStoreAddress{m_host->text(), m_port->value(), m_database->text(), m_user->text()}.uri();
}

std::optional<QString> TeamStoreDialog::password() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

} // namespace mixshift
