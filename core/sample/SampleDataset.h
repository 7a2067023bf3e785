#pragma once

#include <QString>

#include <memory>

namespace mixshift {

class Database;
class Project;

/// The bundled sample data (datasets/*.csv: the reference article's figures and public cloud-market figures,
/// each with its source) turned into a project. Where sources disagree on a value, the one published last is
/// current and the others are kept as revisions with their sources.
namespace SampleDataset {

/// Where the datasets compiled into the program live (a Qt resource folder).
QString bundledDirectory();

/// Loads the reference catalog of `directory` — providers with their fiscal years and aliases, metrics,
/// markets, metric aliases — into an empty project, in one transaction. Every new project starts with it, so
/// imports recognise 阿里雲, Microsoft's fiscal year or `gartner_iaas_share` from the start.
void loadCatalog(Database& db, const QString& directory = bundledDirectory());

/// Loads the catalog and every figure (sources, observations, events) into an empty project, in one
/// transaction: a bad row leaves the project unchanged and throws an error naming file, line, column and reason.
void load(Database& db, const QString& directory = bundledDirectory());

enum class Content { Catalog, Figures };

/// Creates a new project at `path` holding the bundled catalog, and with Content::Figures the sample figures
/// too; on failure no file is left behind.
std::unique_ptr<Project> createProject(const QString& path, Content content = Content::Figures);

} // namespace SampleDataset

} // namespace mixshift
