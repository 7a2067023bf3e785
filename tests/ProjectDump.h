#pragma once

#include "store/Database.h"

#include <QString>
#include <QStringList>

#include <boost/test/unit_test.hpp>

#include <algorithm>

namespace mixshift::test {

/// Every row of every table of a project as text, table by table, rows sorted: two dumps are equal exactly when
/// the project holds the same data (what "the project is unchanged" promises).
inline QString projectDump(Database& db)
{
    QStringList lines;
    for (const QString& table : db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").firstColumn()) {
        Statement columns = db.prepare("SELECT name FROM pragma_table_info(?)");
        columns.bindAll(table);
        QStringList quoted;
        for (const QString& column : columns.firstColumn())
            quoted << QStringLiteral("quote(\"%1\")").arg(column);
        const QByteArray sql =
            QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1").arg(quoted.join(QStringLiteral(" || '|' || ")), table).toUtf8();
        Statement rows = db.prepare(std::string_view(sql.constData(), static_cast<std::size_t>(sql.size())));
        lines << QStringLiteral("[%1]").arg(table);
        while (rows.step())
            lines << rows.text(0);
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
