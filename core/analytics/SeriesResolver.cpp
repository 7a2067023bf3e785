#include "SeriesResolver.h"

#include "Analytics.h"
#include "Error.h"
#include "SeriesSpec.h"
#include "domain/Period.h"
#include "forecast/SeriesForecast.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace mixshift {

namespace {

constexpr std::array<std::pair<Derivation, const char*>, 10> derivationNames{{
    {Derivation::None, ""},
    {Derivation::YearOnYear, "yoy"},
    {Derivation::QuarterOnQuarter, "qoq"},
    {Derivation::TrailingTwelveMonths, "ttm"},
    {Derivation::Index, "index"},
    {Derivation::Margin, "margin"},
    {Derivation::Share, "share"},
    {Derivation::Usd, "usd"},
    {Derivation::Implied, "implied"},
    {Derivation::Forecast, "forecast"},
}};

QString derivationTitle(Derivation d)
{
    switch (d) {
    case Derivation::YearOnYear:
        return QCoreApplication::translate("SeriesResolver", "YoY growth");
    case Derivation::QuarterOnQuarter:
        return QCoreApplication::translate("SeriesResolver", "QoQ growth");
    case Derivation::TrailingTwelveMonths:
        return QCoreApplication::translate("SeriesResolver", "trailing twelve months");
    case Derivation::Index:
        return QCoreApplication::translate("SeriesResolver", "index (first period = 100)");
    case Derivation::Margin:
        return QCoreApplication::translate("SeriesResolver", "margin on revenue");
    case Derivation::Share:
        return QCoreApplication::translate("SeriesResolver", "share of the market total");
    case Derivation::Usd:
        return QCoreApplication::translate("SeriesResolver", "in USD");
    case Derivation::Implied:
        return QCoreApplication::translate("SeriesResolver", "earlier levels implied by stated growth");
    case Derivation::Forecast:
        return QCoreApplication::translate("SeriesResolver", "ETS forecast");
    case Derivation::None:
        break;
    }
    return {};
}

} // namespace

