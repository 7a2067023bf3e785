#pragma once

#include "StatementBackend.h"

#include <QByteArray>

#include <map>
#include <string>
#include <string_view>
#include <vector>

struct pg_result;

namespace mixshift {

class PostgresDatabase;

/// A statement run by PostgreSQL. The server prepares it at its first run for the types then bound (a NULL
/// leaves its type to the server), and again when a later run binds other types. Parameters go in binary (text
/// needs no terminating NUL, numbers no formatting); the whole result is fetched, so that other statements can
/// run on the connection while its rows are read.
class PostgresStatement final : public StatementBackend
{
public:
    PostgresStatement(PostgresDatabase& db, std::string_view sql);
    ~PostgresStatement() override;
    PostgresStatement(const PostgresStatement&) = delete;
    PostgresStatement& operator=(const PostgresStatement&) = delete;

    void bindNull(int index) override;
    void bindInteger(int index, std::int64_t value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, QByteArrayView utf8) override;
    bool step() override;
    bool runUnlessDuplicate() override;
    void reset() override;
    int columnCount() const override;
    QString columnName(int column) const override;
    ColumnType columnType(int column) const override;
    bool isNull(int column) const override;
    std::int64_t int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;

private:
    struct Parameter
    {
        unsigned type = 0;
        /// A text's bytes (bound texts stay in place until reset).
        const char* value = nullptr;
        int length = 0;
        /// A number, in network byte order.
        char number[8] = {};
    };
    Parameter& parameter(int index);
    /// Runs the statement; returns the result or throws.
    pg_result* execute(bool* duplicate);
    std::string preparedName();
    void clearResult();

    PostgresDatabase& m_db;
    std::string m_sql;
    std::vector<Parameter> m_parameters;
    std::map<std::vector<unsigned>, std::string> m_prepared;
    pg_result* m_result = nullptr;
    int m_row = -1;
    bool m_ran = false;
};

} // namespace mixshift
