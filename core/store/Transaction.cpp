#include "Transaction.h"

#include "Database.h"

namespace mixshift {

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
{
    m_db.begin(kind);
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // The connection already rolled back (e.g. after SQLite's SQLITE_FULL, or a lost server); nothing is left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace mixshift
