// A whole import of any file into a fresh project, as the command line and the wizard run it: the import
// session's plan (sniff, profile, guess, period lengths, statement units), then a run — a dry run or a real one,
// with a period length and aggregation chosen by the input's first byte. Whatever the file, the import ends,
// a dry run stores nothing, and an import that did not commit leaves the project's counts as they were.
#include "FuzzTargets.h"

#include "Error.h"
#include "import/ImportSession.h"
#include "sample/SampleDataset.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QFile>
#include <QTemporaryDir>

namespace mixshift::fuzz {

namespace {

// A project with the reference catalog, made once; every input is imported into a fresh copy of it.
struct Workspace
{
    QTemporaryDir folder;
    QString templatePath = folder.filePath(QStringLiteral("template.mixshift"));
    QString project = folder.filePath(QStringLiteral("work.mixshift"));
    QString input = folder.filePath(QStringLiteral("input.csv"));

    Workspace() { SampleDataset::createProject(templatePath, SampleDataset::Content::Catalog); }
};

bool sameCatalogAndValues(const ProjectCounts& a, const ProjectCounts& b)
{
    return a.observations == b.observations && a.revisions == b.revisions && a.series == b.series &&
           a.providers == b.providers && a.metrics == b.metrics && a.sources == b.sources;
}

} // namespace

int import(const std::uint8_t* data, std::size_t size)
{
    static Workspace workspace;
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(workspace.project + QLatin1String(suffix));
    check(QFile::copy(workspace.templatePath, workspace.project), "the template project is copied");
    {
        QFile file(workspace.input);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                  file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) == qint64(size),
              "the input is written");
    }
    std::unique_ptr<Project> project;
    try {
        project = Project::open(workspace.project);
    } catch (const Error&) {
        check(false, "a copy of a good project opens");
    }
    const ProjectCounts before = ProjectQueries(project->db()).counts();
    const std::uint8_t choice = size > 0 ? data[0] : 0;
    ImportOptions options;
    options.acceptValid = choice & 1;
    options.dryRun = choice & 2;
    ImportChoices choices;
    if (choice & 4)
        choices.periodLength = static_cast<PeriodLength>((choice >> 3) % 5);
    if (choice & 32)
        choices.aggregation = static_cast<Aggregation>((choice >> 6) % 7);
    ImportSummary summary;
    try {
        const ImportPlan plan = ImportSession::plan(project->db(), ImportSource::file(workspace.input), choices);
        summary = ImportSession::run(project->db(), plan, options);
    } catch (const Error&) {
        // Refused as a whole (no header, an unknown encoding …): fine, as long as nothing was stored.
    }
    const ProjectCounts after = ProjectQueries(project->db()).counts();
    check(!(options.dryRun && summary.committed), "a dry run commits nothing");
    check(summary.committed || sameCatalogAndValues(before, after), "an import that did not commit stored nothing");
    check(after.observations >= before.observations, "an import removes no values");
    return 0;
}

} // namespace mixshift::fuzz

MIXSHIFT_FUZZ_TARGET(import)
