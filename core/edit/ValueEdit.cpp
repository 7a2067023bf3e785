#include "ValueEdit.h"

#include "Error.h"
#include "domain/PeriodParser.h"
#include "import/ValueParser.h"
#include "store/Catalog.h"
#include "store/Database.h"
#include "store/ImportBatches.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace mixshift {

ValueEdit::ValueEdit(const HandValue& value, const QString& text)
    : m_value(value), m_text(text)
{
}

HandValue HandValue::typed(const SeriesSummary& series, const QString& period, const QString& value,
                           const QString& statedUnit, const QString& source, const QString& note)
{
    const auto fail = [](const char* field, const QString& reason) {
        return Error(QCoreApplication::translate("ValueEdit", "%1: %2").arg(QCoreApplication::translate("ValueEdit", field), reason));
    };
    HandValue hand;
    hand.seriesId = series.id;
    const std::optional<Period> p = PeriodParser::parse(period.trimmed(), series.fiscalYearEndMonth);
    if (!p)
        throw fail(QT_TRANSLATE_NOOP("ValueEdit", "period"), QCoreApplication::translate("ValueEdit", "'%1' is not a period (FY2024 Q2, 2024Q1, 2024-09, 2024)")
                                 .arg(period.trimmed()));
    const ParsedValue parsed = ValueParser().parse(value);
    if (parsed.status == ParsedValue::Status::Missing)
        throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), QCoreApplication::translate("ValueEdit", "type a number, e.g. 276.48 億元"));
    if (parsed.status == ParsedValue::Status::Invalid)
        throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), parsed.reason);
    if (parsed.status == ParsedValue::Status::Range)
        throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), QCoreApplication::translate("ValueEdit", "a range; type one number"));
    // A unit typed with the value is the value's own; none typed, the series' stated unit applies.
    // Per-share money takes only the stated unit's currency: a statement's 万元 scales its totals, not its
    // earnings per share (as the importer reads them).
    std::optional<Unit> unit = parsed.unit;
    if (parsed.unitText.isEmpty() && !statedUnit.trimmed().isEmpty()) {
        if (std::optional<Unit> stated = Unit::parse(statedUnit)) {
            if (series.perShare)
                stated = Unit{1.0, stated->currency, false, false};
            unit = parsed.unit.completedBy(*stated);
        }
    }
    if (!unit)
        throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), QCoreApplication::translate("ValueEdit", "its unit disagrees with the series' unit '%1'")
                                .arg(statedUnit));
    const bool percent = series.metricKind == QLatin1String("percent");
    if (percent != unit->percent)
        throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), percent ? QCoreApplication::translate("ValueEdit", "this metric is a percentage: add %")
                                    : QCoreApplication::translate("ValueEdit", "this metric is not a percentage"));
    if (series.metricKind == QLatin1String("money")) {
        // A bare number is not money: the importer refuses one too ("money but no currency is given").
        if (unit->currency.isEmpty() && !unit->scaled)
            throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), QCoreApplication::translate("ValueEdit", "give its unit, e.g. 276.48 億元 or 8.4 bn USD"));
        // A new series (no currency yet) takes the value's; it must name one.
        if (series.currency.isEmpty() && unit->currency.isEmpty())
            throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), QCoreApplication::translate("ValueEdit", "give its currency, e.g. 276.48 億元 or 8.4 bn USD"));
        if (!series.currency.isEmpty() && !unit->currency.isEmpty() && unit->currency != series.currency)
            throw fail(QT_TRANSLATE_NOOP("ValueEdit", "value"), QCoreApplication::translate("ValueEdit", "the series is in %1, the value says %2")
                                    .arg(series.currency, unit->currency));
    }
    // What a new series is, beside its provider, metric and market (the caller's): its category and currency.
    hand.series.category = series.category;
    if (series.metricKind == QLatin1String("money"))
        hand.series.currency = series.currency.isEmpty() ? unit->currency : series.currency;
    hand.observation.start = p->start();
    hand.observation.end = p->end();
    hand.observation.value = parsed.number * unit->scale;
    hand.observation.qualifier = parsed.qualifier;
    hand.observation.unit = !parsed.unitText.isEmpty() ? parsed.unitText : statedUnit.trimmed();
    hand.observation.originalText = value.trimmed();
    hand.observation.note = note.trimmed();
    hand.sourceTitle = source.trimmed();
    if (hand.sourceTitle.isEmpty())
        throw fail(QT_TRANSLATE_NOOP("ValueEdit", "source"), QCoreApplication::translate("ValueEdit", "say where the figure comes from"));
    return hand;
}

QString ValueEdit::batchName()
{
    return QStringLiteral("(entered by hand)");
}

void ValueEdit::apply(Database& db)
{
    if (m_value.sourceTitle.trimmed().isEmpty() && m_value.sourceUrl.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("ValueEdit", "a value entered by hand needs its source"));
    Transaction transaction(db);
    ImportBatches batches(db);
    const std::int64_t batch = batches.begin(ImportBatches::Kind::Edit, batchName(), {});
    bool newSource = false;
    ObservationInput input = m_value.observation;
    input.sourceId = Catalog(db).sourceId(m_value.sourceTitle.trimmed(), m_value.sourceUrl.trimmed(), &newSource);
    if (newSource)
        batches.recordCreated(batch, ImportBatches::Created::Source, input.sourceId);
    ObservationStore store(db);
    bool newSeries = false;
    const std::int64_t series = m_value.seriesId != 0 ? m_value.seriesId : store.seriesId(m_value.series, &newSeries);
    if (newSeries)
        batches.recordCreated(batch, ImportBatches::Created::Series, series);
    input.batchId = batch;
    const PutOutcome outcome = store.put(series, input, ConflictPolicy::Revision);
    if (outcome == PutOutcome::Unchanged)
        throw Error(QCoreApplication::translate("ValueEdit",
                                                "that value from that source is stored already: nothing to change"));
    const bool revised = outcome == PutOutcome::Revised;
    batches.finish(batch, {}, 1, 1, 0, 0, revised ? 1 : 0, 0, revised ? 1 : 0);
    transaction.commit();
    m_batchId = batch;
}

void ValueEdit::revert(Database& db)
{
    Transaction transaction(db);
    ImportBatches(db).remove(m_batchId);
    transaction.commit();
}

} // namespace mixshift
