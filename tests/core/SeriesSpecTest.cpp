#include "QtPrinting.h"
#include "analytics/ChartDefinition.h"
#include "analytics/SeriesResolver.h"
#include "analytics/SeriesSpec.h"
#include "import/Importer.h"
#include "store/ProjectQueries.h"

#include "Error.h"
#include "ImportFixture.h"

#include <boost/test/unit_test.hpp>

using namespace mixshift;

namespace {

// A project with a provider whose name holds the spec's own separator.
struct SlashProject : test::ImportFixture
{
    SlashProject() { BOOST_REQUIRE(import(test::importData("slash-provider.csv")).committed); }

    SeriesSummary series()
    {
        for (const SeriesSummary& s : ProjectQueries(project->db()).series())
            if (s.provider == QStringLiteral("A/B Cloud"))
                return s;
        BOOST_FAIL("no series of A/B Cloud");
        return {};
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(series_spec)

BOOST_AUTO_TEST_CASE(plain_specs_read_as_they_always_did)
{
    const SeriesSpec spec = SeriesSpec::parse(QStringLiteral(" Microsoft Azure / revenue#Intelligent Cloud$USD~article:yoy "));
    BOOST_TEST(spec.provider == QStringLiteral("Microsoft Azure"));
    BOOST_TEST(spec.metric == QStringLiteral("revenue"));
    BOOST_TEST(!spec.market);
    BOOST_TEST(spec.category.value_or(QString()) == QStringLiteral("Intelligent Cloud"));
    BOOST_TEST(spec.currency.value_or(QString()) == QStringLiteral("USD"));
    BOOST_TEST(spec.source == QStringLiteral("article"));
    BOOST_TEST((spec.derivation == Derivation::YearOnYear));
    BOOST_TEST(spec.text() == QStringLiteral("Microsoft Azure/revenue#Intelligent Cloud$USD~article:yoy"));
    BOOST_TEST(SeriesSpec::parse(QStringLiteral("AWS/gartner_iaas_share@")).market.value_or(QStringLiteral("?")).isEmpty(),
               "a bare @ asks for no market");
}

BOOST_AUTO_TEST_CASE(a_forecast_names_its_horizon)
{
    const SeriesSpec twelve = SeriesSpec::parse(QStringLiteral("AWS/revenue:forecast(12)"));
    BOOST_TEST((twelve.derivation == Derivation::Forecast));
    BOOST_TEST(twelve.horizon == 12);
    BOOST_TEST(twelve.text() == QStringLiteral("AWS/revenue:forecast(12)"));
    const SeriesSpec plain = SeriesSpec::parse(QStringLiteral("AWS/revenue:forecast"));
    BOOST_TEST(plain.horizon == SeriesSpec::defaultHorizon);
    BOOST_TEST(plain.text() == QStringLiteral("AWS/revenue:forecast(8)"));
    BOOST_CHECK_THROW(SeriesSpec::parse(QStringLiteral("AWS/revenue:forecast(0)")), Error);
    BOOST_CHECK_THROW(SeriesSpec::parse(QStringLiteral("AWS/revenue:forecast(1001)")), Error);
    BOOST_CHECK_THROW(SeriesSpec::parse(QStringLiteral("AWS/revenue:forecast(x)")), Error);
}

BOOST_AUTO_TEST_CASE(names_holding_marks_are_quoted_and_round_trip)
{
    for (const QString& name : {QStringLiteral("A/B Cloud"), QStringLiteral("x:y"), QStringLiteral("say \"cloud\""),
                                QStringLiteral("@home #1 $9 ~ok"), QStringLiteral(" padded ")}) {
        SeriesSpec spec;
        spec.provider = name;
        spec.metric = name;
        spec.source = name;
        spec.category = name;
        spec.derivation = Derivation::Margin;
        const SeriesSpec back = SeriesSpec::parse(spec.text());
        BOOST_TEST_INFO(spec.text().toStdString());
        BOOST_TEST(back.provider == name);
        BOOST_TEST(back.metric == name);
        BOOST_TEST(back.source == name);
        BOOST_TEST(back.category.value_or(QString()) == name);
        BOOST_TEST((back.derivation == Derivation::Margin));
    }
    BOOST_TEST(SeriesSpec::quoted(QStringLiteral("A/B Cloud")) == QStringLiteral("\"A/B Cloud\""));
    BOOST_TEST(SeriesSpec::quoted(QStringLiteral("Alibaba Cloud")) == QStringLiteral("Alibaba Cloud"));
}

BOOST_AUTO_TEST_CASE(malformed_specs_say_what_to_write)
{
    const auto message = [](const char* text) {
        try {
            SeriesSpec::parse(QString::fromUtf8(text));
        } catch (const Error& error) {
            return error.message();
        }
        return QString();
    };
    BOOST_TEST(message("A/B Cloud/revenue").contains(QStringLiteral("goes in double quotes, e.g. \"A/B Cloud\"/revenue")));
    BOOST_TEST(message("\"A/B Cloud/revenue").contains(QStringLiteral("a quote is not closed")));
    BOOST_TEST(message("\"A/B\" Cloud/revenue").contains(QStringLiteral("text after the quoted name")));
    BOOST_TEST(message("AWS/revenue:yoy:qoq").contains(QStringLiteral("given twice")));
    BOOST_TEST(message("AWS/revenue:sideways").contains(QStringLiteral("unknown derivation 'sideways'")));
    BOOST_TEST(message("revenue").contains(QStringLiteral("is not PROVIDER/METRIC")));
}

BOOST_AUTO_TEST_CASE(a_provider_named_with_a_slash_resolves_from_its_written_spec)
{
    SlashProject p;
    const QString spec = SeriesResolver::specFor(p.series(), Derivation::QuarterOnQuarter);
    BOOST_TEST(spec == QStringLiteral("\"A/B Cloud\"/revenue$USD:qoq"));
    SeriesResolver resolver(p.project->db());
    const ChartSeries resolved = resolver.resolve(spec);
    BOOST_TEST(resolved.provider == QStringLiteral("A/B Cloud"));
    BOOST_TEST(resolved.points.size() == 1, "growth from the first quarter to the second");
    BOOST_TEST(resolver.resolve(QStringLiteral("\"A/B Cloud\"/revenue~\"A/B results\"")).points.size() == 2);

    ChartDefinition chart;
    chart.name = QStringLiteral("A/B");
    chart.specs << SeriesResolver::specFor(p.series(), Derivation::None);
    SavedCharts(p.project->db()).save(chart);
    const auto reopened = SavedCharts(p.project->db()).load(QStringLiteral("A/B"));
    BOOST_REQUIRE(reopened);
    BOOST_TEST(resolver.resolve(reopened->specs.value(0)).points.size() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
