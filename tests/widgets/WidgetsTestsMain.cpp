#define BOOST_TEST_MODULE widgets
#include <boost/test/unit_test.hpp>

#include "ErrorReporter.h"

#include <QApplication>

namespace {

// Widgets need a QApplication; the tests run it on the offscreen platform (set by CTest's environment).
// A report no test asked for fails the test that made it, instead of waiting on a message box nobody closes.
struct ApplicationFixture
{
    int argc = 1;
    char name[16] = "widgets_tests";
    char* argv[2] = {name, nullptr};
    QApplication app{argc, argv};

    ApplicationFixture()
    {
        mixshift::ErrorReporter::setSink([](QWidget*, const mixshift::ErrorReport& report) {
            BOOST_ERROR("unexpected report: " << report.message.toStdString());
        });
    }
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(ApplicationFixture);
