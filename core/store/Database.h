#pragma once

#include "BulkInsert.h"
#include "Statement.h"
#include "Transaction.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mixshift {

/// An open connection to a store: a SQLite project file (SqliteDatabase) or a PostgreSQL team store
/// (PostgresDatabase). Both run the same SQL: SQLite's, with `?` or `?N` parameters; the PostgreSQL connection
/// translates the few differences (see PostgresDialect). Closed when it goes out of scope.
class Database
{
public:
    enum class Engine {
        Sqlite,
        Postgres,
    };

    virtual ~Database() = default;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    virtual Engine engine() const = 0;
    /// The store as a user names it: the file's path, or the server's URI without a password.
    virtual const QString& location() const = 0;
    /// A short name for titles: the file's name, or "DATABASE on HOST".
    virtual QString displayName() const = 0;

    /// Runs SQL that takes no values (schema, settings); values always go through prepare().
    virtual void exec(std::string_view sql) = 0;
    virtual Statement prepare(std::string_view sql) = 0;

    /// Rows for the table's columns, added in bulk (see BulkInsert).
    virtual std::unique_ptr<BulkInsert> bulkInsert(std::string_view table, const std::vector<std::string>& columns) = 0;
    /// Rows were written with their own numbers into the table's integer key column: the store numbers later
    /// rows above them (a server's identity sequence does not follow explicit numbers by itself).
    virtual void keysWritten(std::string_view table, std::string_view column) = 0;

    /// The first column of the first row of a query that takes no values.
    std::int64_t scalar(std::string_view sql);

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;

    /// Starts a transaction of the kind (Transaction calls it; COMMIT and ROLLBACK go through exec()).
    virtual void begin(Transaction::Kind kind) = 0;
    /// Who changes the store, as import batches record it: the database user on a server, the account's
    /// user name for a file.
    virtual QString userName() = 0;

protected:
    Database() = default;
};

} // namespace mixshift
