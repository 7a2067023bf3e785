#pragma once

#include <QString>

namespace mixshift::ProjectFileCheck {

/// Looks at an existing file without changing a byte of it and throws Error, naming the file and the
/// reason, unless it is a MixShift project this build can open. Refused: empty (0 bytes, or SQLite without
/// tables), not SQLite, truncated (with no -wal file that explains it), corrupt, another application's SQLite
/// database, a MixShift file without a schema version, a newer schema version.
void ensureOpenable(const QString& path);

} // namespace mixshift::ProjectFileCheck
