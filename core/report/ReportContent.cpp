#include "ReportContent.h"

#include "Error.h"
#include "scenario/ScenarioStore.h"
#include "scenario/StatusQuoForecast.h"

#include <QFileInfo>

#include <algorithm>

namespace mixshift {

int SourceRegister::cite(const QString& description)
{
    const int known = number(description);
    if (known > 0)
        return known;
    m_cited << description;
    return static_cast<int>(m_cited.size());
}

QList<int> SourceRegister::cite(const QStringList& descriptions)
{
    QList<int> numbers;
    for (const QString& d : descriptions)
        numbers << cite(d);
    return numbers;
}

int SourceRegister::number(const QString& description) const
{
    return static_cast<int>(m_cited.indexOf(description)) + 1;
}

QList<int> SourceRegister::numbers(const QStringList& descriptions) const
{
    QList<int> numbers;
    for (const QString& d : descriptions)
        numbers << number(d);
    return numbers;
}

namespace {

ScenarioSection runScenario(Database& db, const SavedScenario& scenario)
{
    ScenarioSection section;
    section.scenario = scenario;
    const BaseQuarter stored = BaseQuarter::find(db, scenario.provider);
    const MixLevers levers = StatusQuoForecast::levers(db, stored, scenario);
    section.base = stored.startingFrom(levers);
    section.scenario.levers = levers; // with the status quo it runs against
    section.result = MixModel::run(levers);
    section.bands = MonteCarlo::run(levers, MonteCarloSettings::defaults(levers));
    section.unit = DisplayUnit::forValue(QStringLiteral("money"), section.base.currency, {});
    return section;
}

} // namespace

ReportContent ReportContent::build(Database& db, const QString& projectPath, const ReportRequest& request)
{
    return build(db, projectPath, request, ConsistencyChecks::run(db).listed);
}

ReportContent ReportContent::build(Database& db, const QString& projectPath, const ReportRequest& request,
                                   const QVector<Finding>& projectFindings)
{
    ReportContent content;
    content.request = request;
    content.project = QFileInfo(projectPath).fileName();

    SavedCharts savedCharts(db);
    for (const QString& name : request.everything ? savedCharts.names() : request.charts) {
        const auto chart = savedCharts.load(name);
        if (!chart)
            throw Error(tr("report: no saved chart '%1' (mixshift chart list shows them)").arg(name));
        ChartDocument document = ChartDocument::build(db, *chart);
        if (!document.problems.isEmpty())
            throw Error(tr("report: chart '%1': %2").arg(name, document.problems.front().message()),
                        document.problems.front().details());
        content.charts << document;
    }
    ScenarioStore savedScenarios(db);
    for (const QString& name : request.everything ? savedScenarios.names() : request.scenarios) {
        const auto scenario = savedScenarios.load(name);
        if (!scenario)
            throw Error(tr("report: no saved scenario '%1' (mixshift scenario list shows them)").arg(name));
        if (scenario->model != QLatin1String("mix"))
            throw Error(tr("report: scenario '%1' is of the %2 model; a report shows mix scenarios").arg(name, scenario->model));
        content.scenarios << runScenario(db, *scenario);
    }

    // The findings about what is shown: a plotted series, or a scenario's base quarter.
    for (const Finding& finding : projectFindings) {
        bool shown = false;
        for (const ChartDocument& chart : content.charts)
            for (const ChartSeries& s : chart.series)
                shown = shown || finding.concerns(s.provider, s.metricName);
        for (const ScenarioSection& s : content.scenarios)
            shown = shown || std::any_of(finding.subjects.cbegin(), finding.subjects.cend(), [&](const QString& subject) {
                        return subject.startsWith(s.base.provider + QStringLiteral(" — "));
                    });
        if (shown)
            content.findings << finding;
    }

    // Numbered in the order the pages cite them: the charts' tables, the scenarios' base quarters, the findings.
    for (const ChartDocument& chart : content.charts)
        for (const ValueTable::Row& row : chart.valueTable().rows)
            for (const ValueTable::Cell& cell : row.cells)
                content.sources.cite(cell.sources);
    for (const ScenarioSection& s : content.scenarios)
        content.sources.cite(s.base.sources);
    for (const Finding& f : content.findings)
        content.sources.cite(f.sources);

    QHash<QString, SourceRow> byDescription;
    for (const SourceRow& row : ProjectQueries(db).sources())
        byDescription.insert(row.description(), row);
    for (const QString& description : content.sources.cited()) {
        CitedSource cited{content.sources.number(description), description, std::nullopt};
        if (byDescription.contains(description))
            cited.source = byDescription.value(description);
        content.m_cited << cited;
    }
    return content;
}

QString ReportContent::title() const
{
    return request.title.isEmpty() ? QFileInfo(project).completeBaseName() : request.title;
}

} // namespace mixshift
