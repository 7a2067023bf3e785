#pragma once

#include <string>
#include <string_view>

namespace mixshift::PostgresDialect {

/// MixShift's SQL is SQLite's; these turn it into PostgreSQL's. Written for the SQL MixShift itself runs, not
/// for SQL in general: what the two engines share is written the same in the source (ON CONFLICT,
/// coalesce, IS DISTINCT FROM, row-value UPDATE), and the schema gives PostgreSQL what it lacks (the nocase
/// collation, julianday()).

/// A statement: `?` and `?N` parameters become `$N` (an unnumbered `?` takes the number after the largest so
/// far, as in SQLite); quoted text and identifiers are left alone.
std::string statement(std::string_view sql);

/// Schema SQL (CREATE and ALTER): rowid tables' `INTEGER PRIMARY KEY` becomes an identity column, INTEGER
/// becomes BIGINT (SQLite's integers are 64-bit), REAL becomes DOUBLE PRECISION, WITHOUT ROWID and ifnull go.
std::string schema(std::string_view sql);

} // namespace mixshift::PostgresDialect
