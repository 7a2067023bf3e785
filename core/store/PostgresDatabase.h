#pragma once

#include "Database.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

struct pg_conn;

namespace mixshift {

/// A connection to a PostgreSQL team store through libpq. The location is a libpq connection URI
/// (postgresql://user@host:port/dbname); what it leaves out comes from libpq's environment (PGHOST, PGUSER …)
/// and the password from PGPASSWORD, ~/.pgpass or the password given here — never from the URI shown.
/// Writers take one advisory lock per write transaction, so imports from several programs run one after
/// another, never interleaved; read transactions see one committed state (REPEATABLE READ).
class PostgresDatabase final : public Database
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDatabase)

public:
    /// Connects; readOnly makes every transaction read-only. Throws Error naming the store and the reason
    /// (no server, no such database, wrong password …).
    PostgresDatabase(const QString& uri, bool readOnly, const std::optional<QString>& password = std::nullopt);
    ~PostgresDatabase() override;
    /// A second connection to the same store, made as this one was (a password given here too): for work on
    /// another thread, or a listener beside the project's own connection.
    std::unique_ptr<PostgresDatabase> another(bool readOnly) const;

    Engine engine() const override { return Engine::Postgres; }
    const QString& location() const override { return m_location; }
    QString displayName() const override;
    void exec(std::string_view sql) override;
    Statement prepare(std::string_view sql) override;
    std::unique_ptr<BulkInsert> bulkInsert(std::string_view table, const std::vector<std::string>& columns) override;
    void keysWritten(std::string_view table, std::string_view column) override;
    int changes() const override { return m_changes; }
    void begin(Transaction::Kind kind) override;
    QString userName() override;

    /// Whether a transaction is open (a savepoint can be taken).
    bool inTransaction() const;
    pg_conn* connection() { return m_connection; }
    void setChanges(int changes) { m_changes = changes; }
    /// A name for the next server-side prepared statement of this connection.
    std::string nextStatementName();

    /// The channel every committed write transaction notifies, with "PROGRAM USER" (programToken(), the
    /// database user): what StoreChangeListener hears.
    static constexpr const char* changeChannel = "mixshift_changed";
    /// This program among all that use the store: "HOST:PID", without spaces.
    static QString programToken();

    /// The URI without its password, as a user may see it.
    static QString shownUri(const QString& uri);
    /// "DATABASE on HOST" for a URI, as displayName() says for its connection (without connecting: what the
    /// URI leaves out, libpq's environment would say).
    static QString nameOf(const QString& uri);

private:
    pg_conn* m_connection = nullptr;
    /// As given, to connect again (another()); kept in memory only, never shown.
    QString m_uri;
    std::optional<QString> m_password;
    QString m_location;
    QString m_user;
    int m_changes = 0;
    int m_statements = 0;
};

} // namespace mixshift
