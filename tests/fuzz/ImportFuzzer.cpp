// A whole import of any file into a fresh project, as the command line runs it: sniff, guess the mapping,
// import. Whatever the file, the import ends, and an import that did not commit leaves the project's counts
// as they were.
#include "FuzzTargets.h"

#include "Error.h"
#include "import/CsvSniffer.h"
#include "import/Importer.h"
#include "import/MappingGuesser.h"
#include "sample/SampleDataset.h"
#include "store/Catalog.h"
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
    ImportOptions options;
    options.acceptValid = size > 0 && (data[0] & 1);
    ImportSummary summary;
    try {
        Catalog catalog(project->db());
        const ImportMapping mapping = MappingGuesser::guess(CsvSniffer::sniff(workspace.input), catalog);
        summary = Importer(project->db()).run(workspace.input, mapping, options);
    } catch (const Error&) {
        // Refused as a whole (no header, an unknown encoding …): fine, as long as nothing was stored.
    }
    const ProjectCounts after = ProjectQueries(project->db()).counts();
    check(summary.committed || sameCatalogAndValues(before, after), "an import that did not commit stored nothing");
    check(after.observations >= before.observations, "an import removes no values");
    return 0;
}

} // namespace mixshift::fuzz

MIXSHIFT_FUZZ_TARGET(import)
