#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <string>
#include <vector>

namespace mixshift {

/// Rows added to one table in bulk, inside the caller's transaction, their values given column by column in
/// the order the columns were named (Database::bulkInsert). A file runs one prepared INSERT a row; a team store
/// streams the rows with COPY, many times faster than a statement each. Until finish(), the connection may
/// be busy with the rows: run no other statement on it in between.
class BulkInsert
{
public:
    virtual ~BulkInsert() = default;
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    virtual void addNull() = 0;
    virtual void addInteger(std::int64_t value) = 0;
    virtual void addReal(double value) = 0;
    /// The text must stay valid until its row ends (endRow()).
    virtual void addText(QByteArrayView utf8) = 0;
    /// Ends the row whose values were just added.
    virtual void endRow() = 0;
    /// Writes the rows still held back. False, with none of the rows since the previous finish() written,
    /// when one of them has the primary or a unique key of a stored row or of another of them; any other
    /// failure throws. Either way the transaction stays usable.
    virtual bool finish() = 0;

protected:
    BulkInsert() = default;
};

/// Names joined by commas, as SQL lists them: "a, b, c" (the columns of a bulk insert, its parameters).
inline std::string commaSeparated(const std::vector<std::string>& names)
{
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

} // namespace mixshift
