#include "TeamStoreRoles.h"

#include "Database.h"

namespace mixshift::TeamStoreRoles {

namespace {

// The schema version is the schema's owner's to change (by opening the store with a newer MixShift).
constexpr const char* grants = R"SQL(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mixshift_reader') THEN
        CREATE ROLE mixshift_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mixshift_writer') THEN
        CREATE ROLE mixshift_writer NOLOGIN IN ROLE mixshift_reader;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO mixshift_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO mixshift_reader;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO mixshift_writer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO mixshift_writer;
REVOKE INSERT, UPDATE, DELETE ON mixshift_schema FROM mixshift_writer;
)SQL";

} // namespace

void grant(Database& db)
{
    Transaction transaction(db);
    db.exec(grants);
    transaction.commit();
}

} // namespace mixshift::TeamStoreRoles
