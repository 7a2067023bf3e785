#pragma once

namespace mixshift {

class Database;

/// The project file's schema: numbered migrations keyed on PRAGMA user_version.
namespace Schema {

/// 'MXSH': marks a SQLite file as a MixShift project (PRAGMA application_id).
constexpr int applicationId = 0x4D585348;

/// The schema version this build writes; files with a higher version are refused.
int currentVersion();

/// Applies every migration above the file's user_version, each in its own transaction.
void migrate(Database& db);

} // namespace Schema

} // namespace mixshift
