#include "ProjectQueries.h"

#include "Database.h"
#include "domain/Period.h"

#include <QStringList>

#include <string>

namespace mixshift {

QString describeSource(const QString& title, const QString& publisher, const QString& published)
{
    QStringList details;
    if (!publisher.isEmpty())
        details << publisher;
    if (!published.isEmpty())
        details << published;
    const QString shortTitle = title.size() > 48 ? title.left(47) + QStringLiteral("…") : title;
    return details.isEmpty() ? shortTitle : QStringLiteral("%1 (%2)").arg(shortTitle, details.join(QStringLiteral(", ")));
}

QString SeriesSummary::scopeLabel() const
{
    QStringList parts;
    if (!market.isEmpty())
        parts << market;
    if (!category.isEmpty())
        parts << category;
    if (!currency.isEmpty() && metricKind == QLatin1String("money"))
        parts << currency;
    return parts.join(QStringLiteral(" · "));
}

QString SeriesSummary::title() const
{
    const QString scope = scopeLabel();
    const QString base = QStringLiteral("%1 — %2").arg(provider, metricName);
    return scope.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, scope);
}

DisplayUnit SeriesSummary::displayUnit() const
{
    return DisplayUnit::forValue(metricKind, currency, countNoun);
}

namespace {

/// Whether the store keeps each series' counts (a team store does: see Schema, version 6).
bool keepsTally(const Database& db)
{
    return db.engine() == Database::Engine::Postgres;
}

} // namespace

ProjectQueries::ProjectQueries(Database& db)
    : m_db(db)
{
}

QVector<SeriesSummary> ProjectQueries::series(const ObservationFilter& filter)
{
    // The counts: a team store keeps them in series_tally (schema 6), a file counts its rows.
    const bool kept = keepsTally(m_db);
    const std::string sql = std::string(R"SQL(
        SELECT se.id, p.name, p.name_zh, p.kind, p.fiscal_year_end_month,
               m.key, m.name, m.name_zh, m.kind, m.aggregation, m.display_unit,
               coalesce(mk.name, ''), coalesce(mk.key, ''), se.category, se.currency, )SQL")
        + (kept ? "coalesce(t.observations, 0), coalesce(t.revisions, 0)"
                : "(SELECT count(*) FROM observation o WHERE o.series_id = se.id), "
                  "(SELECT count(*) FROM observation_revision r WHERE r.series_id = se.id)")
        + R"SQL(, m.per_share
        FROM series se
        JOIN provider p ON p.id = se.provider_id
        JOIN metric m ON m.id = se.metric_id
        LEFT JOIN market mk ON mk.id = se.market_id )SQL"
        + (kept ? "LEFT JOIN series_tally t ON t.series_id = se.id" : "") + R"SQL(
        WHERE se.provider_id = coalesce(?1, se.provider_id) AND se.metric_id = coalesce(?2, se.metric_id)
          AND se.id = coalesce(?3, se.id)
        ORDER BY CASE p.kind WHEN 'company' THEN 0 WHEN 'others' THEN 1 WHEN 'total' THEN 2 ELSE 3 END,
                 p.name COLLATE NOCASE, m.id, coalesce(mk.name, ''), se.category, se.currency
    )SQL";
    Statement query = m_db.prepare(sql);
    query.bindAll(filter.providerId, filter.metricId, filter.seriesId);
    QVector<SeriesSummary> result;
    while (query.step()) {
        SeriesSummary s;
        s.id = query.int64(0);
        s.provider = query.text(1);
        s.providerZh = query.text(2);
        s.providerKind = query.text(3);
        s.fiscalYearEndMonth = query.integer(4);
        s.metricKey = query.text(5);
        s.metricName = query.text(6);
        s.metricNameZh = query.text(7);
        s.metricKind = query.text(8);
        s.aggregation = query.text(9);
        s.countNoun = query.text(10);
        s.market = query.text(11);
        s.marketKey = query.text(12);
        s.category = query.text(13);
        s.currency = query.text(14);
        s.observationCount = query.integer(15);
        s.revisionCount = query.integer(16);
        s.perShare = query.integer(17) != 0;
        result.append(s);
    }
    return result;
}

QVector<ObservationRow> ProjectQueries::observations(const ObservationFilter& filter)
{
    QVector<ObservationRow> result;
    forEachObservation(filter, [&result](const ObservationRow& row) {
        result.append(row);
        return true;
    });
    return result;
}

