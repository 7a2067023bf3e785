#include "Error.h"
#include "sample/SampleDataset.h"
#include "store/Catalog.h"
#include "store/Project.h"
#include "store/ProjectQueries.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace mixshift;

namespace {

struct SampleProject
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = SampleDataset::createProject(dir.filePath(QStringLiteral("sample.mixshift")));
    ProjectQueries queries{project->db()};
    Catalog catalog{project->db()};

    /// Every stored value (current and revisions) of a provider's metric for a period label.
    QVector<ObservationRow> values(const QString& provider, const QString& metric, const QString& period,
                                   const QString& marketKey = {})
    {
        ObservationFilter filter;
        filter.providerId = catalog.findProvider(provider)->id;
        filter.metricId = catalog.findMetric(metric)->id;
        QVector<std::int64_t> seriesIds;
        for (const SeriesSummary& s : queries.series(filter))
            if (s.marketKey == marketKey && s.category.isEmpty())
                seriesIds << s.id;
        QVector<ObservationRow> result;
        for (const ObservationRow& row : queries.observations(filter))
            if (seriesIds.contains(row.seriesId) && row.periodLabel == period)
                result << row;
        return result;
    }

    /// The article's own value for that figure (current or kept as a revision).
    std::optional<ObservationRow> articleValue(const QString& provider, const QString& metric, const QString& period,
                                               const QString& marketKey = {})
    {
        for (const ObservationRow& row : values(provider, metric, period, marketKey))
            if (row.sourceTitle == QStringLiteral("阿里雲重新定調"))
                return row;
        return std::nullopt;
    }
};

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

BOOST_AUTO_TEST_SUITE(sample_dataset)

BOOST_AUTO_TEST_CASE(holds_the_articles_alibaba_figures_with_their_source)
{
    SampleProject s;
    const auto revenue = s.articleValue(QStringLiteral("Alibaba Cloud"), QStringLiteral("revenue"),
                                        QStringLiteral("FY2024 Q2"));
    BOOST_REQUIRE(revenue);
    BOOST_TEST(near(revenue->value, 276.48e8));
    BOOST_TEST(revenue->unit.toStdString() == "億元");
    BOOST_TEST(revenue->originalText.contains(QStringLiteral("276.48億元")));
    BOOST_TEST(revenue->calendarLabel.toStdString() == "2023 Q3");

    const auto ebita = s.articleValue(QStringLiteral("阿里雲"), QStringLiteral("adjusted_ebita"),
                                      QStringLiteral("FY2024 Q2"));
    BOOST_REQUIRE(ebita);
    BOOST_TEST(near(ebita->value, 14.09e8));

    const auto growth = s.articleValue(QStringLiteral("Alibaba Cloud"), QStringLiteral("revenue_growth_yoy"),
                                       QStringLiteral("FY2024 Q2"));
    BOOST_REQUIRE(growth);
    BOOST_TEST(near(growth->value, 0.02));
    const auto ebitaYoy = s.articleValue(QStringLiteral("Alibaba Cloud"), QStringLiteral("adjusted_ebita_growth_yoy"),
                                         QStringLiteral("FY2024 Q2"));
    BOOST_REQUIRE(ebitaYoy);
    BOOST_TEST(near(ebitaYoy->value, 0.44));
    const auto ebitaQoq = s.articleValue(QStringLiteral("Alibaba Cloud"), QStringLiteral("adjusted_ebita_growth_qoq"),
                                         QStringLiteral("FY2024 Q2"));
    BOOST_REQUIRE(ebitaQoq);
    BOOST_TEST(near(ebitaQoq->value, 2.64));
    const auto first = s.articleValue(QStringLiteral("Alibaba Cloud"), QStringLiteral("revenue"), QStringLiteral("2015"));
    BOOST_REQUIRE(first);
    BOOST_TEST(near(first->value, 12.71e8));
}

BOOST_AUTO_TEST_CASE(holds_the_articles_2022_iaas_shares)
{
    SampleProject s;
    const QString gartner = QStringLiteral("gartner_iaas_ww");
    const auto aws = s.articleValue(QStringLiteral("AWS"), QStringLiteral("market_share"), QStringLiteral("2022"), gartner);
    BOOST_REQUIRE(aws);
    BOOST_TEST(near(aws->value, 0.3999));
    const auto azure = s.articleValue(QStringLiteral("Microsoft Azure"), QStringLiteral("market_share"),
                                      QStringLiteral("2022"), gartner);
    BOOST_REQUIRE(azure);
    BOOST_TEST(near(azure->value, 0.21));
    const auto alibaba = s.articleValue(QStringLiteral("Alibaba Cloud"), QStringLiteral("market_share"),
                                        QStringLiteral("2022"), gartner);
    BOOST_REQUIRE(alibaba);
    BOOST_TEST(near(alibaba->value, 0.0771));
}

BOOST_AUTO_TEST_CASE(holds_aws_and_azure_fy2022_revenue_and_profit)
{
    SampleProject s;
    const auto awsRevenue = s.articleValue(QStringLiteral("AWS"), QStringLiteral("revenue"), QStringLiteral("2022"));
    BOOST_REQUIRE(awsRevenue);
    BOOST_TEST(near(awsRevenue->value, 80.1e9));
    const auto awsProfit =
        s.articleValue(QStringLiteral("AWS"), QStringLiteral("operating_income"), QStringLiteral("2022"));
    BOOST_REQUIRE(awsProfit);
    BOOST_TEST(near(awsProfit->value, 22.8e9));
    const auto azureRevenue =
        s.articleValue(QStringLiteral("Microsoft Azure"), QStringLiteral("revenue"), QStringLiteral("FY2022"));
    BOOST_REQUIRE(azureRevenue);
    BOOST_TEST(near(azureRevenue->value, 81.8e9));
    const auto azureProfit = s.articleValue(QStringLiteral("Microsoft Azure"), QStringLiteral("operating_income"),
                                            QStringLiteral("FY2022"));
    BOOST_REQUIRE(azureProfit);
    BOOST_TEST(near(azureProfit->value, 32.7e9));
}

