#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <optional>

namespace mixshift {

class Database;

struct ProviderRecord
{
    std::int64_t id = 0;
    QString name;
    QString nameZh;
    QString kind = QStringLiteral("company");
    int fiscalYearEndMonth = 12;
    QString currency = QStringLiteral("USD");
};

struct MetricRecord
{
    std::int64_t id = 0;
    QString key;
    QString name;
    QString nameZh;
    QString kind;
    QString aggregation;
    QString displayUnit;
    /// Money per share (earnings per share): a statement's 万元 or US$ m is not its scale.
    bool perShare = false;
};

struct MarketRecord
{
    std::int64_t id = 0;
    QString key;
    QString name;
    QString nameZh;
    QString publisher;
    QString note;
};

struct SourceRecord
{
    std::int64_t id = 0;
    QString key;
    QString title;
    QString publisher;
    QString published;
    QString url;
    QString dateBasis;
    QString excerpt;
};

struct EventRecord
{
    QString date;
    bool approximate = false;
    std::optional<std::int64_t> providerId;
    QString title;
    QString titleZh;
    QString note;
    std::int64_t sourceId = 0;
};

/// What a metric alias stands for: the metric, and for some names also the market or segment they imply
/// (`gartner_iaas_share` is market share in Gartner's IaaS market).
struct MetricMatch
{
    MetricRecord metric;
    std::optional<std::int64_t> marketId;
    QString category;
};

/// The project's reference entities — providers (with aliases), metrics, markets, sources, dated events —
/// and lookups by name, key or alias. Aliases match without regard to case.
class Catalog
{
public:
    explicit Catalog(Database& db);

    std::int64_t addProvider(const ProviderRecord& provider, const QStringList& aliases);
    std::int64_t addMetric(const MetricRecord& metric, const QStringList& aliases);
    /// Adds the metric, or redefines the one with its key (names, kind, aggregation, unit); returns its id.
    std::int64_t defineMetric(const MetricRecord& metric);
    void addMetricAlias(const QString& alias, std::int64_t metricId, std::optional<std::int64_t> marketId,
                        const QString& category);
    std::int64_t addMarket(const MarketRecord& market);
    std::int64_t addSource(const SourceRecord& source);
    std::int64_t addEvent(const EventRecord& event);
    /// A currency's rate for a period: US dollars per unit, with the source that states or implies it.
    void addFxRate(const QString& currency, const QDate& start, const QDate& end, double usdPerUnit, std::int64_t sourceId);

    /// Makes `alias` another name of the provider (replacing what it named before).
    void addProviderAlias(const QString& alias, std::int64_t providerId);
    QVector<ProviderRecord> providers();
    QVector<MetricRecord> metrics();

    /// Every alias with what it names (the provider's name, or the metric's key): alias → name.
    QVector<std::pair<QString, QString>> providerAliases();
    QVector<std::pair<QString, QString>> metricAliases();
    void removeProviderAlias(const QString& alias);
    void removeMetricAlias(const QString& alias);

    /// What an alias names: a provider, or a metric (with the market or category it implies).
    enum class AliasKind { Provider, Metric };
    struct AliasTarget
    {
        std::int64_t id = 0;
        std::optional<std::int64_t> marketId;
        QString category;
    };
    std::optional<AliasTarget> aliasTarget(AliasKind kind, const QString& alias);
    /// Points the alias at `target`, or removes it when there is none.
    void setAlias(AliasKind kind, const QString& alias, const std::optional<AliasTarget>& target);

    std::optional<ProviderRecord> findProvider(const QString& nameOrAlias);
    std::optional<MetricRecord> findMetric(const QString& keyOrAlias);
    std::optional<MetricMatch> matchMetric(const QString& keyOrAlias);
    /// By key, or else by name.
    std::optional<MarketRecord> findMarket(const QString& keyOrName);
    QVector<MarketRecord> markets();
    std::optional<SourceRecord> findSource(const QString& key);
    /// The source with this title and URL, added when there is none yet (and `created` then set).
    std::int64_t sourceId(const QString& title, const QString& url, bool* created = nullptr);

private:
    void addAliases(const char* sql, std::int64_t id, const QStringList& aliases);

    Database& m_db;
};

} // namespace mixshift
