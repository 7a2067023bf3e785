#pragma once

#include "domain/Unit.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <cstdint>
#include <functional>
#include <optional>

namespace mixshift {

class Database;

/// A series with the names of what it measures and how many values it holds.
struct SeriesSummary
{
    std::int64_t id = 0;
    QString provider;
    QString providerZh;
    QString providerKind;
    int fiscalYearEndMonth = 12;
    QString metricKey;
    QString metricName;
    QString metricNameZh;
    QString metricKind;
    QString aggregation;
    QString countNoun;
    QString market;
    QString marketKey;
    QString category;
    QString currency;
    int observationCount = 0;
    int revisionCount = 0;
    /// Money per share (earnings per share): a statement's 万元 or US$ m is not its scale.
    bool perShare = false;

    /// What distinguishes this series among the provider's series of the same metric (market, category,
    /// currency), e.g. "Worldwide IaaS public cloud services (Gartner)" or "Intelligent Cloud · USD".
    QString scopeLabel() const;
    /// "Alibaba Cloud — Revenue", with the scope when there is one.
    QString title() const;
    DisplayUnit displayUnit() const;
    /// Flows (revenue, profit) draw as bars; ratios and stocks as lines.
    bool isFlow() const { return aggregation == QLatin1String("flow"); }
};

/// A source as a chart's source line names it: "title (publisher, date)", the title shortened when long.
QString describeSource(const QString& title, const QString& publisher, const QString& published);

/// One stored value: the current one of its period, or a revision kept from another source.
struct ObservationRow
{
    std::int64_t seriesId = 0;
    QDate start;
    QDate end;
    QString periodLabel;
    QString calendarLabel;
    double value = 0;
    QString qualifier;
    QString unit;
    QString originalText;
    QString note;
    QString sourceKey;
    QString sourceTitle;
    QString sourcePublisher;
    QString sourcePublished;
    QString sourceUrl;
    bool current = true;
};

struct ObservationFilter
{
    std::optional<std::int64_t> providerId;
    std::optional<std::int64_t> metricId;
    std::optional<std::int64_t> seriesId;
    bool includeRevisions = true;
};

struct ProjectCounts
{
    std::int64_t providers = 0;
    std::int64_t metrics = 0;
    std::int64_t markets = 0;
    std::int64_t series = 0;
    std::int64_t observations = 0;
    std::int64_t revisions = 0;
    std::int64_t sources = 0;
    std::int64_t events = 0;
};

struct EventRow
{
    QString date;
    bool approximate = false;
    QString provider;
    QString title;
    QString titleZh;
    QString note;
    QString sourceTitle;
};

/// A source as a report's sources page lists it.
struct SourceRow
{
    QString key;
    QString title;
    QString publisher;
    QString published;
    QString url;

    /// As charts and series name it: describeSource() of its title, publisher and date.
    QString description() const { return describeSource(title, publisher, published); }
};

/// Read-only views of a project for the browser, tables, charts and the command line.
class ProjectQueries
{
public:
    explicit ProjectQueries(Database& db);

    QVector<SeriesSummary> series(const ObservationFilter& filter = {});
    /// Ordered by series, then period; within a period the current value comes first.
    QVector<ObservationRow> observations(const ObservationFilter& filter);
    /// The same rows, in the same order, handed to `visit` one at a time as SQLite reads them, so a caller
    /// that writes them out needs constant memory however many there are; `visit` returns false to stop.
    void forEachObservation(const ObservationFilter& filter, const std::function<bool(const ObservationRow&)>& visit);
    ProjectCounts counts();
    QVector<EventRow> events();
    /// Every source, in the order they were added.
    QVector<SourceRow> sources();

private:
    Database& m_db;
};

} // namespace mixshift
