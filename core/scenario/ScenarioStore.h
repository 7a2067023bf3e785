#pragma once

#include "MixLevers.h"
#include "analytics/PointSeries.h"
#include "domain/Unit.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace mixshift {

class Database;

/// What a mix scenario is measured against: its own path without wind-down, or an ETS forecast of the
/// provider's revenue (StatusQuoForecast).
enum class StatusQuoChoice { NoWindDown, Forecast };

/// A saved what-if scenario: its model, provider, levers (as set, by name), status quo and notes. The forecast
/// itself is not kept: it is made again from the project's figures when the scenario is run.
struct SavedScenario
{
    QString name;
    QString model = QStringLiteral("mix");
    QString provider;
    MixLevers levers;
    QString notes;
    StatusQuoChoice statusQuo = StatusQuoChoice::NoWindDown;
};

/// Scenarios kept in the project by name; results are recomputed from the levers, never stored.
class ScenarioStore
{
public:
    explicit ScenarioStore(Database& db);

    void save(const SavedScenario& scenario);
    std::optional<SavedScenario> load(const QString& name);
    QStringList names();
    void remove(const QString& name);
    /// Gives a saved scenario another name, in one statement (created and notes kept); throws Error when
    /// `newName` is taken.
    void rename(const QString& name, const QString& newName);

private:
    Database& m_db;
};

/// The quarter a mix scenario starts from: the provider's latest quarter with both revenue and adjusted EBITA
/// (or operating income) in its own currency — for Alibaba Cloud in the sample, FY2024 Q2: 276.48 and 14.09 億元.
struct BaseQuarter
{
    QString provider;
    int fiscalYearEndMonth = 12;
    QDate start;
    QDate end;
    double revenue = 0;
    std::optional<double> ebita;
    QString currency;
    /// Where the revenue and EBITA come from, as charts name sources; none for given figures.
    QStringList sources;

    /// The base's figures are the analyst's, not the project's (a scenario that sets base_revenue or
    /// base_ebita): its quarters are counted, not named.
    bool figuresGiven = false;

    /// Throws Error when the provider has no quarterly revenue.
    static BaseQuarter find(Database& db, const QString& provider);
    /// The provider's quarterly revenue (whole business, own currency, current values) up to and including this
    /// quarter, oldest first — what its status-quo forecast is made from.
    PointSeries revenueHistory(Database& db) const;
    /// The quarter the levers start from: this one, or — when they set other base figures — one of those
    /// figures that names no period of the project.
    BaseQuarter startingFrom(const MixLevers& levers) const;
    /// The label of quarter t after the base, in the provider's own terms (FY2025 Q2); "Q0", "Q+1", … for
    /// given figures.
    QString label(int t) const;
    /// The display unit of the scenario's money: 億元 for CNY…
    DisplayUnit moneyUnit() const;
};

} // namespace mixshift
