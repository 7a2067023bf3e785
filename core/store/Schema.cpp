#include "Schema.h"

#include "Database.h"
#include "PostgresDialect.h"
#include "StandardCatalog.h"
#include "Transaction.h"

#include <array>
#include <string>

namespace mixshift::Schema {

namespace {

struct Migration
{
    int version;
    /// SQLite's SQL; a team store runs it as PostgresDialect::schema() translates it, unless postgresSql is given.
    const char* sql;
    /// Rows the version adds, written after its SQL in the same transaction.
    void (*fill)(Database&) = nullptr;
    const char* postgresSql = nullptr;
};

// What a team store needs before version 1, and SQLite has built in: the schema version, SQLite's NOCASE
// (ICU's case-insensitive comparison; it also folds accents' case beyond ASCII) and julianday().
constexpr const char* postgresStart = R"SQL(
CREATE TABLE mixshift_schema (version INTEGER NOT NULL);
INSERT INTO mixshift_schema (version) VALUES (0);
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE FUNCTION julianday(day text) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT extract(julian FROM day::date)::double precision';
)SQL";

// Version 1: the entities of product.md §2. Values are in base units (CNY, USD, fraction for percent);
// periods are calendar date ranges (ISO dates), labels are derived from them and the provider's fiscal year.
// An observation is keyed by series and period (one b-tree, no rowid: bulk imports write each value once);
// its revisions point at that key.
constexpr const char* version1 = R"SQL(
CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    key         TEXT UNIQUE,
    title       TEXT NOT NULL,
    publisher   TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    date_basis  TEXT NOT NULL DEFAULT '',
    excerpt     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE provider (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE,
    name_zh               TEXT NOT NULL DEFAULT '',
    kind                  TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'others', 'total', 'region')),
    fiscal_year_end_month INTEGER NOT NULL DEFAULT 12 CHECK (fiscal_year_end_month BETWEEN 1 AND 12),
    currency              TEXT NOT NULL DEFAULT 'USD'
);
CREATE TABLE provider_alias (
    alias       TEXT PRIMARY KEY COLLATE NOCASE,
    provider_id INTEGER NOT NULL REFERENCES provider(id) ON DELETE CASCADE
);
CREATE TABLE market (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    name_zh   TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE metric (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    name_zh      TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('money', 'percent', 'count')),
    aggregation  TEXT NOT NULL CHECK (aggregation IN ('flow', 'stock', 'ratio')),
    display_unit TEXT NOT NULL DEFAULT ''
);
CREATE TABLE metric_alias (
    alias     TEXT PRIMARY KEY COLLATE NOCASE,
    metric_id INTEGER NOT NULL REFERENCES metric(id) ON DELETE CASCADE,
    market_id INTEGER REFERENCES market(id),
    category  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES provider(id),
    metric_id   INTEGER NOT NULL REFERENCES metric(id),
    market_id   INTEGER REFERENCES market(id),
    category    TEXT NOT NULL DEFAULT '',
    currency    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX series_identity ON series (provider_id, metric_id, ifnull(market_id, 0), category, currency);
CREATE TABLE import_batch (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    profile       TEXT NOT NULL DEFAULT '',
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_skipped  INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    conflicts     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX import_batch_sha256 ON import_batch (sha256);
CREATE TABLE import_profile (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    header_signature TEXT NOT NULL DEFAULT '',
    mapping          TEXT NOT NULL,
    modified_at      TEXT NOT NULL
);
CREATE TABLE observation (
    series_id     INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    value         REAL NOT NULL,
    qualifier     TEXT NOT NULL DEFAULT '',
    unit          TEXT NOT NULL DEFAULT '',
    original_text TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    source_id     INTEGER NOT NULL REFERENCES source(id),
    batch_id      INTEGER REFERENCES import_batch(id),
    PRIMARY KEY (series_id, period_start, period_end)
) WITHOUT ROWID;
CREATE TABLE observation_revision (
    id            INTEGER PRIMARY KEY,
    series_id     INTEGER NOT NULL,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    value         REAL NOT NULL,
    qualifier     TEXT NOT NULL DEFAULT '',
    unit          TEXT NOT NULL DEFAULT '',
    original_text TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    source_id     INTEGER NOT NULL REFERENCES source(id),
    batch_id      INTEGER REFERENCES import_batch(id),
    FOREIGN KEY (series_id, period_start, period_end)
        REFERENCES observation (series_id, period_start, period_end) ON DELETE CASCADE
);
CREATE INDEX observation_revision_of ON observation_revision (series_id, period_start, period_end);
CREATE TABLE fx_rate (
    currency     TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    usd_per_unit REAL NOT NULL CHECK (usd_per_unit > 0),
    source_id    INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (currency, period_start, period_end)
);
CREATE TABLE scenario (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    model       TEXT NOT NULL,
    parameters  TEXT NOT NULL DEFAULT '{}',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE TABLE chart (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    definition  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0,
    provider_id INTEGER REFERENCES provider(id),
    title       TEXT NOT NULL,
    title_zh    TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    source_id   INTEGER NOT NULL REFERENCES source(id)
);
)SQL";

// Version 2: per-share metrics (earnings per share is money per share: never scaled as a total), and the
// standard statement lines every project knows.
constexpr const char* version2 = R"SQL(
ALTER TABLE metric ADD COLUMN per_share INTEGER NOT NULL DEFAULT 0 CHECK (per_share IN (0, 1));
)SQL";

// Version 3: imports can be taken back, also after the program was closed. A batch records who made it, the
// values it put in place of stored ones (overwritten, or revised: the old one archived as a revision) and the
// catalog rows it created or re-pointed, so that removing it restores the project as it was before it.
// A hand edit is a batch of its own (kind 'edit'). Batches from before this version recorded none of that:
// they stay listed, marked not undoable (removing one would delete values without putting back what they replaced).
constexpr const char* version3 = R"SQL(
ALTER TABLE import_batch ADD COLUMN undoable INTEGER NOT NULL DEFAULT 0 CHECK (undoable IN (0, 1));
ALTER TABLE import_batch ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
ALTER TABLE import_batch ADD COLUMN kind TEXT NOT NULL DEFAULT 'import' CHECK (kind IN ('import', 'edit'));
ALTER TABLE import_batch ADD COLUMN values_overwritten INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batch ADD COLUMN values_revised INTEGER NOT NULL DEFAULT 0;
CREATE TABLE import_replaced (
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    series_id     INTEGER NOT NULL,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    value         REAL NOT NULL,
    qualifier     TEXT NOT NULL,
    unit          TEXT NOT NULL,
    original_text TEXT NOT NULL,
    note          TEXT NOT NULL,
    source_id     INTEGER NOT NULL,
    old_batch_id  INTEGER,
    revision_id   INTEGER
);
CREATE INDEX import_replaced_batch ON import_replaced (batch_id);
CREATE INDEX import_replaced_old_batch ON import_replaced (old_batch_id);
CREATE TABLE import_catalog_change (
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('provider', 'metric', 'market', 'source', 'series',
                                                'provider_alias', 'metric_alias')),
    entity_id     INTEGER,
    alias         TEXT NOT NULL DEFAULT '',
    old_target_id INTEGER,
    old_market_id INTEGER,
    old_category  TEXT
);
CREATE INDEX import_catalog_change_batch ON import_catalog_change (batch_id);
)SQL";

