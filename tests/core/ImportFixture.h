#pragma once

#include "import/CsvSniffer.h"
#include "import/Importer.h"
#include "import/MappingGuesser.h"
#include "sample/SampleDataset.h"
#include "store/Catalog.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"
#include "TestStore.h"

#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <functional>
#include <memory>

namespace mixshift::test {

inline QString importData(const char* name)
{
    return QStringLiteral(MIXSHIFT_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

/// A project's current stored values: "provider|metric|start..end" → value.
inline QHash<QString, double> currentValues(Database& db)
{
    ProjectQueries queries(db);
    QHash<std::int64_t, SeriesSummary> series;
    for (const SeriesSummary& s : queries.series())
        series.insert(s.id, s);
    ObservationFilter filter;
    filter.includeRevisions = false;
    QHash<QString, double> values;
    for (const ObservationRow& row : queries.observations(filter)) {
        const SeriesSummary& s = series[row.seriesId];
        values.insert(QStringLiteral("%1|%2|%3..%4")
                          .arg(s.provider, s.metricKey, row.start.toString(Qt::ISODate), row.end.toString(Qt::ISODate)),
                      row.value);
    }
    return values;
}

/// A new project with the bundled catalog, and a way to import files into it with a guessed mapping that
/// a test may adjust.
struct ImportFixture
{
    QTemporaryDir dir;
    QString path = newStoreLocation(dir, QStringLiteral("import.mixshift"));
    std::unique_ptr<Project> project = SampleDataset::createProject(path, SampleDataset::Content::Catalog);

    ImportMapping mappingFor(const QString& file)
    {
        Catalog catalog(project->db());
        return MappingGuesser::guess(CsvSniffer::sniff(file), catalog);
    }

    ImportSummary import(const QString& file, const std::function<void(ImportMapping&)>& adjust = {},
                         ImportOptions options = {}, ImportMonitor* monitor = nullptr)
    {
        ImportMapping mapping = mappingFor(file);
        if (adjust)
            adjust(mapping);
        return Importer(project->db()).run(file, mapping, options, monitor);
    }

    /// Current stored values: "provider|metric|start..end" → value.
    QHash<QString, double> currentValues() { return test::currentValues(project->db()); }

    std::int64_t observationCount() { return ProjectQueries(project->db()).counts().observations; }
};

inline bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

/// Fails unless `values` holds `key` near `expected`.
inline void expectValue(const QHash<QString, double>& values, const char* key, double expected)
{
    const QString k = QString::fromUtf8(key);
    BOOST_TEST_INFO(key);
    BOOST_REQUIRE(values.contains(k));
    BOOST_TEST(near(values.value(k), expected), key << ": " << values.value(k) << " != " << expected);
}

} // namespace mixshift::test
