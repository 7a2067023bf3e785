#include "TeamStoreDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace mixshift {

namespace {

constexpr int defaultPort = 5432;

} // namespace

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
    m_port->setValue(defaultPort);
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_database->setPlaceholderText(tr("e.g. cloudmarkets"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("none: from ~/.pgpass or PGPASSWORD"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));

    if (!uri.isEmpty()) {
        const QUrl url(uri);
        const QUrlQuery query(url);
        // A Unix socket's folder comes as ?host=…, a server's name in the authority.
        m_host->setText(url.host().isEmpty() ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded) : url.host());
        const QString port = query.queryItemValue(QStringLiteral("port"));
        m_port->setValue(url.port(port.isEmpty() ? defaultPort : port.toInt()));
        m_database->setText(url.path(QUrl::FullyDecoded).mid(1));
        if (!url.userName(QUrl::FullyDecoded).isEmpty())
            m_user->setText(url.userName(QUrl::FullyDecoded));
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
    const auto encoded = [](const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())); };
    const QString user = m_user->text().trimmed().isEmpty() ? QString() : encoded(m_user->text()) + QLatin1Char('@');
    const QString host = m_host->text().trimmed();
    const QString port = QString::number(m_port->value());
    // A Unix socket's folder cannot stand where a host name does: libpq takes it as a parameter.
    if (host.startsWith(QLatin1Char('/')))
        return QStringLiteral("postgresql://%1/%2?host=%3&port=%4").arg(user, encoded(m_database->text()), encoded(host), port);
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user, host.isEmpty() ? QStringLiteral("localhost") : encoded(host), port, encoded(m_database->text()));
}

std::optional<QString> TeamStoreDialog::password() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

} // namespace mixshift