// Version 4: what an import changed is undone in the order it was recorded, kept in a column of its own
// (SQLite's rowid, which served for that, is not SQL a team store knows); series are found by coalesce(), the
// function both engines know, and the index says so, or SQLite would not use it.
constexpr const char* version4 = R"SQL(
CREATE TABLE import_replaced_v4 (
    seq           INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    series_id     INTEGER NOT NULL,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    value         REAL NOT NULL,
    qualifier     TEXT NOT NULL,
    unit          TEXT NOT NULL,
    original_text TEXT NOT NULL,
    note          TEXT NOT NULL,
    source_id     INTEGER NOT NULL,
    old_batch_id  INTEGER,
    revision_id   INTEGER
);
INSERT INTO import_replaced_v4 SELECT rowid, * FROM import_replaced;
DROP TABLE import_replaced;
ALTER TABLE import_replaced_v4 RENAME TO import_replaced;
CREATE INDEX import_replaced_batch ON import_replaced (batch_id);
CREATE INDEX import_replaced_old_batch ON import_replaced (old_batch_id);
CREATE TABLE import_catalog_change_v4 (
    seq           INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('provider', 'metric', 'market', 'source', 'series',
                                                'provider_alias', 'metric_alias')),
    entity_id     INTEGER,
    alias         TEXT NOT NULL DEFAULT '',
    old_target_id INTEGER,
    old_market_id INTEGER,
    old_category  TEXT
);
INSERT INTO import_catalog_change_v4 SELECT rowid, * FROM import_catalog_change;
DROP TABLE import_catalog_change;
ALTER TABLE import_catalog_change_v4 RENAME TO import_catalog_change;
CREATE INDEX import_catalog_change_batch ON import_catalog_change (batch_id);
DROP INDEX series_identity;
CREATE UNIQUE INDEX series_identity ON series (provider_id, metric_id, coalesce(market_id, 0), category, currency);
)SQL";
// A team store is never older than version 3 with rows in these tables: the column is added.
constexpr const char* version4Postgres = R"SQL(
ALTER TABLE import_replaced ADD COLUMN seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY;
ALTER TABLE import_catalog_change ADD COLUMN seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY;
)SQL";

