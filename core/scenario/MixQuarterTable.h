#pragma once

#include "MixModel.h"
#include "ScenarioStore.h"
#include "domain/Unit.h"
#include "io/ExportTable.h"

#include <QStringList>
#include <QVector>

#include <optional>
#include <vector>

namespace mixshift {

struct MonteCarloResult;

/// One column of a mix run's quarter table: the name its data file gives it, its heading where people read it
/// (none: in the data file only), and what it holds.
struct MixColumn
{
    enum class Kind { Quarter, Period, Money, Fraction };

    const char* key;
    const char* heading;
    Kind kind;
    std::optional<double> (*value)(const MixQuarter&);

    QString headingText() const;
};

/// The quarter table of a mix run, written once for the command line's table, the workspace's Table tab, the
/// report, and the CSV or workbook of `scenario run --csv`.
namespace MixQuarterTable {

const std::vector<MixColumn>& columns();

/// What a person reads: t, the period, money in `money` (276.48), fractions as percentages, and — with the
/// Monte Carlo's `bands` — revenue's P5 … P95.
struct Shown
{
    QStringList headings;
    /// Per column: numbers, set right-aligned.
    QVector<bool> numeric;
    QVector<QStringList> rows;
};
Shown shown(const BaseQuarter& base, const MixResult& result, const DisplayUnit& money,
            const MonteCarloResult* bands = nullptr);

/// The data: every column by its key in base units, fractions as decimals (a workbook shows them as
/// percentages), and the bands' P5…P95 of revenue and EBITA.
ExportTable data(const BaseQuarter& base, const MixResult& result, const MonteCarloResult* bands = nullptr);

} // namespace MixQuarterTable

} // namespace mixshift
