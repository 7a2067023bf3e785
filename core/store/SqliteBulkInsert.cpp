#include "SqliteBulkInsert.h"

#include "Database.h"

namespace mixshift {

namespace {

std::string insertStatement(std::string_view table, const std::vector<std::string>& columns)
{
    return "INSERT INTO " + std::string(table) + " (" + commaSeparated(columns) + ") VALUES (" +
           commaSeparated(std::vector<std::string>(columns.size(), "?")) + ")";
}

} // namespace

SqliteBulkInsert::SqliteBulkInsert(Database& db, std::string_view table, const std::vector<std::string>& columns)
    : m_db(db), m_insert(db.prepare(insertStatement(table, columns)))
{
}

SqliteBulkInsert::~SqliteBulkInsert()
{
    // Left unfinished (an exception on the way): the rows go with the transaction the caller rolls back.
    if (m_savepoint) {
        try {
            m_db.exec("RELEASE mixshift_bulk");
        } catch (...) {
        }
    }
}

void SqliteBulkInsert::addNull()
{
    m_insert.bind(++m_column, nullptr);
}

void SqliteBulkInsert::addInteger(std::int64_t value)
{
    m_insert.bind(++m_column, value);
}

void SqliteBulkInsert::addReal(double value)
{
    m_insert.bind(++m_column, value);
}

void SqliteBulkInsert::addText(QByteArrayView utf8)
{
    m_insert.bind(++m_column, LastingText{utf8});
}

void SqliteBulkInsert::endRow()
{
    if (!m_savepoint) {
        m_db.exec("SAVEPOINT mixshift_bulk");
        m_savepoint = true;
    }
    if (!m_duplicate && !m_insert.runUnlessDuplicate())
        m_duplicate = true;
    m_insert.reset();
    m_column = 0;
}

bool SqliteBulkInsert::finish()
{
    if (!m_savepoint)
        return true;
    if (m_duplicate)
        m_db.exec("ROLLBACK TO mixshift_bulk");
    m_db.exec("RELEASE mixshift_bulk");
    m_savepoint = false;
    const bool written = !m_duplicate;
    m_duplicate = false;
    return written;
}

} // namespace mixshift
