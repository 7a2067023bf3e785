#pragma once

namespace mixshift {

class Database;

/// The store's schema: numbered migrations keyed on PRAGMA user_version in a file, on the mixshift_schema
/// table in a team store.
namespace Schema {

/// 'MXSH': marks a SQLite file as a MixShift project (PRAGMA application_id).
constexpr int applicationId = 0x4D585348;

/// The schema version this build writes; files with a higher version are refused.
int currentVersion();

/// The version the store holds (0: none yet).
int storedVersion(Database& db);
/// Whether a team store holds MixShift's tables.
bool isMixShiftTeamStore(Database& db);

/// Applies every migration above the store's version up to `upTo` (this program's version unless told: an
/// older one makes a store as an older MixShift left it), each in its own transaction.
void migrate(Database& db, int upTo = currentVersion());

} // namespace Schema

} // namespace mixshift
