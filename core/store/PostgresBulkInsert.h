#pragma once

#include "BulkInsert.h"

#include <string>
#include <vector>

namespace mixshift {

class PostgresDatabase;

/// Bulk rows for a team store: COPY … FROM STDIN in COPY's text format, under a savepoint, so that a
/// duplicate key undoes the rows since the previous finish() and nothing else. The COPY starts with the first
/// row and ends with finish(); the rows go to the server in pieces as they come.
class PostgresBulkInsert final : public BulkInsert
{
public:
    PostgresBulkInsert(PostgresDatabase& db, std::string_view table, const std::vector<std::string>& columns);
    ~PostgresBulkInsert() override;

    void addNull() override;
    void addInteger(std::int64_t value) override;
    void addReal(double value) override;
    void addText(QByteArrayView utf8) override;
    void endRow() override;
    bool finish() override;

private:
    void startField();
    void start();
    void send();

    PostgresDatabase& m_db;
    std::string m_copy;
    std::string m_buffer;
    bool m_started = false;
    bool m_savepoint = false;
    bool m_firstField = true;
};

} // namespace mixshift