// Version 5: a team store checks what observations point at once per statement instead of once per row.
// PostgreSQL runs a foreign key's check as a query for every row inserted, which made an import's COPY five
// times slower than the rows alone; a statement-level trigger sees all of a COPY's rows at once (its
// transition table) and checks them in one anti-join. The referenced tables keep their side: deleting a
// series deletes its values, deleting a source or an import batch that values still cite is refused. A file
// keeps its foreign keys: SQLite checks them at no such cost.
constexpr const char* version5Postgres = R"SQL(
ALTER TABLE observation DROP CONSTRAINT observation_series_id_fkey,
                        DROP CONSTRAINT observation_source_id_fkey,
                        DROP CONSTRAINT observation_batch_id_fkey;
CREATE FUNCTION mixshift_observation_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added a
               WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.id = a.series_id)
                  OR NOT EXISTS (SELECT 1 FROM source s WHERE s.id = a.source_id)
                  OR (a.batch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = a.batch_id)))
    THEN
        RAISE foreign_key_violation USING MESSAGE = 'an observation names a series, source or batch that does not exist';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER observation_references_insert AFTER INSERT ON observation REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_observation_references();
CREATE TRIGGER observation_references_update AFTER UPDATE ON observation REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_observation_references();
CREATE FUNCTION mixshift_series_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM observation o USING gone g WHERE o.series_id = g.id;
    RETURN NULL;
END $$;
CREATE TRIGGER series_deleted AFTER DELETE ON series REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_series_deleted();
CREATE FUNCTION mixshift_cited_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_TABLE_NAME = 'source' AND EXISTS (SELECT 1 FROM observation o JOIN gone g ON o.source_id = g.id))
       OR (TG_TABLE_NAME = 'import_batch' AND EXISTS (SELECT 1 FROM observation o JOIN gone g ON o.batch_id = g.id))
    THEN
        RAISE foreign_key_violation USING MESSAGE = TG_TABLE_NAME || ' rows that observations cite cannot be deleted';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER source_deleted AFTER DELETE ON source REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_cited_deleted();
CREATE TRIGGER import_batch_deleted AFTER DELETE ON import_batch REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_cited_deleted();
)SQL";

// Version 6: a team store keeps how many current values and revisions each series holds (series_tally), so
// opening it reads ~1,000 counts instead of counting 10M rows (seconds) every time. Statement-level triggers
// keep the counts with every INSERT, UPDATE and DELETE (a COPY included), in the writing transaction, so a reader
// sees counts that match the rows of its snapshot. A file counts its rows when asked: SQLite does that from the
// observation key without such triggers slowing every import. And the version-5 check of what values point at
// looks at each distinct reference once.
constexpr const char* version6Postgres = R"SQL(
CREATE TABLE series_tally (
    series_id    BIGINT PRIMARY KEY,
    observations BIGINT NOT NULL DEFAULT 0,
    revisions    BIGINT NOT NULL DEFAULT 0
);
INSERT INTO series_tally (series_id, observations, revisions)
SELECT series_id, sum(observations), sum(revisions)
FROM (SELECT series_id, count(*) AS observations, 0 AS revisions FROM observation GROUP BY series_id
      UNION ALL
      SELECT series_id, 0, count(*) FROM observation_revision GROUP BY series_id) counted
