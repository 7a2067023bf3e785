#pragma once

#include <QStringList>

namespace mixshift {

class Database;

/// A whole project copied from one store into another (file → server, server → file, file → file): every row
/// of every table, with its own ids, so that every query gives the same answer on the copy.
namespace ProjectCopy {

/// The tables copied, each after the tables its rows point at.
QStringList tables();

/// Copies every row of `from` into `to`, both at the current schema version; `to` is new (Project::create),
/// and the standard rows its creation wrote are replaced by the source's. The source is read as one
/// consistent state; the destination is written in one transaction: on failure it is left as it was.
void copy(Database& from, Database& to);

} // namespace ProjectCopy

} // namespace mixshift
