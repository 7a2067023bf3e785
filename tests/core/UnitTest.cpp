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
    BOOST_TEST(!Unit::parse(QStringLiteral("USD 元")));
    BOOST_TEST(!Unit::parse(QStringLiteral("bn %")));
}

BOOST_AUTO_TEST_CASE(multipliers_glosses_and_percent_words)
{
    const auto hundredMillion = Unit::parse(QStringLiteral("100 million (亿)"));
    BOOST_REQUIRE(hundredMillion);
    BOOST_TEST(hundredMillion->scale == 1e8);
    BOOST_TEST(!Unit::parse(QStringLiteral("million (亿)")), "a gloss must equal the scale it explains");
    BOOST_TEST(Unit::parse(QStringLiteral("百萬美元"))->scale == 1e6);
    BOOST_TEST(Unit::parse(QStringLiteral("percent"))->percent);
    BOOST_TEST(Unit::parse(QStringLiteral("fraction"))->scale == 1.0);
    BOOST_TEST(Unit::parse(QStringLiteral("fraction"))->percent);
    BOOST_TEST(Unit::parse(QStringLiteral("HK$ bn"))->currency.toStdString() == "HKD");
    BOOST_TEST(!Unit::parse(QStringLiteral("million"))->percent);
    BOOST_TEST(!Unit::parse(QStringLiteral(""))->scaled);
    BOOST_TEST(Unit::parse(QStringLiteral("bn"))->scaled);
}

BOOST_AUTO_TEST_CASE(a_cell_unit_is_completed_by_the_column_unit)
{
    const auto merged = Unit::parse(QStringLiteral("亿"))->completedBy(*Unit::parse(QStringLiteral("元")));
    BOOST_REQUIRE(merged);
    BOOST_TEST(merged->scale == 1e8);
    BOOST_TEST(merged->currency.toStdString() == "CNY");
    BOOST_TEST(!Unit::parse(QStringLiteral("億元"))->completedBy(*Unit::parse(QStringLiteral("bn USD"))));
    BOOST_TEST(Unit::parse(QStringLiteral(""))->completedBy(*Unit::parse(QStringLiteral("%")))->percent);
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

BOOST_AUTO_TEST_CASE(money_is_shown_in_the_scale_the_analyst_prefers)
{
    using mixshift::MoneyDisplay;
    struct Restore
    {
        ~Restore() { DisplayUnit::setMoneyDisplay(MoneyDisplay::ByCurrency); }
    } restore;
    auto shown = [](const char* currency, double value) {
        return DisplayUnit::forValue(QStringLiteral("money"), QString::fromLatin1(currency), {})
            .formatWithUnit(value)
            .toStdString();
    };
    DisplayUnit::setMoneyDisplay(MoneyDisplay::HundredMillions);
    BOOST_TEST(shown("CNY", 276.48e8) == "276.48 億元");
    BOOST_TEST(shown("USD", 54648e6) == "546.48 億美元");
    BOOST_TEST(shown("HKD", 3e8) == "3 億港元");
    BOOST_TEST(shown("EUR", 1.5e8) == "1.5 億 EUR");
    DisplayUnit::setMoneyDisplay(MoneyDisplay::Billions);
    BOOST_TEST(shown("CNY", 276.48e8) == "27.648 bn CNY");
    BOOST_TEST(shown("USD", 54648e6) == "54.648 bn USD");
    // Percentages and counts are not money: the preference leaves them alone.
    BOOST_TEST(DisplayUnit::forValue(QStringLiteral("percent"), {}, {}).formatWithUnit(0.3999).toStdString() == "39.99%");
    for (const MoneyDisplay display : {MoneyDisplay::ByCurrency, MoneyDisplay::HundredMillions, MoneyDisplay::Billions})
        BOOST_TEST((mixshift::moneyDisplayFromKey(mixshift::moneyDisplayKey(display)) == display));
    BOOST_TEST(!mixshift::moneyDisplayFromKey(QStringLiteral("millions")));
}

BOOST_AUTO_TEST_CASE(percentages_for_results_tables)
{
    BOOST_TEST(mixshift::formatPercent(0.0771).toStdString() == "7.71%");
    BOOST_TEST(mixshift::formatPercent(-0.05).toStdString() == "-5.00%");
    BOOST_TEST(mixshift::formatPercent(std::optional<double>()).toStdString() == "—");
    BOOST_TEST(mixshift::formatPercent(std::optional<double>(0.44)).toStdString() == "44.00%");
}

BOOST_AUTO_TEST_SUITE_END()
