#include "SampleDataset.h"

#include "analytics/ChartDefinition.h"
#include "domain/PeriodParser.h"
#include "domain/Unit.h"
#include "io/CsvTable.h"
#include "scenario/ScenarioStore.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/ObservationStore.h"
#include "store/Project.h"
#include "Error.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace mixshift::SampleDataset {

namespace {

struct PendingObservation
{
    SeriesKey series;
    ObservationInput input;
    QString published;
};

class Loader
{
public:
    Loader(Database& db, const QString& directory)
        : m_db(db), m_catalog(db), m_store(db), m_directory(directory)
    {
    }

    void loadCatalog()
    {
        loadProviders();
        loadMetrics();
        loadMarkets();
        loadMetricAliases();
    }

    void loadFigures()
    {
        loadSources();
        loadObservations();
        loadEvents();
        loadFxRates();
        loadCharts();
        loadScenarios();
    }

private:
    CsvTable table(const char* file, const QStringList& columns)
    {
        return CsvTable::read(m_directory + QLatin1Char('/') + QLatin1String(file), columns);
    }

    [[noreturn]] static void fail(const CsvTable& t, const CsvTable::Row& row, const QString& column,
                                  const QString& reason)
    {
        throw Error(t.describe(row, column, reason));
    }

    void loadProviders()
    {
        const CsvTable t = table("providers.csv", {"name", "name_zh", "kind", "fiscal_year_end_month", "currency",
                                                   "aliases"});
        for (const auto& row : t.rows()) {
            ProviderRecord p;
            p.name = t.cell(row, "name");
            p.nameZh = t.cell(row, "name_zh");
            p.kind = t.cell(row, "kind");
            bool ok = false;
            p.fiscalYearEndMonth = t.cell(row, "fiscal_year_end_month").toInt(&ok);
            if (!ok || p.fiscalYearEndMonth < 1 || p.fiscalYearEndMonth > 12)
                fail(t, row, "fiscal_year_end_month", QCoreApplication::translate("SampleDataset", "not a month number 1-12"));
            p.currency = t.cell(row, "currency");
            p.id = m_catalog.addProvider(p, t.cell(row, "aliases").split(QLatin1Char('|'), Qt::SkipEmptyParts));
            m_providers.insert(p.name, p);
        }
    }

    void loadMetrics()
    {
        const CsvTable t = table("metrics.csv", {"key", "name", "name_zh", "kind", "aggregation", "display_unit"});
        for (const auto& row : t.rows()) {
            MetricRecord m{0,
                           t.cell(row, "key"),
                           t.cell(row, "name"),
                           t.cell(row, "name_zh"),
                           t.cell(row, "kind"),
                           t.cell(row, "aggregation"),
                           t.cell(row, "display_unit"),
                           false};
            m.id = m_catalog.defineMetric(m);
            m_metrics.insert(m.key, m);
        }
    }

    void loadMarkets()
    {
        const CsvTable t = table("markets.csv", {"key", "name", "name_zh", "publisher", "note"});
        for (const auto& row : t.rows()) {
            MarketRecord m{0,
                           t.cell(row, "key"),
                           t.cell(row, "name"),
                           t.cell(row, "name_zh"),
                           t.cell(row, "publisher"),
                           t.cell(row, "note")};
            m_markets.insert(m.key, m_catalog.addMarket(m));
        }
    }

    void loadMetricAliases()
    {
        const CsvTable t = table("metric_aliases.csv", {"alias", "metric", "market", "category"});
        for (const auto& row : t.rows()) {
            const auto metric = m_metrics.constFind(t.cell(row, "metric"));
            if (metric == m_metrics.constEnd())
                fail(t, row, "metric", QCoreApplication::translate("SampleDataset", "no such metric in metrics.csv"));
            std::optional<std::int64_t> market;
            if (const QString key = t.cell(row, "market"); !key.isEmpty()) {
                if (!m_markets.contains(key))
                    fail(t, row, "market", QCoreApplication::translate("SampleDataset", "no such market in markets.csv"));
                market = m_markets.value(key);
            }
            m_catalog.addMetricAlias(t.cell(row, "alias"), metric->id, market, t.cell(row, "category"));
        }
    }

    void loadSources()
    {
        const CsvTable t =
            table("sources.csv", {"key", "title", "publisher", "published", "url", "date_basis", "excerpt"});
        for (const auto& row : t.rows()) {
            SourceRecord s{0,
                           t.cell(row, "key"),
                           t.cell(row, "title"),
                           t.cell(row, "publisher"),
                           t.cell(row, "published"),
                           t.cell(row, "url"),
                           t.cell(row, "date_basis"),
                           t.cell(row, "excerpt")};
            if (s.title.isEmpty())
                fail(t, row, "title", QCoreApplication::translate("SampleDataset", "every source needs a title"));
            s.id = m_catalog.addSource(s);
            m_sources.insert(s.key, s);
        }
    }

