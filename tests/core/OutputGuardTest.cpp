#include "io/OutputGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <unistd.h>

using namespace mixshift;

namespace {

void touch(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("x");
}

} // namespace

BOOST_AUTO_TEST_SUITE(output_guard)

BOOST_AUTO_TEST_CASE(the_same_file_under_any_name)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.csv"));
    touch(a);
    BOOST_REQUIRE(QFile::link(a, dir.filePath(QStringLiteral("link.csv"))));
    BOOST_REQUIRE_EQUAL(::link(QFile::encodeName(a).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.csv"))).constData()), 0);
    BOOST_REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    for (const QString& other : {a, dir.filePath(QStringLiteral("./a.csv")), dir.filePath(QStringLiteral("sub/../a.csv")),
                                 dir.filePath(QStringLiteral("link.csv")), dir.filePath(QStringLiteral("hard.csv"))}) {
        BOOST_TEST_INFO(other.toStdString());
        BOOST_TEST(OutputGuard::sameFile(other, a));
    }
    touch(dir.filePath(QStringLiteral("b.csv")));
    BOOST_TEST(!OutputGuard::sameFile(dir.filePath(QStringLiteral("b.csv")), a));
    // Files that do not exist yet compare by where they would be.
    BOOST_TEST(OutputGuard::sameFile(dir.filePath(QStringLiteral("sub/../new.csv")), dir.filePath(QStringLiteral("new.csv"))));
    BOOST_TEST(!OutputGuard::sameFile(dir.filePath(QStringLiteral("new.csv")), dir.filePath(QStringLiteral("other.csv"))));
}

BOOST_AUTO_TEST_CASE(the_project_and_its_sqlite_files_are_guarded)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.mixshift"));
    touch(project);
    BOOST_REQUIRE(QFile::link(project, dir.filePath(QStringLiteral("alias.mixshift"))));
    // A dangling link that would create the -wal file.
    BOOST_REQUIRE(QFile::link(project + QStringLiteral("-wal"), dir.filePath(QStringLiteral("sneaky.csv"))));
    const auto guarded = OutputGuard::projectFiles(dir.filePath(QStringLiteral("alias.mixshift")));
    for (const QString& output : {project, project + QStringLiteral("-wal"), project + QStringLiteral("-shm"),
                                  project + QStringLiteral("-journal"), dir.filePath(QStringLiteral("sneaky.csv")),
                                  dir.filePath(QStringLiteral("alias.mixshift-wal"))}) {
        BOOST_TEST_INFO(output.toStdString());
        const QString problem = OutputGuard::problem(QStringLiteral("--csv"), output, guarded);
        BOOST_TEST(problem.startsWith(QStringLiteral("--csv ") + output + QStringLiteral(" would overwrite the project")),
                   problem.toStdString());
    }
    BOOST_TEST(OutputGuard::problem(QStringLiteral("--csv"), dir.filePath(QStringLiteral("out.csv")), guarded).isEmpty());
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    touch(input);
    BOOST_TEST(OutputGuard::problem(QStringLiteral("--errors"), input, {{input, QStringLiteral("the file being imported")}})
                   .contains(QStringLiteral("would overwrite the file being imported")));
}

BOOST_AUTO_TEST_SUITE_END()
