#include "ScenarioStore.h"

#include "Error.h"
#include "domain/Period.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace mixshift {

ScenarioStore::ScenarioStore(Database& db)
    : m_db(db)
{
}

void ScenarioStore::save(const SavedScenario& scenario)
{
    if (scenario.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("ScenarioStore", "a scenario needs a name"));
    QJsonObject levers;
    for (const LeverInfo& info : mixLeverInfo()) {
        const double value = info.get(scenario.levers);
        if (!std::isnan(value))
            levers.insert(QString::fromLatin1(info.name), value);
    }
    QJsonObject parameters{{QStringLiteral("provider"), scenario.provider}, {QStringLiteral("levers"), levers}};
    if (scenario.statusQuo == StatusQuoChoice::Forecast)
        parameters.insert(QStringLiteral("status_quo"), QStringLiteral("forecast"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_db.prepare("INSERT INTO scenario (name, model, parameters, notes, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (name) DO UPDATE SET model = excluded.model, parameters = excluded.parameters, "
                 "notes = excluded.notes, modified_at = excluded.modified_at")
        .bindAll(scenario.name.trimmed(), scenario.model,
                 QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)), scenario.notes, now, now)
        .run();
}

std::optional<SavedScenario> ScenarioStore::load(const QString& name)
{
    Statement find = m_db.prepare("SELECT name, model, parameters, notes FROM scenario WHERE name = ?");
    if (!find.bindAll(name.trimmed()).step())
        return std::nullopt;
    SavedScenario s;
    s.name = find.text(0);
    s.model = find.text(1);
    s.notes = find.text(3);
    const QJsonObject parameters = QJsonDocument::fromJson(find.text(2).toUtf8()).object();
    s.provider = parameters.value(QStringLiteral("provider")).toString();
    if (parameters.value(QStringLiteral("status_quo")).toString() == QLatin1String("forecast"))
        s.statusQuo = StatusQuoChoice::Forecast;
    const QJsonObject levers = parameters.value(QStringLiteral("levers")).toObject();
    s.levers.baseEbita.reset();
    for (const LeverInfo& info : mixLeverInfo()) {
        const QJsonValue value = levers.value(QString::fromLatin1(info.name));
        if (!value.isUndefined())
            info.set(s.levers, value.toDouble());
    }
    return s;
}

QStringList ScenarioStore::names()
{
    return m_db.prepare("SELECT name FROM scenario ORDER BY name").firstColumn();
}

void ScenarioStore::remove(const QString& name)
{
    m_db.prepare("DELETE FROM scenario WHERE name = ?").bindAll(name.trimmed()).run();
}

void ScenarioStore::rename(const QString& name, const QString& newName)
{
    if (newName.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("ScenarioStore", "a scenario needs a name"));
    if (names().contains(newName.trimmed()))
        throw Error(QCoreApplication::translate("ScenarioStore", "there is already a scenario called '%1'; choose another name").arg(newName.trimmed()));
    m_db.prepare("UPDATE scenario SET name = ?, modified_at = ? WHERE name = ?")
        .bindAll(newName.trimmed(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), name.trimmed())
        .run();
}

namespace {

struct StoredQuarter
{
    QDate end;
    double value = 0;
    QString source;
};

// A provider's quarters of one metric (whole business, its own currency, current values) by start.
QMap<QDate, StoredQuarter> providerQuarters(Database& db, const ProviderRecord& provider, const QString& metric)
{
    QMap<QDate, StoredQuarter> values;
    Catalog catalog(db);
    const auto m = catalog.findMetric(metric);
    if (!m)
        return values;
    ObservationFilter filter;
    filter.providerId = provider.id;
    filter.metricId = m->id;
    filter.includeRevisions = false;
    ProjectQueries queries(db);
    QHash<std::int64_t, SeriesSummary> series;
    for (const SeriesSummary& s : queries.series(filter))
        series.insert(s.id, s);
    for (const ObservationRow& row : queries.observations(filter)) {
        const SeriesSummary& s = series[row.seriesId];
        const int months = (row.end.year() - row.start.year()) * 12 + row.end.month() - row.start.month() + 1;
        if (months == 3 && s.marketKey.isEmpty() && s.category.isEmpty() && s.currency == provider.currency)
            values.insert(row.start,
                          {row.end, row.value, describeSource(row.sourceTitle, row.sourcePublisher, row.sourcePublished)});
    }
    return values;
}

ProviderRecord knownProvider(Database& db, const QString& name)
{
    const auto provider = Catalog(db).findProvider(name);
    if (!provider)
        throw Error(QCoreApplication::translate("ScenarioStore", "no provider or alias '%1'").arg(name));
    return *provider;
}

} // namespace

BaseQuarter BaseQuarter::find(Database& db, const QString& providerName)
{
    const ProviderRecord provider = knownProvider(db, providerName);
    // Latest quarter of revenue (whole business, own currency), preferring one with a profit figure.
    const auto quarterly = [&](const QString& metric) { return providerQuarters(db, provider, metric); };
    const auto revenue = quarterly(QStringLiteral("revenue"));
    if (revenue.isEmpty())
        throw Error(QCoreApplication::translate("ScenarioStore", "%1 has no quarterly revenue in %2 to start a scenario from").arg(provider.name, provider.currency));
    auto profit = quarterly(QStringLiteral("adjusted_ebita"));
    if (profit.isEmpty())
        profit = quarterly(QStringLiteral("operating_income"));
    BaseQuarter base;
    base.provider = provider.name;
    base.fiscalYearEndMonth = provider.fiscalYearEndMonth;
    base.currency = provider.currency;
    QDate chosen = revenue.lastKey();
    for (auto it = revenue.cend(); it != revenue.cbegin();) {
        --it;
        if (profit.contains(it.key())) {
            chosen = it.key();
            base.ebita = profit.value(it.key()).value;
            base.sources << profit.value(it.key()).source;
            break;
        }
    }
    base.start = chosen;
    base.end = revenue.value(chosen).end;
    base.revenue = revenue.value(chosen).value;
    base.sources.prepend(revenue.value(chosen).source);
    return base;
}

PointSeries BaseQuarter::revenueHistory(Database& db) const
{
    PointSeries history;
    const auto revenue = providerQuarters(db, knownProvider(db, provider), QStringLiteral("revenue"));
    for (auto it = revenue.cbegin(); it != revenue.cend() && it.key() <= start; ++it)
        history.append({it.key(), it->end, it->value, {it->source}});
    return history;
}

BaseQuarter BaseQuarter::startingFrom(const MixLevers& levers) const
{
    const auto same = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)); };
    const bool sameEbita = ebita.has_value() == levers.baseEbita.has_value() && (!ebita || same(*ebita, *levers.baseEbita));
    if (same(revenue, levers.baseRevenue) && sameEbita)
        return *this;
    BaseQuarter given = *this;
    given.revenue = levers.baseRevenue;
    given.ebita = levers.baseEbita;
    given.figuresGiven = true;
    given.sources.clear();
    return given;
}

DisplayUnit BaseQuarter::moneyUnit() const
{
    return DisplayUnit::forValue(QStringLiteral("money"), currency, {});
}

QString BaseQuarter::label(int t) const
{
    if (figuresGiven)
        return t == 0 ? QStringLiteral("Q0") : QStringLiteral("Q+%1").arg(t);
    const QDate start = this->start.addMonths(3 * t);
    const auto period = Period::fromRange(start, start.addMonths(3).addDays(-1), fiscalYearEndMonth);
    return period ? period->label() : toIsoDate(start);
}

} // namespace mixshift
