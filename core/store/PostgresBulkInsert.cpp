#include "PostgresBulkInsert.h"

#include "PostgresDatabase.h"
#include "PostgresFailure.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>

namespace mixshift {

namespace {

constexpr const char* duplicateKey = "23505";
// Rows go to the server in pieces of about this size, as they are made: the server stores the first rows
// while the program makes the next (with 256 KB pieces it mostly waited for them; a 1M-row import took a
// fifth longer).
constexpr std::size_t pieceSize = 8 * 1024;

} // namespace

PostgresBulkInsert::PostgresBulkInsert(PostgresDatabase& db, std::string_view table,
                                       const std::vector<std::string>& columns)
    : m_db(db), m_copy("COPY " + std::string(table) + " (" + commaSeparated(columns) + ") FROM STDIN")
{
}

PostgresBulkInsert::~PostgresBulkInsert()
{
    // Left unfinished (an exception on the way): end the COPY so the connection can roll back.
    if (m_started) {
        PQputCopyEnd(m_db.connection(), "abandoned");
        while (PGresult* result = PQgetResult(m_db.connection()))
            PQclear(result);
    }
}

void PostgresBulkInsert::start()
{
    m_savepoint = m_db.inTransaction();
    if (m_savepoint)
        m_db.exec("SAVEPOINT mixshift_bulk");
    PGresult* result = PQexec(m_db.connection(), m_copy.c_str());
    if (PQresultStatus(result) != PGRES_COPY_IN)
        throwPostgresFailure(m_db.location(), result, PQerrorMessage(m_db.connection()), QString::fromStdString(m_copy));
    PQclear(result);
    m_started = true;
}

void PostgresBulkInsert::startField()
{
    if (!m_firstField)
        m_buffer += '\t';
    m_firstField = false;
}

void PostgresBulkInsert::addNull()
{
    startField();
    m_buffer += "\\N";
}

void PostgresBulkInsert::addInteger(std::int64_t value)
{
    startField();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end);
}

void PostgresBulkInsert::addReal(double value)
{
    startField();
    if (std::isnan(value)) {
        m_buffer += "NaN";
        return;
    }
    if (std::isinf(value)) {
        m_buffer += value < 0 ? "-Infinity" : "Infinity";
        return;
    }
    // The shortest digits that read back as the same double: nothing lost on the way.
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end);
}

void PostgresBulkInsert::addText(QByteArrayView utf8)
{
    startField();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += c;
        }
    }
}

void PostgresBulkInsert::endRow()
{
    m_buffer += '\n';
    m_firstField = true;
    if (m_buffer.size() >= pieceSize)
        send();
}

void PostgresBulkInsert::send()
{
    if (!m_started)
        start();
    if (!m_buffer.empty() &&
        PQputCopyData(m_db.connection(), m_buffer.data(), static_cast<int>(m_buffer.size())) != 1)
        throwPostgresFailure(m_db.location(), nullptr, PQerrorMessage(m_db.connection()),
                             QString::fromStdString(m_copy));
    m_buffer.clear();
}

bool PostgresBulkInsert::finish()
{
    if (!m_started && m_buffer.empty())
        return true;
    send();
    m_started = false;
    if (PQputCopyEnd(m_db.connection(), nullptr) != 1)
        throwPostgresFailure(m_db.location(), nullptr, PQerrorMessage(m_db.connection()),
                             QString::fromStdString(m_copy));
    PGresult* result = PQgetResult(m_db.connection());
    const bool copied = PQresultStatus(result) == PGRES_COMMAND_OK;
    const bool duplicate = !copied && postgresState(result) == QLatin1String(duplicateKey);
    if (!copied && !duplicate) {
        while (PGresult* rest = PQgetResult(m_db.connection()))
            PQclear(rest);
        throwPostgresFailure(m_db.location(), result, PQerrorMessage(m_db.connection()),
                             QString::fromStdString(m_copy));
    }
    PQclear(result);
    while (PGresult* rest = PQgetResult(m_db.connection()))
        PQclear(rest);
    // Taken at start(): while the COPY's results are being read, the connection says it is busy, not in a
    // transaction.
    if (m_savepoint)
        m_db.exec(duplicate ? "ROLLBACK TO SAVEPOINT mixshift_bulk; RELEASE SAVEPOINT mixshift_bulk"
                            : "RELEASE SAVEPOINT mixshift_bulk");
    return !duplicate;
}

} // namespace mixshift
