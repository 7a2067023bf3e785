#pragma once

#include "analytics/ChartDocument.h"
#include "analytics/ConsistencyChecks.h"
#include "domain/Unit.h"
#include "scenario/MixModel.h"
#include "scenario/MonteCarlo.h"
#include "scenario/ScenarioStore.h"
#include "store/ProjectQueries.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace mixshift {

class Database;

/// What a report is to cover, as `mixshift report` and File › Export Report take it.
struct ReportRequest
{
    QString title;
    QString author;
    QDate date = QDate::currentDate();
    QStringList charts;
    QStringList scenarios;
    /// Every saved chart and scenario, in the project's order, whatever `charts` and `scenarios` say (the
    /// command line's choice when it names none).
    bool everything = false;
};

/// Numbers sources in the order a report first cites them: [1] is the first source behind the first value shown.
class SourceRegister
{
public:
    /// The source's number, given on its first citation.
    int cite(const QString& description);
    QList<int> cite(const QStringList& descriptions);
    /// The number of a source already cited; 0 for one that is not.
    int number(const QString& description) const;
    QList<int> numbers(const QStringList& descriptions) const;
    /// Every source cited, in number order ([1] first).
    const QStringList& cited() const { return m_cited; }

private:
    QStringList m_cited;
};

/// A cited source as the sources page lists it: its number, the description charts give it, and — when it is
/// one of the project's sources rather than a derivation's explanation — its publisher, date and address.
struct CitedSource
{
    int number = 0;
    QString description;
    std::optional<SourceRow> source;
};

/// One saved mix scenario, run: the quarter it starts from, its path, the P5–P95 bands of its fan (the default
/// uncertainty, fixed seed), in the base quarter's display unit.
struct ScenarioSection
{
    SavedScenario scenario;
    BaseQuarter base;
    MixResult result;
    MonteCarloResult bands;
    DisplayUnit unit;
};

/// Everything a report shows, gathered before a page is drawn: the charts (as documents), the scenarios (run),
/// the consistency findings about what they show, and every source behind a number shown, numbered in the order
/// the report cites them.
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(ReportContent)

public:
    /// Throws Error naming a chart or scenario the project does not hold, or a chart spec that no longer resolves.
    static ReportContent build(Database& db, const QString& projectPath, const ReportRequest& request);
    /// The same with the project's findings (ConsistencyChecks) given: a dialog that draws the report again at
    /// every edit checks the store once, not at every drawing.
    static ReportContent build(Database& db, const QString& projectPath, const ReportRequest& request,
                               const QVector<Finding>& projectFindings);

    ReportRequest request;
    /// The project file's name, for the title page.
    QString project;
    QVector<ChartDocument> charts;
    QVector<ScenarioSection> scenarios;
    QVector<Finding> findings;
    SourceRegister sources;

    /// The title page's title: the request's, else the project's name.
    QString title() const;
    /// The cited sources, each with the project's record of it where there is one.
    const QVector<CitedSource>& citedSources() const { return m_cited; }

private:
    QVector<CitedSource> m_cited;
};

} // namespace mixshift
