#pragma once

#include <QString>

namespace mixshift {

/// Where a team store is, as a person fills it in: read from a libpq connection URI and written back as one,
/// never with a password (the Connect dialog, the short names of recent stores).
struct TeamStoreAddress
{
    static constexpr int defaultPort = 5432;

    /// A server's name, or the folder of a local server's Unix socket (then passed as ?host=…); empty for
    /// libpq's default.
    QString host;
    int port = defaultPort;
    /// As the URI names it (its path, or ?dbname=…); empty when it leaves it to libpq (the user's name).
    QString database;
    QString user;

    static TeamStoreAddress of(const QString& uri);
    /// postgresql://user@host:port/database, or postgresql://user@/database?host=FOLDER&port=PORT for a
    /// socket folder; an empty host is localhost.
    QString uri() const;
};

} // namespace mixshift
