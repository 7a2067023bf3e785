#pragma once

namespace mixshift {

class Database;

/// One logical operation: rolled back when it leaves scope without commit() (an exception, a cancel).
class Transaction
{
public:
    enum class Kind {
        /// Takes the write lock up front.
        Write,
        /// Reads one consistent state of the project, without a write lock: writers go on beside it.
        Read,
    };

    explicit Transaction(Database& db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace mixshift
