#include "ProjectCopy.h"

#include "Database.h"
#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace mixshift::ProjectCopy {

namespace {

struct Table
{
    const char* name;
    /// The primary key's columns: rows are read in its order, a page at a time.
    std::vector<std::string> key;
    /// Whether the key is a number the store gives new rows.
    bool numbered;
};

const std::vector<Table>& copiedTables()
{
    static const std::vector<Table> tables = {
        {"source", {"id"}, true},
        {"provider", {"id"}, true},
        {"provider_alias", {"alias"}, false},
        {"market", {"id"}, true},
        {"metric", {"id"}, true},
        {"metric_alias", {"alias"}, false},
        {"series", {"id"}, true},
        {"import_batch", {"id"}, true},
        {"import_profile", {"id"}, true},
        {"observation", {"series_id", "period_start", "period_end"}, false},
        {"observation_revision", {"id"}, true},
        {"fx_rate", {"currency", "period_start", "period_end"}, false},
        {"scenario", {"id"}, true},
        {"chart", {"id"}, true},
        {"event", {"id"}, true},
        {"import_replaced", {"seq"}, true},
        {"import_catalog_change", {"seq"}, true},
    };
    return tables;
}

// Pages keep a server's whole-result fetch small whatever the table's size.
constexpr int pageRows = 20000;

// The rows after `(key) > (?, …)`, or from the first when `after` is false, in the key's order.
std::string pageQuery(const Table& table, bool after)
{
    const std::string key = commaSeparated(table.key);
    std::string sql = "SELECT * FROM " + std::string(table.name);
    if (after)
        sql += " WHERE (" + key + ") > (" + commaSeparated(std::vector<std::string>(table.key.size(), "?")) + ")";
    return sql + " ORDER BY " + key + " LIMIT " + std::to_string(pageRows);
}

// A value of the current row, kept so that it can be bound after the row is gone.
struct Value
{
    ColumnType type = ColumnType::Null;
    std::int64_t integer = 0;
    double real = 0;
    QByteArray text;
};

Value valueAt(const Statement& row, int column)
{
    Value value;
    value.type = row.columnType(column);
    switch (value.type) {
    case ColumnType::Null:
        break;
    case ColumnType::Integer:
        value.integer = row.int64(column);
        break;
    case ColumnType::Real:
        value.real = row.real(column);
        break;
    case ColumnType::Text:
        value.text = row.text(column).toUtf8();
        break;
    }
    return value;
}

void add(BulkInsert& rows, const Value& value)
{
    switch (value.type) {
    case ColumnType::Null:
        rows.addNull();
        break;
    case ColumnType::Integer:
        rows.addInteger(value.integer);
        break;
    case ColumnType::Real:
        rows.addReal(value.real);
        break;
    case ColumnType::Text:
        rows.addText(value.text);
        break;
    }
}

void bind(Statement& statement, int index, const Value& value)
{
    switch (value.type) {
    case ColumnType::Null:
        statement.bind(index, nullptr);
        break;
    case ColumnType::Integer:
        statement.bind(index, value.integer);
        break;
    case ColumnType::Real:
        statement.bind(index, value.real);
        break;
    case ColumnType::Text:
        statement.bind(index, value.text);
        break;
    }
}

void copyTable(const Table& table, Database& from, Database& to)
{
    Statement first = from.prepare(pageQuery(table, false));
    Statement next = from.prepare(pageQuery(table, true));
    std::unique_ptr<BulkInsert> rows;
    std::vector<int> keyColumns;
    std::vector<Value> row;
    Statement* page = &first;
    for (;;) {
        int read = 0;
        while (page->step()) {
            if (!rows) {
                std::vector<std::string> columns;
                for (int c = 0; c < page->columnCount(); ++c)
                    columns.push_back(page->columnName(c).toStdString());
                for (const std::string& key : table.key)
                    for (int c = 0; c < page->columnCount(); ++c)
                        if (columns[c] == key)
                            keyColumns.push_back(c);
                rows = to.bulkInsert(table.name, columns);
            }
            row.clear();
            for (int c = 0; c < page->columnCount(); ++c)
                row.push_back(valueAt(*page, c));
            for (const Value& value : row)
                add(*rows, value);
            rows->endRow();
            ++read;
        }
        if (read < pageRows)
            break;
        next.reset();
        for (std::size_t k = 0; k < keyColumns.size(); ++k)
            bind(next, static_cast<int>(k) + 1, row[keyColumns[k]]);
        page = &next;
    }
    // A file's NOCASE folds ASCII letters only, a server's every letter: aliases a file tells apart may be one
    // alias there.
    if (rows && !rows->finish())
        throw Error(QCoreApplication::translate("ProjectCopy",
                                                "%1: cannot take the rows of table %2: two of them have the same key "
                                                "there (e.g. aliases that differ only in the case of non-ASCII "
                                                "letters); nothing was copied")
                        .arg(to.location(), QString::fromLatin1(table.name)));
    if (table.numbered)
        to.keysWritten(table.name, table.key.front());
}

} // namespace

QStringList tables()
{
    QStringList names;
    for (const Table& table : copiedTables())
        names << QString::fromLatin1(table.name);
    return names;
}

void copy(Database& from, Database& to)
{
    Transaction reading(from, Transaction::Kind::Read);
    Transaction writing(to);
    const std::vector<Table>& all = copiedTables();
    for (auto table = all.rbegin(); table != all.rend(); ++table)
        to.exec("DELETE FROM " + std::string(table->name));
    for (const Table& table : all)
        copyTable(table, from, to);
    writing.commit();
    reading.commit();
}

} // namespace mixshift::ProjectCopy
