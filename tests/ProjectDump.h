#pragma once

#include "store/Database.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <boost/test/unit_test.hpp>

#include <algorithm>

namespace mixshift::test {

/// The tables of a project and their columns, each with whether it holds real numbers. A team store's
/// series_tally is left out: it counts the other tables' rows (seriesTallyMismatches checks it).
inline QVector<std::pair<QString, QVector<std::pair<QString, bool>>>> projectTables(Database& db)
{
    const bool server = db.engine() == Database::Engine::Postgres;
    const QStringList tables =
        db.prepare(server ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                            "AND table_name NOT IN ('mixshift_schema', 'series_tally') ORDER BY table_name"
                          : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .firstColumn();
    QVector<std::pair<QString, QVector<std::pair<QString, bool>>>> result;
    for (const QString& table : tables) {
        Statement columns = db.prepare(server ? "SELECT column_name, data_type = 'double precision' FROM "
                                                "information_schema.columns WHERE table_schema = 'public' AND "
                                                "table_name = ? ORDER BY column_name"
                                              : "SELECT name, type = 'REAL' FROM pragma_table_info(?) ORDER BY name");
        columns.bindAll(table);
        QVector<std::pair<QString, bool>> list;
        while (columns.step())
            list.append({columns.text(0), columns.int64(1) != 0});
        result.append({table, list});
    }
    return result;
}

/// Every row of every table of a project as text, table by table, rows sorted: two dumps are equal exactly when
/// the project holds the same data (what "the project is unchanged" promises) — also between a file and a
/// team store: real numbers are written with all their digits, the rows sorted here, not by either engine.
inline QString projectDump(Database& db)
{
    QStringList lines;
    for (const auto& [table, columns] : projectTables(db)) {
        QStringList names;
        for (const auto& column : columns)
            names << QStringLiteral("\"%1\"").arg(column.first);
        const QByteArray sql = QStringLiteral("SELECT %1 FROM \"%2\"").arg(names.join(QLatin1Char(',')), table).toUtf8();
        Statement rows = db.prepare(std::string_view(sql.constData(), static_cast<std::size_t>(sql.size())));
        QStringList tableLines;
        while (rows.step()) {
            QStringList values;
            for (int c = 0; c < columns.size(); ++c) {
                if (rows.isNull(c))
                    values << QStringLiteral("NULL");
                else if (columns[c].second)
                    values << QString::number(rows.real(c), 'g', 17);
                else
                    values << QLatin1Char('\'') + rows.text(c) + QLatin1Char('\'');
            }
            tableLines << values.join(QLatin1Char('|'));
        }
        tableLines.sort();
        lines << QStringLiteral("[%1]").arg(table) << tableLines;
    }
    return lines.join(QLatin1Char('\n'));
}

/// The rows of one table, for saying which part of a dump differs.
inline QStringList tableRows(Database& db, const QString& table)
{
    const QStringList lines = projectDump(db).split(QLatin1Char('\n'));
    const qsizetype from = lines.indexOf(QStringLiteral("[%1]").arg(table));
    QStringList rows;
    for (qsizetype i = from + 1; from >= 0 && i < lines.size() && !lines[i].startsWith(QLatin1Char('[')); ++i)
        rows << lines[i];
    return rows;
}

/// Checks that the project holds exactly what `expected` (an earlier projectDump) held; on failure says the
/// first line that differs, both sides.
inline void checkProjectIs(Database& db, const QString& expected)
{
    const QStringList a = projectDump(db).split(QLatin1Char('\n'));
    const QStringList b = expected.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i)) {
            BOOST_ERROR("the project differs, first at line " << i + 1 << ": '" << a.value(i).toStdString()
                                                              << "' instead of '" << b.value(i).toStdString() << "'");
            return;
        }
}

} // namespace mixshift::test
