#include "PostgresDatabase.h"

#include "PostgresBulkInsert.h"

#include "Error.h"
#include "PostgresFailure.h"
#include "PostgresStatement.h"
#include "TeamStoreAddress.h"

#include <QSysInfo>
#include <QUrl>

#include <libpq-fe.h>

#include <memory>
#include <string>

namespace mixshift {

namespace {

// Every writer takes this lock first (pg_advisory_xact_lock, released at COMMIT or ROLLBACK): imports and
// edits of one store run one after another, as they do in a SQLite file. The number is 'MXSH'. And it tells
// the programs listening (StoreChangeListener) which program and user changed the store — the server
// delivers the notification on COMMIT only.
const std::string& beginWrite()
{
    static const std::string sql = [] {
        QString program = PostgresDatabase::programToken();
        program.replace(QLatin1Char('\''), QStringLiteral("''"));
        return "BEGIN; SELECT pg_advisory_xact_lock(1297634120), pg_notify('" +
               std::string(PostgresDatabase::changeChannel) + "', '" + program.toStdString() + " ' || session_user)";
    }();
    return sql;
}

// A read transaction sees the store as one committed state: never half of an import running beside it.
constexpr const char* beginRead = "BEGIN ISOLATION LEVEL REPEATABLE READ";

} // namespace

QString PostgresDatabase::programToken()
{
    return QSysInfo::machineHostName().remove(QLatin1Char(' ')) + QLatin1Char(':') +
           QString::number(QCoreApplication::applicationPid());
}

QString PostgresDatabase::shownUri(const QString& uri)
{
    QUrl url(uri);
    if (!url.isValid() || url.password().isEmpty())
        return uri;
    url.setPassword({});
    return url.toString();
}

PostgresDatabase::PostgresDatabase(const QString& uri, bool readOnly, const std::optional<QString>& password)
    : m_uri(uri), m_password(password), m_location(shownUri(uri))
{
    const QByteArray dbname = uri.toUtf8();
    const QByteArray secret = password ? password->toUtf8() : QByteArray();
    // dbname with expand_dbname = 1 reads the whole URI; later keywords override what it says.
    const char* keywords[] = {"dbname", "fallback_application_name", "client_encoding", password ? "password" : nullptr,
                              nullptr};
    const char* values[] = {dbname.constData(), "mixshift", "UTF8", password ? secret.constData() : nullptr, nullptr};
    m_connection = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        PQfinish(m_connection);
        m_connection = nullptr;
        // libpq says "no password supplied" when it had none to give, and "password authentication failed"
        // for a wrong one: either way a password is what the user can change.
        if (reason.contains(QLatin1String("password")))
            throw PasswordRequired(password ? tr("%1: the server refused the password").arg(m_location)
                                            : tr("%1: the server wants a password; give it in PGPASSWORD or "
                                                 "~/.pgpass (or in the app's Connect dialog)")
                                                  .arg(m_location),
                                   reason);
        throw Error(tr("%1: cannot connect to the team store: %2")
                        .arg(m_location, reason.section(QLatin1Char('\n'), 0, 0)),
                    reason);
    }
    // Notices (e.g. "relation already exists, skipping") are not for the user's terminal.
    PQsetNoticeProcessor(m_connection, [](void*, const char*) {}, nullptr);
    exec("SET client_min_messages = warning");
    if (readOnly)
        exec("SET default_transaction_read_only = on");
}

std::unique_ptr<PostgresDatabase> PostgresDatabase::another(bool readOnly) const
{
    return std::make_unique<PostgresDatabase>(m_uri, readOnly, m_password);
}

PostgresDatabase::~PostgresDatabase()
{
    PQfinish(m_connection);
}

namespace {

QString databaseOnHost(const QString& database, const QString& host)
{
    // A host that is a folder (or none) is the server's Unix socket on this machine.
    return PostgresDatabase::tr("%1 on %2").arg(database, host.isEmpty() || host.startsWith(QLatin1Char('/'))
                                                              ? QStringLiteral("localhost")
                                                              : host);
}

} // namespace

QString PostgresDatabase::displayName() const
{
    return databaseOnHost(QString::fromUtf8(PQdb(m_connection)), QString::fromUtf8(PQhost(m_connection)));
}

QString PostgresDatabase::nameOf(const QString& uri)
{
    const TeamStoreAddress address = TeamStoreAddress::of(uri);
    // Without a database named, libpq connects to the user's.
    return databaseOnHost(address.database.isEmpty() ? address.user : address.database, address.host);
}

void PostgresDatabase::exec(std::string_view sql)
{
    const std::string text(sql);
    PGresult* result = PQexec(m_connection, text.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwPostgresFailure(m_location, result, PQerrorMessage(m_connection), QString::fromStdString(text));
    m_changes = std::atoi(PQcmdTuples(result));
    PQclear(result);
}

Statement PostgresDatabase::prepare(std::string_view sql)
{
    return Statement(std::make_unique<PostgresStatement>(*this, sql));
}

std::unique_ptr<BulkInsert> PostgresDatabase::bulkInsert(std::string_view table,
                                                         const std::vector<std::string>& columns)
{
    return std::make_unique<PostgresBulkInsert>(*this, table, columns);
}

void PostgresDatabase::keysWritten(std::string_view table, std::string_view column)
{
    const std::string name(table);
    const std::string key(column);
    exec("SELECT setval(pg_get_serial_sequence('" + name + "', '" + key + "'), coalesce(max(" + key + "), 0) + 1, "
         "false) FROM " + name);
}

void PostgresDatabase::begin(Transaction::Kind kind)
{
    exec(kind == Transaction::Kind::Write ? beginWrite() : beginRead);
}

QString PostgresDatabase::userName()
{
    if (m_user.isEmpty()) {
        Statement user = prepare("SELECT session_user");
        m_user = user.step() ? user.text(0) : QString();
    }
    return m_user;
}

bool PostgresDatabase::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

std::string PostgresDatabase::nextStatementName()
{
    return "mixshift_" + std::to_string(++m_statements);
}

} // namespace mixshift
