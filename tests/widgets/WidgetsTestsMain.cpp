#define BOOST_TEST_MODULE widgets
#include <boost/test/unit_test.hpp>

#include <QApplication>

namespace {

// Widgets need a QApplication; the tests run it on the offscreen platform (set by CTest's environment).
struct ApplicationFixture
{
    int argc = 1;
    char name[16] = "widgets_tests";
    char* argv[2] = {name, nullptr};
    QApplication app{argc, argv};
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);