void ProjectQueries::forEachObservation(const ObservationFilter& filter,
                                        const std::function<bool(const ObservationRow&)>& visit)
{
    // The chosen series first, so both arms read only their rows (by the observation key and the revisions'
    // index); current values and revisions then share every column but where they live.
    Statement query = m_db.prepare(R"SQL(
        WITH picked (series_id, fiscal_year_end_month) AS (
            SELECT se.id, p.fiscal_year_end_month FROM series se JOIN provider p ON p.id = se.provider_id
            WHERE se.provider_id = coalesce(?1, se.provider_id) AND se.metric_id = coalesce(?2, se.metric_id)
              AND se.id = coalesce(?3, se.id)),
        entry (revision_id, series_id, period_start, period_end, value, qualifier, unit, original_text, note,
               source_id, current) AS (
            SELECT 0, o.series_id, o.period_start, o.period_end, o.value, o.qualifier, o.unit, o.original_text,
                   o.note, o.source_id, 1
            FROM picked k JOIN observation o ON o.series_id = k.series_id
            UNION ALL
            SELECT r.id, r.series_id, r.period_start, r.period_end, r.value, r.qualifier, r.unit, r.original_text,
                   r.note, r.source_id, 0
            FROM picked k JOIN observation_revision r ON r.series_id = k.series_id WHERE ?4 = 1)
        SELECT e.series_id, e.period_start, e.period_end, k.fiscal_year_end_month,
               e.value, e.qualifier, e.unit, e.original_text, e.note,
               s.title, s.publisher, s.published, s.url, e.current, coalesce(s.key, '')
        FROM entry e
        JOIN picked k ON k.series_id = e.series_id
        JOIN source s ON s.id = e.source_id
        ORDER BY e.series_id, e.period_start, e.period_end, e.current DESC, s.published DESC, e.revision_id
    )SQL");
    query.bindAll(filter.providerId, filter.metricId, filter.seriesId, filter.includeRevisions ? 1 : 0);
    while (query.step()) {
        ObservationRow row;
        row.seriesId = query.int64(0);
        row.start = QDate::fromString(query.text(1), Qt::ISODate);
        row.end = QDate::fromString(query.text(2), Qt::ISODate);
        if (const auto period = Period::fromRange(row.start, row.end, query.integer(3))) {
            row.periodLabel = period->label();
            row.calendarLabel = period->calendarLabel();
        } else {
            row.periodLabel = row.calendarLabel = QStringLiteral("%1..%2").arg(query.text(1), query.text(2));
        }
        row.value = query.real(4);
        row.qualifier = query.text(5);
        row.unit = query.text(6);
        row.originalText = query.text(7);
        row.note = query.text(8);
        row.sourceTitle = query.text(9);
        row.sourcePublisher = query.text(10);
        row.sourcePublished = query.text(11);
        row.sourceUrl = query.text(12);
        row.current = query.integer(13) != 0;
        row.sourceKey = query.text(14);
        if (!visit(row))
            return;
    }
}

ProjectCounts ProjectQueries::counts()
{
    ProjectCounts c;
    c.providers = m_db.scalar("SELECT count(*) FROM provider");
    c.metrics = m_db.scalar("SELECT count(*) FROM metric");
    c.markets = m_db.scalar("SELECT count(*) FROM market");
    c.series = m_db.scalar("SELECT count(*) FROM series");
    if (keepsTally(m_db)) {
        c.observations = m_db.scalar("SELECT coalesce(sum(observations), 0) FROM series_tally");
        c.revisions = m_db.scalar("SELECT coalesce(sum(revisions), 0) FROM series_tally");
    } else {
        c.observations = m_db.scalar("SELECT count(*) FROM observation");
        c.revisions = m_db.scalar("SELECT count(*) FROM observation_revision");
    }
    c.sources = m_db.scalar("SELECT count(*) FROM source");
    c.events = m_db.scalar("SELECT count(*) FROM event");
    return c;
}

QVector<EventRow> ProjectQueries::events()
{
    Statement query = m_db.prepare("SELECT e.date, e.approximate, coalesce(p.name, ''), e.title, e.title_zh, e.note, "
                                   "s.title FROM event e LEFT JOIN provider p ON p.id = e.provider_id "
                                   "JOIN source s ON s.id = e.source_id ORDER BY e.date, e.id");
    QVector<EventRow> result;
    while (query.step())
        result.append(EventRow{query.text(0), query.integer(1) != 0, query.text(2), query.text(3), query.text(4),
                               query.text(5), query.text(6)});
    return result;
}

QVector<SourceRow> ProjectQueries::sources()
{
    Statement query = m_db.prepare("SELECT coalesce(key, ''), title, publisher, published, url FROM source ORDER BY id");
    QVector<SourceRow> result;
    while (query.step())
        result.append(SourceRow{query.text(0), query.text(1), query.text(2), query.text(3), query.text(4)});
    return result;
}

} // namespace mixshift
