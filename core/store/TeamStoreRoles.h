#pragma once

namespace mixshift {

class Database;

/// The two group roles a team store's administrator grants to people (GRANT mixshift_writer TO alice):
/// mixshift_reader reads everything; mixshift_writer, a member of mixshift_reader, also imports and edits.
/// Roles belong to the whole server, so a second store on it reuses them.
namespace TeamStoreRoles {

/// Creates the roles when the server lacks them and grants them on MixShift's tables (`mixshift init`).
void grant(Database& db);

} // namespace TeamStoreRoles

} // namespace mixshift
