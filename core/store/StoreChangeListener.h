#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace mixshift {

class PostgresDatabase;
class Project;

/// Hears when another program commits a change to the team store the project is on: every write transaction
/// there notifies PostgresDatabase::changeChannel with the program and the database user, and this listens
/// on a connection of its own, woken by its socket — no polling. This program's own changes (on any of its
/// connections) are not news.
class StoreChangeListener : public QObject
{
    Q_OBJECT

public:
    /// Listens for changes to the project's team store; null for a project file, whose changes nobody
    /// announces. Throws Error when the second connection cannot be made.
    static std::unique_ptr<StoreChangeListener> watch(const Project& project);
    ~StoreChangeListener() override;

signals:
    /// Another program committed a change, made by database user `user`.
    void changedElsewhere(const QString& user);

private:
    explicit StoreChangeListener(std::unique_ptr<PostgresDatabase> connection);
    void readNotifications();

    std::unique_ptr<PostgresDatabase> m_connection;
    QSocketNotifier* m_notifier;
};

} // namespace mixshift
