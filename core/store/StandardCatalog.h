#pragma once

namespace mixshift {

class Database;

/// The income-statement and cash-flow lines every project knows, with their English, simplified and traditional
/// Chinese names as statements print them, so that a statement imports onto shared metrics (营业总收入 and
/// Revenue both land on `revenue`). Installed by the schema migration; what a project already defines is kept.
namespace StandardCatalog {

void install(Database& db);

} // namespace StandardCatalog

} // namespace mixshift
