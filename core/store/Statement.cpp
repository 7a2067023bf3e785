#include "Statement.h"

#include <stdexcept>

namespace mixshift {

Statement::Statement(std::unique_ptr<StatementBackend> backend)
    : m_backend(std::move(backend))
{
}

Statement::~Statement() = default;

Statement::Statement(Statement&& other) noexcept = default;

Statement& Statement::bind(int index, std::nullptr_t)
{
    m_backend->bindNull(index);
    return *this;
}

Statement& Statement::bindInteger(int index, std::int64_t value)
{
    m_backend->bindInteger(index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    m_backend->bindReal(index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    return bind(index, LastingText{m_texts.add(QStringView(value))});
}

Statement& Statement::bind(int index, const QByteArray& utf8)
{
    return bind(index, LastingText{m_texts.add(QByteArrayView(utf8))});
}

Statement& Statement::bind(int index, LastingText text)
{
    m_backend->bindText(index, text.utf8);
    return *this;
}

Statement& Statement::bind(int index, const char* value)
{
    return bind(index, QString::fromUtf8(value));
}

bool Statement::step()
{
    return m_backend->step();
}

void Statement::run()
{
    while (step()) {
    }
}

std::int64_t Statement::insertedId()
{
    if (!step())
        throw std::logic_error("an INSERT … RETURNING id returned no row");
    const std::int64_t id = int64(0);
    run();
    return id;
}

bool Statement::runUnlessDuplicate()
{
    return m_backend->runUnlessDuplicate();
}

void Statement::reset()
{
    m_backend->reset();
    m_texts.clear();
}

QStringList Statement::firstColumn()
{
    QStringList values;
    while (step())
        values << text(0);
    return values;
}

int Statement::columnCount() const
{
    return m_backend->columnCount();
}

QString Statement::columnName(int column) const
{
    return m_backend->columnName(column);
}

ColumnType Statement::columnType(int column) const
{
    return m_backend->columnType(column);
}

bool Statement::isNull(int column) const
{
    return m_backend->isNull(column);
}

std::int64_t Statement::int64(int column) const
{
    return m_backend->int64(column);
}

int Statement::integer(int column) const
{
    return static_cast<int>(m_backend->int64(column));
}

double Statement::real(int column) const
{
    return m_backend->real(column);
}

QString Statement::text(int column) const
{
    return m_backend->text(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace mixshift