GROUP BY series_id;
-- TG_ARGV[0] names the count the table's rows make: observations or revisions.
CREATE FUNCTION mixshift_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($sql$
        INSERT INTO series_tally AS t (series_id, %1$I)
        SELECT series_id, sum(n) FROM (%2$s) changed GROUP BY series_id HAVING sum(n) <> 0
        ON CONFLICT (series_id) DO UPDATE SET %1$I = t.%1$I + EXCLUDED.%1$I
        $sql$, TG_ARGV[0],
        CASE TG_OP WHEN 'INSERT' THEN 'SELECT series_id, 1 AS n FROM added'
                   WHEN 'DELETE' THEN 'SELECT series_id, -1 AS n FROM removed'
                   ELSE 'SELECT series_id, 1 AS n FROM added UNION ALL SELECT series_id, -1 FROM removed' END);
    RETURN NULL;
END $$;
CREATE TRIGGER observation_tally_insert AFTER INSERT ON observation REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_tally('observations');
CREATE TRIGGER observation_tally_update AFTER UPDATE ON observation REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_tally('observations');
CREATE TRIGGER observation_tally_delete AFTER DELETE ON observation REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_tally('observations');
CREATE TRIGGER revision_tally_insert AFTER INSERT ON observation_revision REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_tally('revisions');
CREATE TRIGGER revision_tally_update AFTER UPDATE ON observation_revision
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_tally('revisions');
CREATE TRIGGER revision_tally_delete AFTER DELETE ON observation_revision REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_tally('revisions');
-- A deleted series' values go (version 5's trigger), and its counts with them.
CREATE OR REPLACE FUNCTION mixshift_series_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM observation o USING gone g WHERE o.series_id = g.id;
    DELETE FROM series_tally t USING gone g WHERE t.series_id = g.id;
    RETURN NULL;
END $$;
-- What values point at is checked once for each series, source and batch the statement names (a COPY of
-- 8,192 values names a handful), not for each value.
CREATE OR REPLACE FUNCTION mixshift_observation_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT series_id, source_id, batch_id FROM added) a
               WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.id = a.series_id)
                  OR NOT EXISTS (SELECT 1 FROM source s WHERE s.id = a.source_id)
                  OR (a.batch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = a.batch_id)))
    THEN
        RAISE foreign_key_violation USING MESSAGE = 'an observation names a series, source or batch that does not exist';
    END IF;
    RETURN NULL;
END $$;
-- Stores made before this version have their roles already: they read and keep the counts too.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'mixshift_reader') THEN
        GRANT SELECT ON series_tally TO mixshift_reader;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'mixshift_writer') THEN
        GRANT INSERT, UPDATE, DELETE ON series_tally TO mixshift_writer;
    END IF;
END $$;
)SQL";

// Version 7: a team store compares periods byte by byte, as a file does (SQLite's BINARY). ISO dates sort the
// same either way, but the server's default collation is whatever its administrator chose: with a language's
// rules (en_US.UTF-8, ICU) every comparison in the observation key costs a collation call, and a 1M-value COPY
// took a quarter longer than with "C". And the rows a statement adds to observation are checked and counted in
// one pass, by one trigger (version 6 ran two, each reading all of them).
constexpr const char* version7Postgres = R"SQL(
ALTER TABLE observation_revision DROP CONSTRAINT observation_revision_series_id_period_start_period_end_fkey;
ALTER TABLE observation ALTER COLUMN period_start TYPE TEXT COLLATE "C",
                        ALTER COLUMN period_end TYPE TEXT COLLATE "C";
