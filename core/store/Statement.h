#pragma once

#include "BoundTexts.h"
#include "StatementBackend.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace mixshift {

/// UTF-8 text that stays valid and unchanged until the statement has run: bound without a copy.
struct LastingText
{
    QByteArrayView utf8;
};

/// A prepared statement of either engine (Database::prepare); finalized when it goes out of scope. Parameters
/// are 1-based, columns 0-based, as in SQLite's C API.
class Statement
{
public:
    explicit Statement(std::unique_ptr<StatementBackend> backend);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::nullptr_t);
    /// Any integer (int, qint64, std::int64_t, bool) binds as a 64-bit integer.
    template<typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    Statement& bind(int index, T value)
    {
        return bindInteger(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    /// Text already encoded as UTF-8.
    Statement& bind(int index, const QByteArray& utf8);
    Statement& bind(int index, LastingText text);
    Statement& bind(int index, const char* value);
    template<typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    /// Binds every argument in order, starting at parameter 1.
    template<typename... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /// Advances to the next row; false when the statement has finished.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    /// Runs an INSERT … RETURNING id that adds one row, and gives its id (no second statement to ask for it).
    std::int64_t insertedId();
    /// Runs a statement that returns no rows; false, with none of its changes made, when a row it would write
    /// has the primary key or a unique key of a stored row (the statement is undone, not the transaction).
    /// Any other failure throws.
    bool runUnlessDuplicate();
    /// Makes the statement ready to run again with new bindings.
    void reset();
    /// Steps through every remaining row and returns its first column as text (a list of names).
    QStringList firstColumn();

    int columnCount() const;
    QString columnName(int column) const;
    ColumnType columnType(int column) const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;

private:
    Statement& bindInteger(int index, std::int64_t value);

    std::unique_ptr<StatementBackend> m_backend;
    BoundTexts m_texts;
};

} // namespace mixshift
