#pragma once

#include "store/SqliteDatabase.h"

namespace mixshift::test {

/// Another program writing to the project: a second connection holding the write lock while it lives.
struct OtherWriter
{
    SqliteDatabase db;

    explicit OtherWriter(const QString& path)
        : db(path, SqliteDatabase::Access::ReadWrite)
    {
        db.exec("BEGIN IMMEDIATE");
    }
    OtherWriter(const OtherWriter&) = delete;
    OtherWriter& operator=(const OtherWriter&) = delete;
    ~OtherWriter()
    {
        try {
            db.exec("ROLLBACK");
        } catch (...) {
            // Closing the connection below rolls back as well.
        }
    }
};

} // namespace mixshift::test
