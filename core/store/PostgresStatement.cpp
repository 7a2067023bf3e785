#include "PostgresStatement.h"

#include "PostgresDatabase.h"
#include "PostgresDialect.h"
#include "PostgresFailure.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <charconv>
#include <cstring>
#include <limits>

namespace mixshift {

namespace {

// The server's type numbers (pg_type.oid) of what MixShift binds.
constexpr unsigned int8Type = 20;
constexpr unsigned float8Type = 701;
constexpr unsigned textType = 25;
// … and of what results also hold.
constexpr unsigned boolType = 16;
constexpr unsigned int2Type = 21;
constexpr unsigned int4Type = 23;
constexpr unsigned float4Type = 700;
constexpr unsigned numericType = 1700;

constexpr const char* duplicateKey = "23505";

} // namespace

PostgresStatement::PostgresStatement(PostgresDatabase& db, std::string_view sql)
    : m_db(db), m_sql(PostgresDialect::statement(sql))
{
}

PostgresStatement::~PostgresStatement()
{
    clearResult();
    // The server keeps a prepared statement until the session ends; a failed DEALLOCATE (an aborted
    // transaction, a lost connection) leaves it to that.
    for (const auto& [types, name] : m_prepared)
        PQclear(PQexec(m_db.connection(), ("DEALLOCATE " + name).c_str()));
}

void PostgresStatement::clearResult()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
}

PostgresStatement::Parameter& PostgresStatement::parameter(int index)
{
    if (static_cast<std::size_t>(index) > m_parameters.size())
        m_parameters.resize(index);
    return m_parameters[index - 1];
}

void PostgresStatement::bindNull(int index)
{
    parameter(index) = Parameter{};
}

void PostgresStatement::bindInteger(int index, std::int64_t value)
{
    Parameter& p = parameter(index);
    p.type = int8Type;
    qToBigEndian(value, p.number);
    p.length = 8;
}

void PostgresStatement::bindReal(int index, double value)
{
    Parameter& p = parameter(index);
    p.type = float8Type;
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    qToBigEndian(bits, p.number);
    p.length = 8;
}

void PostgresStatement::bindText(int index, QByteArrayView utf8)
{
    Parameter& p = parameter(index);
    p.type = textType;
    // A binary parameter needs a pointer even when it is empty.
    p.value = utf8.isEmpty() ? "" : utf8.data();
    p.length = static_cast<int>(utf8.size());
}

std::string PostgresStatement::preparedName()
{
    std::vector<unsigned> types;
    types.reserve(m_parameters.size());
    for (const Parameter& p : m_parameters)
        types.push_back(p.type);
    const auto found = m_prepared.find(types);
    if (found != m_prepared.end())
        return found->second;
    std::string name = m_db.nextStatementName();
    PGresult* made = PQprepare(m_db.connection(), name.c_str(), m_sql.c_str(), static_cast<int>(types.size()),
                               reinterpret_cast<const Oid*>(types.data()));
    if (!made || PQresultStatus(made) != PGRES_COMMAND_OK) {
        throwPostgresFailure(m_db.location(), made, PQerrorMessage(m_db.connection()), QString::fromStdString(m_sql));
    }
    PQclear(made);
    m_prepared.emplace(std::move(types), name);
    return name;
}

pg_result* PostgresStatement::execute(bool* duplicate)
{
    const int count = static_cast<int>(m_parameters.size());
    std::vector<const char*> values(count);
    std::vector<int> lengths(count);
    std::vector<int> formats(count, 1);
    std::vector<Oid> types(count);
    for (int i = 0; i < count; ++i) {
        const Parameter& p = m_parameters[i];
        // Numbers live in the parameter itself, which moves as parameters are added.
        values[i] = p.type == int8Type || p.type == float8Type ? p.number : p.value;
        lengths[i] = p.length;
        types[i] = p.type;
    }
    // Run once: parsed for this run only. Run again: prepared on the server, planned once for all later runs.
    PGresult* result = nullptr;
    if (!m_ran) {
        result = PQexecParams(m_db.connection(), m_sql.c_str(), count, types.data(), values.data(), lengths.data(),
                              formats.data(), 0);
    } else {
        const std::string name = preparedName();
        result = PQexecPrepared(m_db.connection(), name.c_str(), count, values.data(), lengths.data(), formats.data(), 0);
    }
    m_ran = true;
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_db.setChanges(std::atoi(PQcmdTuples(result)));
        return result;
    }
    if (duplicate && postgresState(result) == QLatin1String(duplicateKey)) {
        PQclear(result);
        *duplicate = true;
        return nullptr;
    }
    throwPostgresFailure(m_db.location(), result, PQerrorMessage(m_db.connection()), QString::fromStdString(m_sql));
}

bool PostgresStatement::step()
{
    if (!m_result)
        m_result = execute(nullptr);
    return ++m_row < PQntuples(m_result);
}

bool PostgresStatement::runUnlessDuplicate()
{
    // A failed statement aborts a PostgreSQL transaction; a savepoint keeps the failure to this statement.
    const bool savepoint = m_db.inTransaction();
    if (savepoint)
        m_db.exec("SAVEPOINT mixshift_statement");
    bool duplicate = false;
    clearResult();
    m_result = execute(&duplicate);
    if (savepoint)
        m_db.exec(duplicate ? "ROLLBACK TO SAVEPOINT mixshift_statement" : "RELEASE SAVEPOINT mixshift_statement");
    return !duplicate;
}

void PostgresStatement::reset()
{
    clearResult();
    m_parameters.clear();
}

int PostgresStatement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

QString PostgresStatement::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result, column));
}

ColumnType PostgresStatement::columnType(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return ColumnType::Null;
    switch (PQftype(m_result, column)) {
    case int2Type:
    case int4Type:
    case int8Type:
    case boolType:
        return ColumnType::Integer;
    case float4Type:
    case float8Type:
    case numericType:
        return ColumnType::Real;
    default:
        return ColumnType::Text;
    }
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column);
}

std::int64_t PostgresStatement::int64(int column) const
{
    const char* value = PQgetvalue(m_result, m_row, column);
    // Booleans come as t and f: SQLite's comparisons give 1 and 0.
    if (*value == 't' || *value == 'f')
        return *value == 't' ? 1 : 0;
    std::int64_t number = 0;
    std::from_chars(value, value + PQgetlength(m_result, m_row, column), number);
    return number;
}

double PostgresStatement::real(int column) const
{
    const char* value = PQgetvalue(m_result, m_row, column);
    const int length = PQgetlength(m_result, m_row, column);
    double number = 0;
    // from_chars, unlike strtod, does not follow the locale's decimal separator.
    const auto [end, error] = std::from_chars(value, value + length, number);
    if (error != std::errc() && length > 0) {
        const bool negative = *value == '-';
        if (std::strstr(value, "Infinity"))
            return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        if (std::strcmp(value, "NaN") == 0)
            return std::numeric_limits<double>::quiet_NaN();
    }
    return number;
}

QString PostgresStatement::text(int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

} // namespace mixshift
