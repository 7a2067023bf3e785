#include "Transaction.h"

#include "Database.h"

namespace mixshift {

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so a second writer fails here rather than halfway through.
    m_db.exec(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // The connection already rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace mixshift
