#include "domain/Unit.h"

#include <boost/test/unit_test.hpp>

using mixshift::DisplayUnit;
using mixshift::Unit;

BOOST_AUTO_TEST_SUITE(unit)

BOOST_AUTO_TEST_CASE(reads_scales_and_currencies)
{
    struct Case
    {
        const char* text;
        double scale;
        const char* currency;
        bool percent;
    };
    const Case cases[] = {
        {"億元", 1e8, "CNY", false},        {"亿元", 1e8, "CNY", false},        {"億美元", 1e8, "USD", false},
        {"bn USD", 1e9, "USD", false},      {"US$ bn", 1e9, "USD", false},      {"million USD", 1e6, "USD", false},
        {"億 CNY", 1e8, "CNY", false},      {"bn HKD", 1e9, "HKD", false},      {"%", 0.01, "", true},
        {"萬次", 1e4, "", false},           {"億次", 1e8, "", false},           {"個", 1, "", false},
        {"萬卡", 1e4, "", false},           {"million", 1e6, "", false},        {"", 1, "", false},
        {"models", 1, "", false},
    };
    for (const Case& c : cases) {
        const auto unit = Unit::parse(QString::fromUtf8(c.text));
        BOOST_REQUIRE_MESSAGE(unit, c.text);
        BOOST_TEST(unit->scale == c.scale, c.text);
        BOOST_TEST(unit->currency.toStdString() == c.currency, c.text);
        BOOST_TEST(unit->percent == c.percent, c.text);
    }
}

BOOST_AUTO_TEST_CASE(refuses_two_scales_or_two_currencies)
{
    BOOST_TEST(!Unit::parse(QStringLiteral("100 million (亿)")));
    BOOST_TEST(!Unit::parse(QStringLiteral("USD 元")));
    BOOST_TEST(!Unit::parse(QStringLiteral("bn %")));
}

BOOST_AUTO_TEST_CASE(display_units_of_the_article)
{
    const DisplayUnit cny = DisplayUnit::forValue(QStringLiteral("money"), QStringLiteral("CNY"), {});
    BOOST_TEST(cny.formatWithUnit(276.48e8).toStdString() == "276.48 億元");
    const DisplayUnit percent = DisplayUnit::forValue(QStringLiteral("percent"), {}, {});
    BOOST_TEST(percent.formatWithUnit(0.3999).toStdString() == "39.99%");
    const DisplayUnit usd = DisplayUnit::forValue(QStringLiteral("money"), QStringLiteral("USD"), {});
    BOOST_TEST(usd.formatWithUnit(54648e6).toStdString() == "54.648 bn USD");
    BOOST_TEST(cny.formatWithUnit(1000e8, QStringLiteral("≥")).toStdString() == "≥ 1000 億元");
    BOOST_TEST(usd.format(-0.0).toStdString() == "0");
}

BOOST_AUTO_TEST_SUITE_END()