ALTER TABLE observation_revision ALTER COLUMN period_start TYPE TEXT COLLATE "C",
                                 ALTER COLUMN period_end TYPE TEXT COLLATE "C";
ALTER TABLE observation_revision ADD FOREIGN KEY (series_id, period_start, period_end)
    REFERENCES observation (series_id, period_start, period_end) ON DELETE CASCADE;
ALTER TABLE fx_rate ALTER COLUMN period_start TYPE TEXT COLLATE "C",
                    ALTER COLUMN period_end TYPE TEXT COLLATE "C";
ALTER TABLE import_replaced ALTER COLUMN period_start TYPE TEXT COLLATE "C",
                            ALTER COLUMN period_end TYPE TEXT COLLATE "C";
DROP TRIGGER observation_references_insert ON observation;
DROP TRIGGER observation_tally_insert ON observation;
CREATE FUNCTION mixshift_observations_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    dangling BOOLEAN;
BEGIN
    -- A COPY of 8,192 values names a handful of series, sources and batches: the rest works on those.
    WITH named AS (SELECT series_id, source_id, batch_id, count(*) AS n FROM added
                   GROUP BY series_id, source_id, batch_id),
         counted AS (INSERT INTO series_tally AS t (series_id, observations)
                     SELECT series_id, sum(n) FROM named GROUP BY series_id
                     ON CONFLICT (series_id) DO UPDATE SET observations = t.observations + EXCLUDED.observations)
    SELECT EXISTS (SELECT 1 FROM named a
                   WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.id = a.series_id)
                      OR NOT EXISTS (SELECT 1 FROM source s WHERE s.id = a.source_id)
                      OR (a.batch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = a.batch_id)))
    INTO dangling;
    IF dangling THEN
        RAISE foreign_key_violation USING MESSAGE = 'an observation names a series, source or batch that does not exist';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER observation_added AFTER INSERT ON observation REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION mixshift_observations_added();
)SQL";

constexpr std::array migrations{
    Migration{1, version1},
    Migration{2, version2, &StandardCatalog::install},
    Migration{3, version3},
    Migration{4, version4, nullptr, version4Postgres},
    Migration{5, "", nullptr, version5Postgres},
    Migration{6, "", nullptr, version6Postgres},
    Migration{7, "", nullptr, version7Postgres},
};

bool isTeamStore(Database& db)
{
    return db.engine() == Database::Engine::Postgres;
}

void runSql(Database& db, const Migration& migration)
{
    if (!isTeamStore(db))
        db.exec(migration.sql);
    else if (migration.postgresSql)
        db.exec(migration.postgresSql);
    else
        db.exec(PostgresDialect::schema(migration.sql));
}

void setVersion(Database& db, int version)
{
    if (isTeamStore(db)) {
        db.prepare("UPDATE mixshift_schema SET version = ?").bindAll(version).run();
        return;
    }
    db.exec("PRAGMA application_id = " + std::to_string(applicationId));
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

} // namespace

int currentVersion()
{
    return migrations.back().version;
}

int storedVersion(Database& db)
{
    if (!isTeamStore(db))
        return static_cast<int>(db.scalar("PRAGMA user_version"));
    if (db.scalar("SELECT to_regclass('mixshift_schema') IS NULL") != 0)
        return 0;
    return static_cast<int>(db.scalar("SELECT version FROM mixshift_schema"));
}

bool isMixShiftTeamStore(Database& db)
{
    return db.scalar("SELECT to_regclass('mixshift_schema') IS NOT NULL") != 0;
}

void migrate(Database& db, int upTo)
{
    for (const Migration& migration : migrations) {
        if (migration.version > upTo)
            break;
        Transaction transaction(db);
        // Read inside the transaction: a second process migrating the same store cannot interleave.
        const int stored = storedVersion(db);
        if (stored >= migration.version)
            continue;
        if (isTeamStore(db) && stored == 0 && !isMixShiftTeamStore(db))
            db.exec(postgresStart);
        runSql(db, migration);
        if (migration.fill)
            migration.fill(db);
        setVersion(db, migration.version);
        transaction.commit();
    }
}

} // namespace mixshift::Schema