BOOST_AUTO_TEST_CASE(latest_publication_is_current_and_the_others_are_revisions)
{
    SampleProject s;
    // Gartner's July 2024 table restated AWS's 2022 share to 39.9%; July 2023 said 40.0%, the article 39.99%.
    const auto rows = s.values(QStringLiteral("AWS"), QStringLiteral("market_share"), QStringLiteral("2022"),
                               QStringLiteral("gartner_iaas_ww"));
    BOOST_REQUIRE_GE(rows.size(), 3);
    BOOST_TEST(rows[0].current);
    BOOST_TEST(near(rows[0].value, 0.399));
    QStringList published;
    for (const ObservationRow& row : rows)
        published << row.sourcePublished;
    for (int i = 1; i < rows.size(); ++i) {
        BOOST_TEST(!rows[i].current);
        BOOST_TEST(rows[i].sourcePublished <= rows[0].sourcePublished);
    }
    // Every value in the project has a source title.
    for (const ObservationRow& row : s.queries.observations({}))
        BOOST_TEST(!row.sourceTitle.isEmpty());
}

BOOST_AUTO_TEST_CASE(recast_segments_and_same_date_ties_follow_the_documented_rules)
{
    SampleProject s;
    ObservationFilter filter;
    filter.providerId = s.catalog.findProvider(QStringLiteral("Microsoft"))->id;
    filter.metricId = s.catalog.findMetric(QStringLiteral("revenue"))->id;
    std::optional<double> fy24q1;
    std::optional<double> fy25q2;
    for (const ObservationRow& row : s.queries.observations(filter)) {
        if (!row.current)
            continue;
        if (row.periodLabel == QStringLiteral("FY2024 Q1"))
            fy24q1 = row.value;
        if (row.periodLabel == QStringLiteral("FY2025 Q2"))
            fy25q2 = row.value;
    }
    // Microsoft's August 2024 recast (20,013 million) replaces the 24.3 billion first reported.
    BOOST_REQUIRE(fy24q1);
    BOOST_TEST(near(*fy24q1, 20013e6));
    // Three sources of January 2025 disagree; the release's 25.5 billion is listed last and so is current.
    BOOST_REQUIRE(fy25q2);
    BOOST_TEST(near(*fy25q2, 25.5e9));
}

BOOST_AUTO_TEST_CASE(gartner_iaas_tables_cover_2020_to_2023_for_every_provider)
{
    SampleProject s;
    for (const char* provider : {"AWS", "Microsoft Azure", "Alibaba Cloud", "Google Cloud", "Huawei Cloud", "Others",
                                 "Market total"}) {
        for (const char* year : {"2020", "2021", "2022", "2023"}) {
            const QString p = QString::fromUtf8(provider);
            const QString y = QString::fromUtf8(year);
            const QString gartner = QStringLiteral("gartner_iaas_ww");
            BOOST_TEST(!s.values(p, QStringLiteral("revenue"), y, gartner).isEmpty(), provider << " revenue " << year);
            BOOST_TEST(!s.values(p, QStringLiteral("market_share"), y, gartner).isEmpty(), provider << " share " << year);
        }
    }
}

BOOST_AUTO_TEST_CASE(events_of_the_article_are_dated)
{
    SampleProject s;
    const auto events = s.queries.events();
    BOOST_TEST(events.size() >= 4);
    bool strategy = false;
    for (const EventRow& e : events)
        strategy = strategy || (e.titleZh.contains(QStringLiteral("公共雲優先")) && e.date.startsWith(QStringLiteral("2023-11")));
    BOOST_TEST(strategy);
}

BOOST_AUTO_TEST_CASE(a_bad_row_names_file_line_and_column_and_leaves_no_file)
{
    QTemporaryDir dir;
    const QString datasets = dir.filePath(QStringLiteral("datasets"));
    QDir().mkpath(datasets);
    for (const QString& name : QDir(SampleDataset::bundledDirectory()).entryList(QDir::Files))
        BOOST_REQUIRE(QFile::copy(SampleDataset::bundledDirectory() + QLatin1Char('/') + name,
                                  datasets + QLatin1Char('/') + name));
    QFile observations(datasets + QStringLiteral("/observations.csv"));
    observations.setPermissions(observations.permissions() | QFileDevice::WriteOwner);
    BOOST_REQUIRE(observations.open(QIODevice::Append));
    observations.write("AWS,revenue,,,USD,2023Q5,1,bn USD,,1,article,\n");
    observations.close();

    const QString path = dir.filePath(QStringLiteral("bad.mixshift"));
    auto project = Project::create(path);
    BOOST_CHECK_EXCEPTION(SampleDataset::load(project->db(), datasets), Error, [](const Error& e) {
        BOOST_TEST_INFO(e.message().toStdString());
        return e.message().contains(QStringLiteral("observations.csv:")) &&
               e.message().contains(QStringLiteral("column 'period' ('2023Q5')"));
    });
    BOOST_TEST(ProjectQueries(project->db()).counts().observations == 0);
    BOOST_TEST(ProjectQueries(project->db()).counts().providers == 0);
}

BOOST_AUTO_TEST_SUITE_END()