    const SourceRecord& source(const CsvTable& t, const CsvTable::Row& row)
    {
        const auto found = m_sources.constFind(t.cell(row, "source"));
        if (found == m_sources.constEnd())
            fail(t, row, "source", QCoreApplication::translate("SampleDataset", "no such source in sources.csv"));
        return *found;
    }

    PendingObservation observation(const CsvTable& t, const CsvTable::Row& row)
    {
        const auto provider = m_providers.constFind(t.cell(row, "provider"));
        if (provider == m_providers.constEnd())
            fail(t, row, "provider", QCoreApplication::translate("SampleDataset", "no such provider in providers.csv"));
        const auto metric = m_metrics.constFind(t.cell(row, "metric"));
        if (metric == m_metrics.constEnd())
            fail(t, row, "metric", QCoreApplication::translate("SampleDataset", "no such metric in metrics.csv"));

        PendingObservation o;
        o.series.providerId = provider->id;
        o.series.metricId = metric->id;
        o.series.category = t.cell(row, "category");
        if (const QString market = t.cell(row, "market"); !market.isEmpty()) {
            if (!m_markets.contains(market))
                fail(t, row, "market", QCoreApplication::translate("SampleDataset", "no such market in markets.csv"));
            o.series.marketId = m_markets.value(market);
        }

        const auto period = PeriodParser::parse(t.cell(row, "period"), provider->fiscalYearEndMonth);
        if (!period)
            fail(t, row, "period", QCoreApplication::translate("SampleDataset", "not a period (2022, 2023Q3, FY2024Q2, FY2022 or 2023-07)"));
        o.input.start = period->start();
        o.input.end = period->end();

        bool ok = false;
        const double value = t.cell(row, "value").toDouble(&ok);
        if (!ok)
            fail(t, row, "value", QCoreApplication::translate("SampleDataset", "not a plain number"));
        const auto unit = Unit::parse(t.cell(row, "unit"));
        if (!unit)
            fail(t, row, "unit", QCoreApplication::translate("SampleDataset", "not a unit (it names two scales or two currencies)"));
        const QString currency = t.cell(row, "currency").isEmpty() ? unit->currency : t.cell(row, "currency");
        if (!unit->currency.isEmpty() && unit->currency != currency)
            fail(t, row, "currency", QCoreApplication::translate("SampleDataset", "the unit says %1").arg(unit->currency));
        if (metric->kind == QLatin1String("money")) {
            if (currency.isEmpty())
                fail(t, row, "currency", QCoreApplication::translate("SampleDataset", "a money figure needs a currency"));
            o.series.currency = currency;
        } else if ((metric->kind == QLatin1String("percent")) != unit->percent) {
            fail(t, row, "unit", QCoreApplication::translate("SampleDataset", "the metric is %1").arg(metric->kind));
        }
        o.input.value = value * unit->scale;
        o.input.unit = t.cell(row, "unit");

        static const QSet<QString> qualifiers{"", "≈", ">", "≥", "<", "≤"};
        o.input.qualifier = t.cell(row, "qualifier");
        if (!qualifiers.contains(o.input.qualifier))
            fail(t, row, "qualifier", QCoreApplication::translate("SampleDataset", "expected one of ≈ > ≥ < ≤ or nothing"));
        o.input.originalText = t.cell(row, "original_text");
        o.input.note = t.cell(row, "note");
        const SourceRecord& s = source(t, row);
        o.input.sourceId = s.id;
        o.published = s.published;
        return o;
    }

    void loadObservations()
    {
        const CsvTable t = table("observations.csv", {"provider", "metric", "market", "category", "currency", "period",
                                                      "value", "unit", "qualifier", "original_text", "source", "note"});
        QVector<PendingObservation> pending;
        pending.reserve(t.rows().size());
        for (const auto& row : t.rows())
            pending.append(observation(t, row));
        // Oldest publication first: each later source's value becomes current and pushes the earlier one into
        // the revisions, so the latest publication wins and nothing is lost. The sort is stable: among sources
        // published on the same date, the row that comes later in the file wins (datasets/README.md).
        std::stable_sort(pending.begin(), pending.end(),
                         [](const auto& a, const auto& b) { return a.published < b.published; });
        for (const PendingObservation& o : pending)
            m_store.put(m_store.seriesId(o.series), o.input, ConflictPolicy::Revision);
    }

