#pragma once

#include <QString>

namespace mixshift::ProjectFileCheck {

/// Looks at an existing file without changing a byte of it and throws Error, naming the file and the
/// reason, unless it is a MixShift project this build can open (or an empty file, which becomes one).
/// Refused: not SQLite, truncated, corrupt, another application's SQLite database, a newer schema version.
void ensureOpenable(const QString& path);

} // namespace mixshift::ProjectFileCheck
