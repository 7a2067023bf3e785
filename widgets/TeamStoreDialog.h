#pragma once

#include <QDialog>

#include <optional>

class QLineEdit;
class QSpinBox;

namespace mixshift {

/// File › Connect to Team Store…: the server, database and user of a team store, and a password that lives
/// only in this dialog and the connection made with it — never in settings or the recent list. Opened again
/// on a remembered store that asks for a password, with its fields filled in.
class TeamStoreDialog : public QDialog
{
    Q_OBJECT

public:
    /// Fields filled in from `uri` when one is given (a recent team store).
    explicit TeamStoreDialog(const QString& uri = {}, QWidget* parent = nullptr);

    /// postgresql://user@host:port/database, without the password.
    QString uri() const;
    /// The password typed, or none: libpq then looks in PGPASSWORD and ~/.pgpass.
    std::optional<QString> password() const;

    /// Asks for the password, the other fields as they are.
    void focusPassword();

private:
    void updateOk();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace mixshift