    void loadEvents()
    {
        const CsvTable t = table("events.csv", {"date", "provider", "title", "title_zh", "approximate", "source", "note"});
        for (const auto& row : t.rows()) {
            EventRecord e;
            e.date = t.cell(row, "date");
            e.approximate = t.cell(row, "approximate") == QLatin1String("yes");
            if (const QString provider = t.cell(row, "provider"); !provider.isEmpty()) {
                if (!m_providers.contains(provider))
                    fail(t, row, "provider", QCoreApplication::translate("SampleDataset", "no such provider in providers.csv"));
                e.providerId = m_providers.value(provider).id;
            }
            e.title = t.cell(row, "title");
            e.titleZh = t.cell(row, "title_zh");
            e.note = t.cell(row, "note");
            e.sourceId = source(t, row).id;
            m_catalog.addEvent(e);
        }
    }

    void loadFxRates()
    {
        const CsvTable t = table("fx_rates.csv", {"currency", "period", "provider", "usd_per_unit", "source", "basis"});
        for (const auto& row : t.rows()) {
            const auto provider = m_providers.constFind(t.cell(row, "provider"));
            if (provider == m_providers.constEnd())
                fail(t, row, "provider", QCoreApplication::translate("SampleDataset", "no such provider in providers.csv"));
            const auto period = PeriodParser::parse(t.cell(row, "period"), provider->fiscalYearEndMonth);
            if (!period)
                fail(t, row, "period", QCoreApplication::translate("SampleDataset", "not a period"));
            bool ok = false;
            const double rate = t.cell(row, "usd_per_unit").toDouble(&ok);
            if (!ok || rate <= 0)
                fail(t, row, "usd_per_unit", QCoreApplication::translate("SampleDataset", "not a positive number"));
            m_catalog.addFxRate(t.cell(row, "currency"), period->start(), period->end(), rate, source(t, row).id);
        }
    }

    void loadCharts()
    {
        const CsvTable t = table("charts.csv", {"name", "kind", "title", "series", "options"});
        SavedCharts charts(m_db);
        for (const auto& row : t.rows()) {
            ChartDefinition chart;
            chart.name = t.cell(row, "name");
            const auto kind = chartKindFromKey(t.cell(row, "kind"));
            if (!kind)
                fail(t, row, "kind", QCoreApplication::translate("SampleDataset", "not line, bars, stacked-area, stacked-100 or bar-line"));
            chart.kind = *kind;
            chart.title = t.cell(row, "title");
            chart.specs = t.cell(row, "series").split(QLatin1Char(';'), Qt::SkipEmptyParts);
            chart.dataLabels = t.cell(row, "options").contains(QLatin1String("labels"));
            chart.logScale = t.cell(row, "options").contains(QLatin1String("log"));
            charts.save(chart);
        }
    }

    void loadScenarios()
    {
        const CsvTable t = table("scenarios.csv", {"name", "provider", "levers", "notes"});
        ScenarioStore scenarios(m_db);
        for (const auto& row : t.rows()) {
            SavedScenario scenario;
            scenario.name = t.cell(row, "name");
            scenario.provider = t.cell(row, "provider");
            scenario.notes = t.cell(row, "notes");
            // From the provider's base quarter in the sample, then the levers the row sets.
            const BaseQuarter base = BaseQuarter::find(m_db, scenario.provider);
            scenario.levers.baseRevenue = base.revenue;
            scenario.levers.baseEbita = base.ebita;
            for (const QString& entry : t.cell(row, "levers").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                bool ok = false;
                const double value = entry.section(QLatin1Char('='), 1).toDouble(&ok);
                if (!ok)
                    fail(t, row, "levers", QCoreApplication::translate("SampleDataset", "'%1' is not LEVER=NUMBER").arg(entry));
                try {
                    setLever(scenario.levers, entry.section(QLatin1Char('='), 0, 0).trimmed(), value);
                } catch (const Error& e) {
                    fail(t, row, "levers", e.message());
                }
            }
            scenarios.save(scenario);
        }
    }

    Database& m_db;
    Catalog m_catalog;
    ObservationStore m_store;
    QString m_directory;
    QHash<QString, ProviderRecord> m_providers;
    QHash<QString, MetricRecord> m_metrics;
    QHash<QString, std::int64_t> m_markets;
    QHash<QString, SourceRecord> m_sources;
};

} // namespace

QString bundledDirectory()
{
    return QStringLiteral(":/datasets");
}

void loadCatalog(Database& db, const QString& directory)
{
    Transaction transaction(db);
    Loader(db, directory).loadCatalog();
    transaction.commit();
}

void load(Database& db, const QString& directory)
{
    Transaction transaction(db);
    Loader loader(db, directory);
    loader.loadCatalog();
    loader.loadFigures();
    transaction.commit();
}

std::unique_ptr<Project> createProject(const QString& path, Content content)
{
    return Project::create(path, [content](Database& db) {
        if (content == Content::Figures)
            load(db);
        else
            loadCatalog(db);
    });
}

} // namespace mixshift::SampleDataset
