#pragma once

#include "store/Database.h"

#include <QStringList>

#include <boost/test/unit_test.hpp>

namespace mixshift::test {

// Every table an import can touch, each row quoted, in primary-key order.
inline QStringList dump(Database& db)
{
    QStringList rows;
    for (const char* table : {"source", "provider", "provider_alias", "market", "metric", "metric_alias", "series",
                              "observation", "observation_revision", "import_batch", "import_replaced",
                              "import_catalog_change"}) {
        Statement columns = db.prepare(std::string("SELECT name FROM pragma_table_info('") + table + "')");
        QStringList quoted;
        while (columns.step())
            quoted << QStringLiteral("quote(%1)").arg(columns.text(0));
        Statement all = db.prepare(QStringLiteral("SELECT '%1: ' || %2 FROM %1 ORDER BY 1")
                                       .arg(QString::fromLatin1(table), quoted.join(QStringLiteral(" || ',' || ")))
                                       .toStdString());
        while (all.step())
            rows << all.text(0);
    }
    return rows;
}

inline void checkSame(const QStringList& actual, const QStringList& expected)
{
    BOOST_TEST(actual.size() == expected.size());
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i)
        if (actual[i] != expected[i]) {
            BOOST_ERROR("first difference: " << actual[i].toStdString() << " vs " << expected[i].toStdString());
            return;
        }
}

} // namespace mixshift::test
