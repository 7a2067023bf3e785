#pragma once

#include "BulkInsert.h"
#include "Statement.h"

#include <string>
#include <vector>

namespace mixshift {

class Database;

/// Bulk rows for a project file: one prepared INSERT a row, under a savepoint, so that a duplicate key undoes
/// the rows since the previous finish() and nothing else.
class SqliteBulkInsert final : public BulkInsert
{
public:
    SqliteBulkInsert(Database& db, std::string_view table, const std::vector<std::string>& columns);
    ~SqliteBulkInsert() override;

    void addNull() override;
    void addInteger(std::int64_t value) override;
    void addReal(double value) override;
    void addText(QByteArrayView utf8) override;
    void endRow() override;
    bool finish() override;

private:
    Database& m_db;
    Statement m_insert;
    int m_column = 0;
    bool m_savepoint = false;
    bool m_duplicate = false;
};

} // namespace mixshift
