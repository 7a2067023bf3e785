#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace mixshift {

/// What a column of a result row holds, as SQLite's storage classes name it.
enum class ColumnType {
    Null,
    Integer,
    Real,
    Text,
};

/// What an engine does for a Statement. Parameters are 1-based, columns 0-based. Bound texts stay valid and
/// unchanged until reset(): engines read them in place.
class StatementBackend
{
public:
    virtual ~StatementBackend() = default;

    virtual void bindNull(int index) = 0;
    virtual void bindInteger(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, QByteArrayView utf8) = 0;

    /// Advances to the next row; false when the statement has finished.
    virtual bool step() = 0;
    /// Runs a statement that returns no rows; false, with none of its changes made, when a row it would write
    /// has the primary key or a unique key of a stored row. The transaction around it stays usable.
    virtual bool runUnlessDuplicate() = 0;
    /// Ready to run again; the bindings are cleared.
    virtual void reset() = 0;

    virtual int columnCount() const = 0;
    virtual QString columnName(int column) const = 0;
    /// What the column holds in the current row.
    virtual ColumnType columnType(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::int64_t int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
};

} // namespace mixshift
