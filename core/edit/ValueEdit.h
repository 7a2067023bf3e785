#pragma once

#include "ProjectChange.h"
#include "store/ObservationStore.h"
#include "store/ProjectQueries.h"

#include <cstdint>

namespace mixshift {

/// A value entered or corrected by hand, with its source. Stored as a batch of its own (kind "edit") under
/// the revision policy: a value it replaces is kept as a revision, and `mixshift imports` lists the edit
/// beside the imports (and can take it back, also after the program was closed).
struct HandValue
{
    /// A stored series; 0: the series `series` names, created when the project has none with its identity.
    std::int64_t seriesId = 0;
    SeriesKey series;
    /// Value in base units, the unit and text as stated, period, note; its source and batch are set here.
    ObservationInput observation;
    QString sourceTitle;
    QString sourceUrl;

    /// What an analyst typed for a period of a stored series, read as the importer reads a cell: `period` in
    /// the provider's fiscal terms ("FY2024 Q2", "2024Q1"), `value` as stated ("276.48 億元", "12%", "≈8.4"),
    /// completed by `statedUnit` (the unit the series' values were stated in) where it names none. Throws
    /// Error naming the field and the reason. For a series not stored yet (`series.id` 0) the result's `series`
    /// has its category and, for money, the value's currency; the caller gives its provider, metric and market.
    static HandValue typed(const SeriesSummary& series, const QString& period, const QString& value,
                           const QString& statedUnit, const QString& source, const QString& note);
};

class ValueEdit : public ProjectChange
{
public:
    /// `text` says what it is, for the undo history ("Enter Alibaba Cloud revenue FY2024 Q2").
    ValueEdit(const HandValue& value, const QString& text);

    QString text() const override { return m_text; }
    /// Throws Error when the same value from the same source is stored already: nothing to change.
    void apply(Database& db) override;
    void revert(Database& db) override;

    std::int64_t batchId() const override { return m_batchId; }

    /// What a hand edit's batch is called where an import's names its file.
    static QString batchName();

private:
    HandValue m_value;
    QString m_text;
    std::int64_t m_batchId = 0;
};

} // namespace mixshift
