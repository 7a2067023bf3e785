#pragma once

namespace mixshift {

class Database;

/// One logical operation: rolled back when it leaves scope without commit() (an exception, a cancel).
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace mixshift
