#include "Error.h"
#include "io/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <csignal>
#include <sys/resource.h>

using namespace mixshift;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool failsNaming(const Error& error, const QString& path)
{
    return error.message().startsWith(path + QStringLiteral(": cannot be written")) && !error.message().contains(QLatin1Char('\n'));
}

/// Writes beyond `bytes` fail with EFBIG while it lives, as on a full disk.
struct FileSizeLimit
{
    rlimit before{};
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &before);
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, before.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &before); }
};

} // namespace

BOOST_AUTO_TEST_SUITE(output_file)

BOOST_AUTO_TEST_CASE(writes_a_whole_file_and_replaces_an_earlier_one)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    OutputFile::save(path, "first\n");
    BOOST_TEST(contentOf(path).toStdString() == "first\n");
    OutputFile file(path);
    file.write(QStringLiteral("a,"));
    file.write(QByteArray("b\n"));
    BOOST_TEST(contentOf(path).toStdString() == "first\n", "nothing shows before commit()");
    file.commit();
    BOOST_TEST(contentOf(path).toStdString() == "a,b\n");
    BOOST_TEST(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1, "no temporary file left");
}

BOOST_AUTO_TEST_CASE(an_output_not_committed_leaves_nothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        OutputFile file(path);
        file.write(QByteArray("never\n"));
    }
    BOOST_TEST(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_full_device_is_an_error)
{
    BOOST_CHECK_EXCEPTION(OutputFile::save(QStringLiteral("/dev/full"), QByteArray(100, 'x')), Error,
                          [](const Error& e) { return failsNaming(e, QStringLiteral("/dev/full")) && !e.details().isEmpty(); });
    // A link to it, as a chart export with a suffix would name it.
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("full.png"));
    BOOST_REQUIRE(QFile::link(QStringLiteral("/dev/full"), link));
    BOOST_CHECK_EXCEPTION(OutputFile::save(link, QByteArray(100000, 'x')), Error, [&](const Error& e) { return failsNaming(e, link); });
    BOOST_TEST((QFileInfo(QStringLiteral("/dev/full")).exists() && !QFileInfo(QStringLiteral("/dev/full")).isFile()),
               "the device is still a device, not replaced by a file");
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_an_error_and_creates_nothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/out.csv"));
    BOOST_CHECK_EXCEPTION(OutputFile::save(path, "x"), Error, [&](const Error& e) {
        return failsNaming(e, path) && e.message().contains(QStringLiteral("does not exist"));
    });
    BOOST_TEST(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

BOOST_AUTO_TEST_CASE(a_write_that_runs_out_of_space_leaves_no_partial_file_and_the_earlier_one_intact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.png"));
    OutputFile::save(path, "earlier");
    {
        const FileSizeLimit limit(4096);
        BOOST_CHECK_EXCEPTION(OutputFile::save(path, QByteArray(1 << 20, 'x')), Error, [&](const Error& e) { return failsNaming(e, path); });
        const QString fresh = dir.filePath(QStringLiteral("fresh.png"));
        BOOST_CHECK_EXCEPTION(OutputFile::save(fresh, QByteArray(1 << 20, 'x')), Error, [&](const Error& e) { return failsNaming(e, fresh); });
    }
    BOOST_TEST(contentOf(path).toStdString() == "earlier");
    BOOST_TEST((QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("out.png")}),
               "neither a partial file nor a temporary one");
}

BOOST_AUTO_TEST_SUITE_END()
