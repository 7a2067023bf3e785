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

/// Loads every dataset file of `directory` into an empty project, in one transaction: a bad row leaves the
/// project unchanged and throws an error naming file, line, column and reason.
void load(Database& db, const QString& directory = bundledDirectory());

/// Creates a new project at `path` holding the bundled datasets; on failure no file is left behind.
std::unique_ptr<Project> createProject(const QString& path);

} // namespace SampleDataset

} // namespace mixshift
