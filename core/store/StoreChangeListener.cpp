#include "StoreChangeListener.h"

#include "PostgresDatabase.h"
#include "Project.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

namespace mixshift {

std::unique_ptr<StoreChangeListener> StoreChangeListener::watch(const Project& project)
{
    const auto* store = dynamic_cast<const PostgresDatabase*>(&project.db());
    if (!store)
        return nullptr;
    std::unique_ptr<PostgresDatabase> connection = store->another(true);
    connection->exec("LISTEN " + std::string(PostgresDatabase::changeChannel));
    return std::unique_ptr<StoreChangeListener>(new StoreChangeListener(std::move(connection)));
}

StoreChangeListener::StoreChangeListener(std::unique_ptr<PostgresDatabase> connection)
    : m_connection(std::move(connection)),
      m_notifier(new QSocketNotifier(PQsocket(m_connection->connection()), QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &StoreChangeListener::readNotifications);
}

StoreChangeListener::~StoreChangeListener() = default;

void StoreChangeListener::readNotifications()
{
    pg_conn* connection = m_connection->connection();
    if (!PQconsumeInput(connection)) {
        // The server went away: stop listening rather than wake on a dead socket forever.
        m_notifier->setEnabled(false);
        return;
    }
    const QString self = PostgresDatabase::programToken();
    QString user;
    bool elsewhere = false;
    while (PGnotify* notification = PQnotifies(connection)) {
        const QString payload = QString::fromUtf8(notification->extra);
        PQfreemem(notification);
        const QString program = payload.section(QLatin1Char(' '), 0, 0);
        if (program != self) {
            elsewhere = true;
            user = payload.section(QLatin1Char(' '), 1);
        }
    }
    // Several commits read at once are one change to show.
    if (elsewhere)
        emit changedElsewhere(user);
}

} // namespace mixshift