QString derivationKey(Derivation derivation)
{
    for (const auto& [d, name] : derivationNames)
        if (d == derivation)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Derivation> derivationFromKey(const QString& key)
{
    for (const auto& [d, name] : derivationNames)
        if (key.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return d;
    return std::nullopt;
}

SeriesResolver::SeriesResolver(Database& db)
    : m_db(db)
{
}

PointSeries SeriesResolver::points(std::int64_t seriesId, int& leftOut, const QString& source, bool exactOnly)
{
    ObservationFilter filter;
    filter.seriesId = seriesId;
    filter.includeRevisions = !source.isEmpty();
    PointSeries all;
    QMap<int, int> perLength;
    for (const ObservationRow& row : ProjectQueries(m_db).observations(filter)) {
        if (!source.isEmpty() && row.sourceKey != source && row.sourceTitle != source)
            continue;
        if (exactOnly && !row.qualifier.isEmpty())
            continue;
        all.append({row.start, row.end, row.value,
                    {describeSource(row.sourceTitle, row.sourcePublisher, row.sourcePublished)}});
        ++perLength[all.back().months()];
    }
    if (all.isEmpty())
        return all;
    // One period length per series: the one most of its values have.
    const int months = std::max_element(perLength.cbegin(), perLength.cend()).key();
    PointSeries kept;
    for (const SeriesPoint& p : all)
        if (p.months() == months)
            kept.append(p);
    leftOut = static_cast<int>(all.size() - kept.size());
    return kept;
}

ChartSeries SeriesResolver::stored(const SeriesSummary& s, const QString& source)
{
    ChartSeries c;
    c.spec = SeriesSpec{s.provider, s.metricKey, {}, {}, {}, {}, Derivation::None}.text();
    c.label = s.title();
    c.subject = s.scopeLabel().isEmpty() ? s.metricName : QStringLiteral("%1 (%2)").arg(s.metricName, s.scopeLabel());
    c.provider = s.provider;
    c.fiscalYearEndMonth = s.fiscalYearEndMonth;
    c.metricName = s.metricName;
    c.metricKind = s.metricKind;
    c.currency = s.currency;
    c.countNoun = s.countNoun;
    c.flow = s.isFlow();
    c.points = points(s.id, c.leftOut, source);
    if (!source.isEmpty() && !c.points.isEmpty()) {
        c.onlySource = c.points.front().sources.value(0).section(QStringLiteral(" ("), 0, 0);
        c.label += QStringLiteral(" (%1)").arg(c.onlySource);
    }
    return c;
}

std::optional<SeriesSummary> SeriesResolver::companion(const SeriesSummary& s, const QString& provider,
                                                       const QString& metric, bool sameCurrency)
{
    Catalog catalog(m_db);
    const auto p = catalog.findProvider(provider);
    const auto m = catalog.findMetric(metric);
    if (!p || !m)
        return std::nullopt;
    ObservationFilter filter;
    filter.providerId = p->id;
    filter.metricId = m->id;
    for (const SeriesSummary& candidate : ProjectQueries(m_db).series(filter))
        if (candidate.marketKey == s.marketKey && candidate.category == s.category &&
            (!sameCurrency || candidate.currency == s.currency))
            return candidate;
    return std::nullopt;
}

std::optional<double> SeriesResolver::usdPerUnit(const QString& currency, const QDate& start, const QDate& end,
                                                 QString& source)
{
    // The rate of exactly this period, else of a period that contains it.
    Statement find = m_db.prepare(
        "SELECT f.usd_per_unit, s.title, s.publisher, s.published FROM fx_rate f JOIN source s ON s.id = f.source_id "
        "WHERE f.currency = ?1 AND f.period_start <= ?2 AND f.period_end >= ?3 "
        "ORDER BY (f.period_start = ?2 AND f.period_end = ?3) DESC, julianday(f.period_end) - julianday(f.period_start) "
        "LIMIT 1");
    find.bindAll(currency, toIsoDate(start), toIsoDate(end));
    if (!find.step())
        return std::nullopt;
    source = describeSource(find.text(1), find.text(2), find.text(3));
    return find.real(0);
}

ChartSeries SeriesResolver::resolve(const SeriesSummary& s, Derivation derivation, const QString& source, int horizon)
{
    ChartSeries base = stored(s, source);
    if (derivation == Derivation::None)
        return base;

    ChartSeries c = base;
    c.spec = base.spec + (derivation == Derivation::Forecast ? QStringLiteral(":forecast(%1)").arg(horizon)
                                                              : QLatin1Char(':') + derivationKey(derivation));
    //: %1 a derivation ("YoY growth"), %2 the series it is derived from
    c.derivedFrom = QCoreApplication::translate("SeriesResolver", "%1 of %2").arg(derivationTitle(derivation), base.label);
    c.label = QStringLiteral("%1 — %2").arg(base.label, derivationTitle(derivation));
    c.subject = QStringLiteral("%1, %2").arg(base.subject, derivationTitle(derivation));
    const auto asPercent = [&c](const QString& name) {
        c.metricName = name;
        c.metricKind = QStringLiteral("percent");
        c.currency.clear();
        c.flow = false;
    };
    switch (derivation) {
    case Derivation::YearOnYear:
        c.points = Analytics::yearOnYear(base.points);
        asPercent(QCoreApplication::translate("SeriesResolver", "%1, YoY growth").arg(base.metricName));
        break;
    case Derivation::QuarterOnQuarter:
        c.points = Analytics::quarterOnQuarter(base.points);
        asPercent(QCoreApplication::translate("SeriesResolver", "%1, QoQ growth").arg(base.metricName));
        break;
    case Derivation::TrailingTwelveMonths:
        if (!base.flow)
            throw Error(QCoreApplication::translate("SeriesResolver", "%1: a trailing twelve-month sum needs a flow such as revenue").arg(c.spec));
        c.points = Analytics::trailingTwelveMonths(base.points);
        c.metricName = QCoreApplication::translate("SeriesResolver", "%1 (TTM)").arg(base.metricName);
        break;
    case Derivation::Index:
        c.points = base.points.isEmpty() ? PointSeries() : Analytics::index(base.points, base.points.front().start);
        c.metricName = QCoreApplication::translate("SeriesResolver", "%1 index").arg(base.metricName);
        c.metricKind = QStringLiteral("count");
        c.countNoun = QStringLiteral("index");
        c.currency.clear();
        c.flow = false;
        break;
    case Derivation::Margin: {
        const auto revenue = companion(s, s.provider, QStringLiteral("revenue"));
        if (!revenue)
            throw Error(QCoreApplication::translate("SeriesResolver", "%1: no revenue series of %2 in the same currency and scope to divide by")
                            .arg(c.spec, s.provider));
        c.points = Analytics::ratio(base.points, stored(*revenue, source).points);
        asPercent(QCoreApplication::translate("SeriesResolver", "%1 margin").arg(base.metricName));
        break;
    }
    case Derivation::Share: {
        const auto total = companion(s, QStringLiteral("Market total"), s.metricKey);
        if (!total)
            throw Error(QCoreApplication::translate("SeriesResolver", "%1: no market total of %2 in the same market to divide by").arg(c.spec, s.metricName));
        c.points = Analytics::ratio(base.points, stored(*total, source).points);
        asPercent(QCoreApplication::translate("SeriesResolver", "%1 share").arg(base.metricName));
        break;
    }
    case Derivation::Usd:
        if (s.metricKind != QLatin1String("money"))
            throw Error(QCoreApplication::translate("SeriesResolver", "%1: only money converts to USD").arg(c.spec));
        if (s.currency != QLatin1String("USD")) {
            PointSeries converted;
            for (const SeriesPoint& p : base.points) {
                QString rateSource;
                if (const auto rate = usdPerUnit(s.currency, p.start, p.end, rateSource)) {
                    SeriesPoint q = p;
                    q.value = p.value * *rate;
                    if (!q.sources.contains(rateSource))
                        q.sources << rateSource;
                    converted.append(q);
                }
            }
            c.points = converted;
        }
        c.currency = QStringLiteral("USD");
        break;
    case Derivation::Implied: {
        // Stated YoY growth implies the level a year earlier, stated QoQ growth the quarter before; a period
        // both give keeps the YoY figure.
        const DisplayUnit unit = base.displayUnit();
        c.points.clear();
        for (const auto& [suffix, months, name] : {
                 //: year on year, in "derived: … ÷ (1 + 2.00% YoY)"
                 std::tuple{"_growth_yoy", 12, QT_TRANSLATE_NOOP("SeriesResolver", "YoY")},
                 //: quarter on quarter, in "derived: … ÷ (1 + 2.00% QoQ)"
                 std::tuple{"_growth_qoq", 3, QT_TRANSLATE_NOOP("SeriesResolver", "QoQ")}}) {
            // A growth rate has no currency: it matches the level's provider, market and category.
            const auto growth = companion(s, s.provider, s.metricKey + QLatin1String(suffix), false);
            if (!growth)
                continue;
            int leftOut = 0;
            // A bound or an approximation ("> 100%", "≈ 14.09") implies no figure.
            const PointSeries implied = Analytics::impliedEarlier(
                points(s.id, leftOut, source, true), points(growth->id, leftOut, source, true), months,
                [&, name = name](const SeriesPoint& level, const SeriesPoint& rate) {
                    const auto period = Period::fromRange(level.start, level.end, base.fiscalYearEndMonth);
                    //: A derived point's source: level in period ÷ (1 sign rate YoY/QoQ)
                    return QCoreApplication::translate("SeriesResolver", "derived: %1 in %2 ÷ (1 %3 %4 %5)")
                        .arg(unit.formatWithUnit(level.value), period ? period->label() : level.start.toString(Qt::ISODate),
                             rate.value < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                             formatPercent(std::abs(rate.value)), QCoreApplication::translate("SeriesResolver", name));
                });
            for (const SeriesPoint& p : implied)
                if (std::none_of(c.points.cbegin(), c.points.cend(), [&p](const SeriesPoint& q) { return q.start == p.start && q.end == p.end; }))
                    c.points.append(p);
        }
        std::sort(c.points.begin(), c.points.end(), [](const SeriesPoint& a, const SeriesPoint& b) { return a.start < b.start; });
        if (c.points.isEmpty())
            throw Error(QCoreApplication::translate("SeriesResolver", "%1: no stated growth of %2 (%3_growth_yoy or %3_growth_qoq) for a period it has")
                            .arg(c.spec, base.label, s.metricKey));
        c.metricName = QCoreApplication::translate("SeriesResolver", "%1 implied by stated growth").arg(base.metricName);
        c.leftOut = 0;
        break;
    }
    case Derivation::Forecast: {
        const SeriesForecast forecast = SeriesForecast::of(base, horizon);
        c.projection.model = forecast.fit.model.name();
        c.projection.levels = QVector<double>(forecast.levels.begin(), forecast.levels.end());
        c.projection.lower.resize(c.projection.levels.size());
        c.projection.upper.resize(c.projection.levels.size());
        for (const ForecastPeriod& p : forecast.periods) {
            c.projection.points.append({p.start, p.end, p.forecast, {}});
            for (qsizetype i = 0; i < c.projection.levels.size(); ++i) {
                c.projection.lower[i].append(p.lower[std::size_t(i)]);
                c.projection.upper[i].append(p.upper[std::size_t(i)]);
            }
        }
        // The history is the stored series itself; the chart's notes name the model and where it projects from.
        c.derivedFrom.clear();
        break;
    }
    case Derivation::None:
        break;
    }
    return c;
}

QString SeriesResolver::specFor(const SeriesSummary& s, Derivation derivation)
{
    SeriesSpec spec;
    spec.provider = s.provider;
    spec.metric = s.metricKey;
    if (!s.marketKey.isEmpty())
        spec.market = s.marketKey;
    if (!s.category.isEmpty())
        spec.category = s.category;
    if (!s.currency.isEmpty())
        spec.currency = s.currency;
    spec.derivation = derivation;
    return spec.text();
}

ChartSeries SeriesResolver::resolve(const QString& text)
{
    const SeriesSpec spec = SeriesSpec::parse(text);
    const QString& providerName = spec.provider;
    const QString& metricText = spec.metric;
    const Derivation derivation = spec.derivation;
    const QString& sourceQualifier = spec.source;
    const std::optional<QString>& marketQualifier = spec.market;
    const std::optional<QString>& categoryQualifier = spec.category;
    const std::optional<QString>& currencyQualifier = spec.currency;

    Catalog catalog(m_db);
    const auto provider = catalog.findProvider(providerName);
    if (!provider)
        throw Error(QCoreApplication::translate("SeriesResolver", "'%1': no provider or alias '%2'").arg(text, providerName));
    const auto metric = catalog.matchMetric(metricText);
    if (!metric)
        throw Error(QCoreApplication::translate("SeriesResolver", "'%1': no metric or alias '%2'").arg(text, metricText));

    ObservationFilter filter;
    filter.providerId = provider->id;
    filter.metricId = metric->metric.id;
    QString marketKey;
    if (metric->marketId) {
        Statement key = m_db.prepare("SELECT key FROM market WHERE id = ?");
        key.bindAll(*metric->marketId).step();
        marketKey = key.text(0);
    }
    if (marketQualifier)
        marketKey = *marketQualifier;
    const QString category = categoryQualifier.value_or(metric->category);
    // The series the name implies; among several (currencies), the provider's own currency, then the fullest.
    // A name that implies no market or segment takes the provider's only one when it has no other.
    const auto candidates = ProjectQueries(m_db).series(filter);
    const auto pick = [&](bool strict) {
        const SeriesSummary* best = nullptr;
        for (const SeriesSummary& s : candidates) {
            if (strict && (s.marketKey != marketKey || s.category != category))
                continue;
            if (currencyQualifier && s.currency != *currencyQualifier)
                continue;
            const bool home = s.currency == provider->currency;
            if (!best || (home && best->currency != provider->currency) ||
                (home == (best->currency == provider->currency) && s.observationCount > best->observationCount))
                best = &s;
        }
        return best;
    };
    const SeriesSummary* best = pick(true);
    if (!best && marketKey.isEmpty() && category.isEmpty() && candidates.size() == 1)
        best = pick(false);
    if (!best) {
        QStringList available;
        for (const SeriesSummary& s : candidates)
            available << s.title();
        if (available.isEmpty())
            throw Error(QCoreApplication::translate("SeriesResolver", "'%1': %2 has no %3 series").arg(text, provider->name, metric->metric.key));
        throw Error(QCoreApplication::translate("SeriesResolver", "'%1': %2 has no %3 series there (it has: %4)")
                        .arg(text, provider->name, metric->metric.key, available.join(QStringLiteral("; "))));
    }
    ChartSeries c = resolve(*best, derivation, sourceQualifier, spec.horizon);
    if (!sourceQualifier.isEmpty() && c.points.isEmpty())
        throw Error(QCoreApplication::translate("SeriesResolver", "'%1': %2 has no values from a source '%3'").arg(text, best->title(), sourceQualifier));
    c.spec = text.trimmed();
    return c;
}

} // namespace mixshift
