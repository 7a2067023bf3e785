// Files long enough for the bulk paths: values written many at a time (ObservationStore::insertAllNew), and
// records parsed a batch ahead on a thread of their own (RecordStream). Conflicts inside a chunk, revisions right
// after the value they revise, a malformed quote thousands of records in, all as the value-by-value path had them.

#include "ImportFixture.h"

#include "domain/PeriodParser.h"
#include "io/Sha256.h"
#include "store/ObservationStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

using namespace mixshift;
using namespace mixshift::test;

namespace {

// Periods store years 1800–2200: "1800Q1" for 0, "1800Q2" for 1 … "2199Q4" for 1599, then again, for the
// next provider.
constexpr int quartersPerProvider = 1600;

QString quarter(int index)
{
    const int q = index % quartersPerProvider;
    return QStringLiteral("%1Q%2").arg(1800 + q / 4).arg(q % 4 + 1);
}

QString provider(int index)
{
    const int n = index / quartersPerProvider;
    return n == 0 ? QStringLiteral("Bulk Co") : QStringLiteral("Bulk Co %1").arg(n + 1);
}

struct Row
{
    int quarter = 0;
    double value = 0;
    QString status = QStringLiteral("current");
};

QString writeRows(const QTemporaryDir& dir, const char* name, const QVector<Row>& rows)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("provider,metric,period,value,unit,source,status\n");
    for (const Row& row : rows)
        file.write(QStringLiteral("%1,revenue,%2,%3,million USD,bulk test,%4\n")
                       .arg(provider(row.quarter), quarter(row.quarter))
                       .arg(row.value)
                       .arg(row.status)
                       .toUtf8());
    return path;
}

QVector<Row> quarters(int first, int count, double offset = 0)
{
    QVector<Row> rows;
    for (int q = first; q < first + count; ++q)
        rows.append({q, q + 1 + offset});
    return rows;
}

double storedValue(ImportFixture& f, int index)
{
    const auto period = PeriodParser::parse(quarter(index), 12);
    BOOST_REQUIRE(period);
    return f.currentValues().value(QStringLiteral("Bulk Co|revenue|%1..%2")
                                       .arg(period->start().toString(Qt::ISODate), period->end().toString(Qt::ISODate)),
                                   -1);
}

const auto withStatus = [](ImportMapping& m) { m.columns[6] = ImportField::Status; };

} // namespace

BOOST_AUTO_TEST_SUITE(bulk_import)

BOOST_AUTO_TEST_CASE(a_chunk_that_meets_stored_periods_is_put_value_by_value)
{
    // 40 values fill chunks of a file's 16 and, on a team store, make one COPY of their own.
    QTemporaryDir dir;
    ImportFixture f;
    const ImportSummary first = f.import(writeRows(dir, "first.csv", quarters(0, 40)), withStatus);
    BOOST_REQUIRE(first.committed);
    BOOST_TEST(first.valuesImported == 40);

    // The same 40 periods, one of them restated, and 8 new ones after them.
    QVector<Row> again = quarters(0, 48);
    again[25].value = 1000;
    const ImportSummary second = f.import(writeRows(dir, "again.csv", again), withStatus);
    BOOST_REQUIRE(second.committed);
    BOOST_TEST(second.unchanged == 39);
    BOOST_TEST(second.revised == 1);
    BOOST_TEST(second.conflicts == 1);
    BOOST_TEST(second.valuesImported == 9);
    BOOST_TEST(f.observationCount() == 48);
    BOOST_TEST(ProjectQueries(f.project->db()).counts().revisions == 1);
    BOOST_TEST(near(storedValue(f, 25), 1000e6));
    BOOST_TEST(near(storedValue(f, 47), 48e6));
}

BOOST_AUTO_TEST_CASE(a_file_that_repeats_a_period_inside_a_chunk_conflicts_with_itself)
{
    QTemporaryDir dir;
    ImportFixture f;
    QVector<Row> rows = quarters(0, 40);
    rows[12] = {3, 500}; // the period of row 3 again, another value
    ImportOptions options;
    options.policy = ConflictPolicy::Skip;
    const ImportSummary s = f.import(writeRows(dir, "repeat.csv", rows), withStatus, options);
    BOOST_REQUIRE(s.committed);
    BOOST_TEST(s.valuesImported == 39);
    BOOST_TEST(s.skipped == 1);
    BOOST_TEST(f.observationCount() == 39);
    BOOST_TEST(near(storedValue(f, 3), 4e6), "the first value of the period is kept");
}

BOOST_AUTO_TEST_CASE(a_revision_row_finds_the_value_written_just_before_it)
{
    QTemporaryDir dir;
    ImportFixture f;
    QVector<Row> rows = quarters(0, 40);
    rows.insert(10, Row{2, 2.5, QStringLiteral("revision")}); // an earlier figure for row 2's period
    const ImportSummary s = f.import(writeRows(dir, "revision.csv", rows), withStatus);
    BOOST_REQUIRE(s.committed);
    BOOST_TEST(s.rowsRejected == 0);
    BOOST_TEST(s.valuesImported == 41);
    BOOST_TEST(f.observationCount() == 40);
    BOOST_TEST(ProjectQueries(f.project->db()).counts().revisions == 1);
    BOOST_TEST(near(storedValue(f, 2), 3e6), "a revision row does not replace the current value");
}

BOOST_AUTO_TEST_CASE(a_malformed_quote_thousands_of_records_in_is_reported_in_its_place)
{
    QTemporaryDir dir;
    QVector<Row> rows = quarters(0, 5000);
    const QString path = writeRows(dir, "late-quote.csv", rows);
    {
        QFile file(path);
        BOOST_REQUIRE(file.open(QIODevice::Append));
        file.write("Bulk Co,revenue,2000Q1,\"7,million USD,bulk test,current\n");
    }
    ImportFixture f;
    ImportOptions options;
    options.acceptValid = true;
    const ImportSummary s = f.import(path, withStatus, options);
    BOOST_REQUIRE(s.committed);
    BOOST_TEST(s.valuesImported == 5000);
    BOOST_TEST(s.rowsRejected == 1);
    BOOST_REQUIRE_EQUAL(s.rejections.size(), 1);
    BOOST_TEST(s.rejections.front().line == 5002);
    BOOST_TEST(s.rejections.front().reason.contains(QStringLiteral("never closed")));

    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    Sha256 whole;
    whole.add(file.readAll());
    BOOST_TEST(s.sha256 == whole.hex(), "the fingerprint is of the whole file");
}

BOOST_AUTO_TEST_CASE(a_preview_of_a_long_file_stops_after_its_rows)
{
    QTemporaryDir dir;
    ImportFixture f;
    ImportOptions options;
    options.dryRun = true;
    options.maxRows = 10;
    options.recognizeFile = false;
    const ImportSummary s = f.import(writeRows(dir, "long.csv", quarters(0, 20000)), withStatus, options);
    BOOST_TEST(s.rowsRead == 10);
    BOOST_TEST(s.valuesImported == 10);
    BOOST_TEST(f.observationCount() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
